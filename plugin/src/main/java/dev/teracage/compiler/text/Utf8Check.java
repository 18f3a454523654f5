package dev.teracage.compiler.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of names: malformed input is reported, never replaced. */
final class Utf8Check {
  private Utf8Check() {}

  /**
   * Decodes bytes that must be valid UTF-8.
   *
   * @param bytes the bytes
   * @return the text, or {@code null} when the bytes are not valid UTF-8
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Tells whether bytes are valid UTF-8.
   *
   * @param bytes the bytes
   * @return true when they are
   */
  static boolean isValid(byte[] bytes) {
    return decode(bytes) != null;
  }
}

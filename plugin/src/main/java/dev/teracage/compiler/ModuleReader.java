package dev.teracage.compiler;

import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one WebAssembly module, binary or text, and validates it: the front end in one call. Input
 * that starts with the binary magic {@code \0asm} is decoded as the binary format; anything else is
 * parsed as a WAT module (UTF-8). A malformed or invalid module raises {@link MalformedException}
 * or {@link InvalidException} whose {@link Location} names the source.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">Binary format</a>
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html">Text format</a>
 * @see <a href="https://webassembly.github.io/spec/core/valid/modules.html">Validation</a>
 */
public final class ModuleReader {
  private static final byte[] MAGIC = {0, 'a', 's', 'm'};

  private ModuleReader() {}

  /**
   * Reads and validates a module file. Its path, as given, becomes the source of error locations.
   *
   * @param file a {@code .wasm} or {@code .wat} file (the content decides, not the name)
   * @return the valid module
   * @throws IOException if the file cannot be read
   * @throws MalformedException if it cannot be decoded or parsed
   * @throws InvalidException if it does not validate
   */
  public static Module read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads and validates a module from its bytes.
   *
   * @param bytes the binary module, or WAT text in UTF-8
   * @param source the name errors give as source (a file name), or {@code null}
   * @return the valid module
   * @throws MalformedException if it cannot be decoded or parsed
   * @throws InvalidException if it does not validate
   */
  public static Module read(byte[] bytes, String source) {
    Module module;
    try {
      module = isBinary(bytes) ? ModuleDecoder.decode(bytes) : WatParser.parseModule(text(bytes));
    } catch (MalformedException e) {
      throw source == null ? e : e.at(e.location().inSource(source));
    }
    try {
      Validator.validate(module);
    } catch (InvalidException e) {
      throw source == null ? e : e.at(e.location().inSource(source));
    }
    return module;
  }

  /**
   * Tells whether bytes are a binary module (start with the magic {@code \0asm}) rather than text.
   *
   * @param bytes the input
   * @return true for binary
   */
  public static boolean isBinary(byte[] bytes) {
    if (bytes.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedException("malformed UTF-8 encoding", Location.UNKNOWN);
    }
  }
}

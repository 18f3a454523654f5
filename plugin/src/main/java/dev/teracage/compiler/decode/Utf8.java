package dev.teracage.compiler.decode;

import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of names: every code point in its shortest form, no surrogates, nothing
 * above U+10FFFF. The JDK's decoder is not used because it replaces bad input instead of failing.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/values.html#names">Binary format:
 *     names</a>
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes a range of bytes.
   *
   * @param bytes the array
   * @param begin the first index
   * @param end the index after the last
   * @param reader where errors are reported
   * @return the text
   */
  static String decode(byte[] bytes, int begin, int end, ByteReader reader) {
    int i = begin;
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    if (i == end) {
      return new String(bytes, begin, end - begin, StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(end - begin);
    sb.append(new String(bytes, begin, i - begin, StandardCharsets.ISO_8859_1));
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        sb.append((char) b);
        i++;
        continue;
      }
      int count;
      int cp;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        count = 1;
        cp = b & 0x1F;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        count = 2;
        cp = b & 0x0F;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        count = 3;
        cp = b & 0x07;
        min = 0x10000;
      } else {
        throw reader.error("malformed UTF-8 encoding", i);
      }
      if (end - i <= count) {
        throw reader.error("malformed UTF-8 encoding", i);
      }
      for (int k = 1; k <= count; k++) {
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          throw reader.error("malformed UTF-8 encoding", i);
        }
        cp = cp << 6 | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        throw reader.error("malformed UTF-8 encoding", i);
      }
      sb.appendCodePoint(cp);
      i += count + 1;
    }
    return sb.toString();
  }
}

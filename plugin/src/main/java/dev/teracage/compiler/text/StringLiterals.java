package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.encode.ByteWriter;

/**
 * Checks and decodes string literals: {@code "..."} with escapes {@code \t \n \r \" \' \\}, {@code
 * \hh} (one raw byte) and <code>&#92;u{hex}</code> (a Unicode scalar value, written as UTF-8).
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/values.html#strings">Strings</a>
 */
final class StringLiterals {
  /** Creates an error at a char index of the text. */
  @FunctionalInterface
  interface Errors {
    MalformedException at(int index, String reason);
  }

  private StringLiterals() {}

  /**
   * Checks a string literal.
   *
   * @param text the source
   * @param open index of the opening quote
   * @param errors makes errors
   * @return the index after the closing quote
   */
  static int scan(String text, int open, Errors errors) {
    int n = text.length();
    int i = open + 1;
    while (true) {
      if (i >= n) {
        throw errors.at(open, "unclosed string literal");
      }
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\n') {
        throw errors.at(open, "unclosed string literal");
      }
      if (c < 0x20 || c == 0x7f) {
        throw errors.at(i, "illegal control character in string literal");
      }
      if (c != '\\') {
        i++;
        continue;
      }
      if (i + 1 >= n) {
        throw errors.at(open, "unclosed string literal");
      }
      char e = text.charAt(i + 1);
      switch (e) {
        case 't', 'n', 'r', '"', '\'', '\\' -> i += 2;
        case 'u' -> i = scanUnicode(text, i, errors);
        default -> {
          if (i + 2 < n && hex(e) >= 0 && hex(text.charAt(i + 2)) >= 0) {
            i += 3;
          } else {
            throw errors.at(i, "illegal escape");
          }
        }
      }
    }
  }

  private static int scanUnicode(String text, int backslash, Errors errors) {
    int n = text.length();
    int i = backslash + 2;
    if (i >= n || text.charAt(i) != '{') {
      throw errors.at(backslash, "illegal escape");
    }
    i++;
    long value = 0;
    boolean digit = false;
    boolean lastUnderscore = false;
    while (i < n && text.charAt(i) != '}') {
      char c = text.charAt(i);
      if (c == '_' && digit && !lastUnderscore) {
        lastUnderscore = true;
      } else if (hex(c) >= 0) {
        value = Math.min(value * 16 + hex(c), 0x1000000L);
        digit = true;
        lastUnderscore = false;
      } else {
        throw errors.at(backslash, "illegal escape");
      }
      i++;
    }
    if (i >= n || !digit || lastUnderscore) {
      throw errors.at(backslash, "illegal escape");
    }
    if (value >= 0xD800 && value < 0xE000 || value >= 0x110000) {
      throw errors.at(backslash, "illegal escape");
    }
    return i + 1;
  }

  /**
   * Returns the value of a hex digit.
   *
   * @param c the char
   * @return 0..15, or -1 when not a hex digit
   */
  static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * Decodes the inside of a checked string literal.
   *
   * @param text the source
   * @param begin index after the opening quote
   * @param end index of the closing quote
   * @return the bytes
   */
  static byte[] decode(String text, int begin, int end) {
    ByteWriter out = new ByteWriter(end - begin);
    int i = begin;
    while (i < end) {
      char c = text.charAt(i);
      if (c != '\\') {
        int cp = text.codePointAt(i);
        utf8(out, cp);
        i += Character.charCount(cp);
        continue;
      }
      char e = text.charAt(i + 1);
      switch (e) {
        case 't' -> out.u8('\t');
        case 'n' -> out.u8('\n');
        case 'r' -> out.u8('\r');
        case '"' -> out.u8('"');
        case '\'' -> out.u8('\'');
        case '\\' -> out.u8('\\');
        case 'u' -> {
          int cp = 0;
          int j = i + 3;
          for (; text.charAt(j) != '}'; j++) {
            if (text.charAt(j) != '_') {
              cp = cp * 16 + hex(text.charAt(j));
            }
          }
          utf8(out, cp);
          i = j + 1;
          continue;
        }
        default -> {
          out.u8(hex(e) * 16 + hex(text.charAt(i + 2)));
          i += 3;
          continue;
        }
      }
      i += 2;
    }
    return out.toByteArray();
  }

  private static void utf8(ByteWriter out, int cp) {
    if (cp < 0x80) {
      out.u8(cp);
    } else if (cp < 0x800) {
      out.u8(0xC0 | cp >> 6).u8(0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      out.u8(0xE0 | cp >> 12).u8(0x80 | cp >> 6 & 0x3F).u8(0x80 | cp & 0x3F);
    } else {
      out.u8(0xF0 | cp >> 18)
          .u8(0x80 | cp >> 12 & 0x3F)
          .u8(0x80 | cp >> 6 & 0x3F)
          .u8(0x80 | cp & 0x3F);
    }
  }
}

package dev.teracage.compiler.text;

/**
 * The parts of a decimal or hex float literal's magnitude, after checking its syntax:
 *
 * <pre>
 * float    ::= num ('.' num?)? (('e'|'E') sign? num)?
 * hexfloat ::= '0x' hexnum ('.' hexnum?)? (('p'|'P') sign? num)?
 * </pre>
 *
 * @param hex whether hexadecimal
 * @param integerDigits the digits before the point, without {@code _}
 * @param fractionDigits the digits after the point, without {@code _} (may be empty)
 * @param exponent the exponent (decimal: power of 10; hex: power of 2), saturated to +-10^9
 */
record FloatSyntax(boolean hex, String integerDigits, String fractionDigits, long exponent) {
  private static final long EXPONENT_LIMIT = 1_000_000_000L;

  /**
   * Parses from an index to the end of the text.
   *
   * @param text the literal
   * @param begin index after the sign
   * @return the parts, or {@code null} when the syntax does not match
   */
  static FloatSyntax parse(String text, int begin) {
    int n = text.length();
    boolean hex = text.startsWith("0x", begin);
    int i = hex ? begin + 2 : begin;
    int intEnd = scanDigits(text, i, hex);
    if (intEnd == i) {
      return null;
    }
    String intDigits = NumberLiterals.strip(text, i, intEnd);
    if (!NumberLiterals.digits(text, i, intEnd, hex)) {
      return null;
    }
    i = intEnd;
    String fracDigits = "";
    if (i < n && text.charAt(i) == '.') {
      i++;
      int fracEnd = scanDigits(text, i, hex);
      if (fracEnd > i) {
        if (!NumberLiterals.digits(text, i, fracEnd, hex)) {
          return null;
        }
        fracDigits = NumberLiterals.strip(text, i, fracEnd);
      }
      i = fracEnd;
    }
    long exponent = 0;
    if (i < n) {
      char e = text.charAt(i);
      if (hex ? e != 'p' && e != 'P' : e != 'e' && e != 'E') {
        return null;
      }
      i++;
      boolean negative = false;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negative = text.charAt(i) == '-';
        i++;
      }
      if (!NumberLiterals.digits(text, i, n, false)) {
        return null;
      }
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c != '_') {
          exponent = Math.min(exponent * 10 + (c - '0'), EXPONENT_LIMIT);
        }
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    return new FloatSyntax(hex, intDigits, fracDigits, exponent);
  }

  private static int scanDigits(String text, int i, boolean hex) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '_' || (hex ? StringLiterals.hex(c) >= 0 : c >= '0' && c <= '9')) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Returns the decimal literal in the syntax {@link Double#parseDouble} accepts.
   *
   * @return for example {@code 12.5e-3}
   */
  String decimalString() {
    return integerDigits + "." + (fractionDigits.isEmpty() ? "0" : fractionDigits) + "e" + exponent;
  }
}

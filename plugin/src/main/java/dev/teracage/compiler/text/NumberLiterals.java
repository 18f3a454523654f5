package dev.teracage.compiler.text;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;
import java.math.BigInteger;

/**
 * Parses the text format's numeric literals: integers (decimal or {@code 0x} hex, optional sign,
 * {@code _} between digits) and floats (decimal, hex, {@code inf}, {@code nan}, {@code nan:0x...}),
 * rounded to nearest, ties to even, exactly once.
 *
 * <p>Each parser takes the token's raw text and throws {@link MalformedException}: "unknown
 * operator" when the text is not a number at all (as the reference interpreter's lexer says),
 * "unexpected token" when it is a number of another kind (a float where an integer belongs),
 * "constant out of range" when it is but does not fit, "i32 constant out of range" for an unsigned
 * {@code u32} (limits, memory offsets). Those exceptions have no location; the overloads taking a
 * {@link Lexer} and a token index add the token's line and column.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/values.html">Values</a>
 */
public final class NumberLiterals {
  private NumberLiterals() {}

  /**
   * Parses an {@code i32} ({@code -2^31 .. 2^32-1}; negative only down to {@code -2^31}).
   *
   * @param text the literal
   * @return the value, two's complement
   */
  public static int i32(String text) {
    return (int) integer(text, 32);
  }

  /**
   * Parses an {@code i64}.
   *
   * @param text the literal
   * @return the value, two's complement
   */
  public static long i64(String text) {
    return integer(text, 64);
  }

  /**
   * Parses an integer of a bit width, as {@code i8}/{@code i16} lanes of {@code v128.const}.
   *
   * @param text the literal
   * @param bits 8, 16, 32 or 64
   * @return the value, two's complement, in the low {@code bits} bits, sign-extended to 64
   */
  public static long integer(String text, int bits) {
    int i = 0;
    boolean negative = false;
    if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    long small = smallUnsigned(text, i);
    if (small >= 0) {
      if (bits < 64 && (negative ? small > 1L << (bits - 1) : small >= 1L << bits)) {
        throw malformed("constant out of range");
      }
      long r = negative ? -small : small;
      return bits == 64 ? r : r << (64 - bits) >> (64 - bits);
    }
    BigInteger v = unsigned(text, i);
    if (v == null) {
      throw malformed(isNumber(text) ? "unexpected token" : "unknown operator");
    }
    BigInteger limit =
        negative ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
    if (negative ? v.compareTo(limit) > 0 : v.compareTo(limit) >= 0) {
      throw malformed("constant out of range");
    }
    long r = (negative ? v.negate() : v).longValue();
    return bits == 64 ? r : r << (64 - bits) >> (64 - bits);
  }

  /**
   * Parses an unsigned 32-bit number ({@code u32}: no sign), as in limits and memory arguments.
   *
   * @param text the literal
   * @return the value, as an unsigned int
   */
  public static int u32(String text) {
    BigInteger v = unsigned(text, 0);
    if (v == null) {
      throw malformed(
          text.startsWith("+") || text.startsWith("-") ? "unexpected token" : "unknown operator");
    }
    if (v.bitLength() > 32) {
      throw malformed("i32 constant out of range");
    }
    return v.intValue();
  }

  /**
   * Parses an unsigned 64-bit number ({@code u64}: no sign), as in memory64 limits and offsets.
   *
   * @param text the literal
   * @return the value, as an unsigned long
   */
  public static long u64(String text) {
    BigInteger v = unsigned(text, 0);
    if (v == null) {
      throw malformed(
          text.startsWith("+") || text.startsWith("-") ? "unexpected token" : "unknown operator");
    }
    if (v.bitLength() > 64) {
      throw malformed("i64 constant out of range");
    }
    return v.longValue();
  }

  /**
   * Parses an {@code f32}.
   *
   * @param text the literal
   * @return the IEEE 754 bits
   */
  public static int f32(String text) {
    return (int) floating(text, 23, 8);
  }

  /**
   * Parses an {@code f64}.
   *
   * @param text the literal
   * @return the IEEE 754 bits
   */
  public static long f64(String text) {
    return floating(text, 52, 11);
  }

  /**
   * Tells whether text is a well-formed unsigned integer ({@code num | 0x hexnum}, any range).
   *
   * @param text the text
   * @return true when it is
   */
  public static boolean isUnsigned(String text) {
    return unsigned(text, 0) != null;
  }

  /**
   * Tells whether text is a well-formed integer or float literal (of any range).
   *
   * @param text the text
   * @return true when it is
   */
  public static boolean isNumber(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    if (unsigned(text, i) != null) {
      return true;
    }
    String mag = text.substring(i);
    return mag.equals("inf")
        || mag.equals("nan")
        || mag.startsWith("nan:0x") && digits(mag, 6, mag.length(), true)
        || FloatSyntax.parse(text, i) != null;
  }

  /**
   * Parses an {@code i32} token, located.
   *
   * @param lexer the tokens
   * @param token the token index
   * @return the value
   */
  public static int i32(Lexer lexer, int token) {
    try {
      return i32(lexer.text(token));
    } catch (MalformedException e) {
      throw e.at(lexer.location(token));
    }
  }

  /**
   * Parses an {@code i64} token, located.
   *
   * @param lexer the tokens
   * @param token the token index
   * @return the value
   */
  public static long i64(Lexer lexer, int token) {
    try {
      return i64(lexer.text(token));
    } catch (MalformedException e) {
      throw e.at(lexer.location(token));
    }
  }

  /**
   * Parses an {@code f32} token, located.
   *
   * @param lexer the tokens
   * @param token the token index
   * @return the bits
   */
  public static int f32(Lexer lexer, int token) {
    try {
      return f32(lexer.text(token));
    } catch (MalformedException e) {
      throw e.at(lexer.location(token));
    }
  }

  /**
   * Parses an {@code f64} token, located.
   *
   * @param lexer the tokens
   * @param token the token index
   * @return the bits
   */
  public static long f64(Lexer lexer, int token) {
    try {
      return f64(lexer.text(token));
    } catch (MalformedException e) {
      throw e.at(lexer.location(token));
    }
  }

  static MalformedException malformed(String reason) {
    return new MalformedException(reason, Location.UNKNOWN);
  }

  /**
   * Parses short plain digits ({@code 0x} and at most 15 hex digits, or at most 18 decimal ones, no
   * {@code _}) without allocating; -1 when the text is not that simple.
   */
  private static long smallUnsigned(String text, int i) {
    int n = text.length();
    boolean hex = text.startsWith("0x", i);
    int begin = hex ? i + 2 : i;
    if (begin >= n || n - begin > (hex ? 15 : 18)) {
      return -1;
    }
    long v = 0;
    for (int k = begin; k < n; k++) {
      int d = hex ? StringLiterals.hex(text.charAt(k)) : text.charAt(k) - '0';
      if (d < 0 || d > (hex ? 15 : 9)) {
        return -1;
      }
      v = hex ? v << 4 | d : v * 10 + d;
    }
    return v;
  }

  /** Parses {@code num | 0x hexnum} from index {@code i} to the end; null when not that syntax. */
  private static BigInteger unsigned(String text, int i) {
    int n = text.length();
    if (text.startsWith("0x", i)) {
      return digits(text, i + 2, n, true) ? new BigInteger(strip(text, i + 2, n), 16) : null;
    }
    return digits(text, i, n, false) ? new BigInteger(strip(text, i, n), 10) : null;
  }

  /** Checks {@code digit ('_'? digit)*} over {@code [begin, end)}. */
  static boolean digits(String text, int begin, int end, boolean hex) {
    if (begin >= end) {
      return false;
    }
    boolean prevDigit = false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c == '_') {
        if (!prevDigit) {
          return false;
        }
        prevDigit = false;
      } else if (hex ? StringLiterals.hex(c) >= 0 : c >= '0' && c <= '9') {
        prevDigit = true;
      } else {
        return false;
      }
    }
    return prevDigit;
  }

  static String strip(String text, int begin, int end) {
    StringBuilder sb = new StringBuilder(end - begin);
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c != '_') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static long floating(String text, int mantBits, int expBits) {
    int i = 0;
    boolean negative = false;
    if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    long sign = negative ? 1L << (mantBits + expBits) : 0;
    long expMask = ((1L << expBits) - 1) << mantBits;
    String mag = text.substring(i);
    if (mag.equals("inf")) {
      return sign | expMask;
    }
    if (mag.equals("nan")) {
      return sign | expMask | 1L << (mantBits - 1);
    }
    if (mag.startsWith("nan:0x")) {
      if (!digits(mag, 6, mag.length(), true)) {
        throw malformed("unknown operator");
      }
      BigInteger payload = new BigInteger(strip(mag, 6, mag.length()), 16);
      if (payload.signum() == 0 || payload.bitLength() > mantBits) {
        throw malformed("constant out of range");
      }
      return sign | expMask | payload.longValue();
    }
    FloatSyntax f = FloatSyntax.parse(text, i);
    if (f == null) {
      throw malformed("unknown operator");
    }
    long bits = f.hex() ? FloatRounding.round(f, mantBits, expBits) : decimal(f, mantBits);
    if (bits < 0) {
      throw malformed("constant out of range");
    }
    return sign | bits;
  }

  private static long decimal(FloatSyntax f, int mantBits) {
    String s = f.decimalString();
    if (mantBits == 23) {
      float v = Float.parseFloat(s);
      return Float.isInfinite(v) ? -1 : Float.floatToRawIntBits(v) & 0xFFFFFFFFL;
    }
    double v = Double.parseDouble(s);
    return Double.isInfinite(v) ? -1 : Double.doubleToRawLongBits(v);
  }
}

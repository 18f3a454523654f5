package dev.teracage.compiler.text;

import java.math.BigInteger;

/**
 * Rounds an exact binary value {@code mantissa * 2^exponent} to an IEEE 754 binary format, to
 * nearest with ties to even, in one step (no double rounding through {@code double}).
 */
final class FloatRounding {
  private FloatRounding() {}

  /**
   * Rounds a hex float literal's magnitude.
   *
   * @param f the parsed hex literal
   * @param mantBits stored significand bits (23 or 52)
   * @param expBits exponent bits (8 or 11)
   * @return the bits of the magnitude (sign clear), or -1 when it overflows to infinity
   */
  static long round(FloatSyntax f, int mantBits, int expBits) {
    BigInteger mantissa = new BigInteger(f.integerDigits() + f.fractionDigits(), 16);
    long exponent = f.exponent() - 4L * f.fractionDigits().length();
    return round(mantissa, exponent, mantBits, expBits);
  }

  /**
   * Rounds {@code mantissa * 2^exponent}.
   *
   * @param mantissa a non-negative integer
   * @param exponent the power of two
   * @param mantBits stored significand bits
   * @param expBits exponent bits
   * @return the bits of the magnitude, or -1 on overflow
   */
  static long round(BigInteger mantissa, long exponent, int mantBits, int expBits) {
    if (mantissa.signum() == 0) {
      return 0;
    }
    int precision = mantBits + 1;
    long bias = (1L << (expBits - 1)) - 1;
    long minExponent = 1 - bias; // of the leading bit of a normal number
    long quantum = minExponent - mantBits; // exponent of the smallest subnormal
    int length = mantissa.bitLength();
    long shift = Math.max(length - precision, quantum - exponent);
    BigInteger q;
    if (shift <= 0) {
      q = mantissa.shiftLeft((int) -shift);
    } else if (shift > length + 1) {
      q = BigInteger.ZERO; // far below half the quantum
    } else {
      int s = (int) shift;
      q = mantissa.shiftRight(s);
      boolean half = mantissa.testBit(s - 1);
      boolean sticky = mantissa.getLowestSetBit() < s - 1;
      if (half && (sticky || q.testBit(0))) {
        q = q.add(BigInteger.ONE);
      }
    }
    long e = exponent + shift;
    if (q.bitLength() > precision) {
      q = q.shiftRight(1);
      e++;
    }
    if (q.signum() == 0) {
      return 0;
    }
    long significand = q.longValue();
    if (q.bitLength() < precision) {
      return significand; // subnormal: e == quantum
    }
    long biased = e + mantBits + bias;
    if (biased >= (1L << expBits) - 1) {
      return -1;
    }
    return biased << mantBits | significand & ((1L << mantBits) - 1);
  }
}

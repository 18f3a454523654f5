package dev.teracage.runtime.support;

/**
 * The WebAssembly numeric operators whose exact semantics Java's operators do not give directly.
 * Generated code calls them with {@code invokestatic}; each is small enough for the JIT to inline,
 * and a trap is thrown through an out-of-line {@link Traps} factory.
 *
 * <p>Operators the JVM gives exactly need no helper (the spec-suite test {@code
 * NumericsSpecCasesTest} checks each mapping below):
 *
 * <ul>
 *   <li>{@code add sub mul and or xor}: {@code iadd ... ixor}, {@code ladd ... lxor}; float {@code
 *       add sub mul div}: {@code fadd ... ddiv} (their NaN results are arithmetic NaNs);
 *   <li>{@code shl shr_s shr_u}: {@code ishl ishr iushr}, which mask the count like WebAssembly;
 *       for i64 the count is {@code l2i} first, then {@code lshl lshr lushr};
 *   <li>{@code rotl rotr}: {@code Integer/Long.rotateLeft/rotateRight} (i64 count {@code l2i});
 *       {@code clz ctz popcnt}: {@code Integer/Long.numberOfLeadingZeros/numberOfTrailingZeros/
 *       bitCount} (i64 result {@code i2l});
 *   <li>comparisons: {@code if_icmp*}, {@code lcmp}, {@code Integer/Long.compareUnsigned}, and for
 *       floats {@code fcmpl/fcmpg} chosen so that NaN compares false ({@code ne} is true);
 *   <li>{@code sqrt}: {@code Math.sqrt}; for f32 {@code f2d}, {@code Math.sqrt}, {@code d2f} (the
 *       double root of a float rounds correctly to float);
 *   <li>signed {@code convert}: {@code i2f l2f i2d l2d} (round to nearest even); signed saturating
 *       truncation: {@code f2i f2l d2i d2l}; {@code wrap}: {@code l2i}; {@code extend_i32_s}:
 *       {@code i2l}, {@code extend_i32_u}: {@code Integer.toUnsignedLong}; {@code extend8_s/16_s}:
 *       {@code i2b/i2s} (i64: {@code l2i}, {@code i2b/i2s}, {@code i2l}; {@code extend32_s}: {@code
 *       l2i i2l});
 *   <li>{@code reinterpret}: {@code Float.floatToRawIntBits/intBitsToFloat}, {@code
 *       Double.doubleToRawLongBits/longBitsToDouble} (raw: NaN bits kept).
 * </ul>
 *
 * <p>NaN results: where the specification allows any NaN with a constraint, the helpers here return
 * the canonical NaN ({@code min}, {@code max}) or the input NaN made quiet, which is an arithmetic
 * NaN and canonical when the input was ({@code nearest}, {@code ceil}, {@code floor}, {@code
 * trunc}, {@code demote}, {@code promote}). {@code abs}, {@code neg} and {@code copysign} only
 * touch the sign bit, as the specification requires.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class Numerics {
  private static final int F32_SIGN = 0x8000_0000;
  private static final int F32_QUIET = 0x0040_0000;
  private static final long F64_SIGN = 0x8000_0000_0000_0000L;
  private static final long F64_QUIET = 0x0008_0000_0000_0000L;

  /**
   * The canonical f32 NaN, {@code 0x7fc00000}: a constant expression, so javac writes these bits to
   * the class file and code reads it with {@code ldc}, not {@code getstatic}.
   */
  public static final float F32_CANONICAL_NAN = Float.NaN;

  /** The canonical f64 NaN, {@code 0x7ff8000000000000}, a constant expression like the f32 one. */
  public static final double F64_CANONICAL_NAN = Double.NaN;

  private Numerics() {}

  // ---- integer division: traps on zero divisor and on signed overflow ----

  /** {@code i32.div_s}: traps "integer divide by zero", and "integer overflow" on MIN / -1. */
  public static int i32DivS(int a, int b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    if (b == -1 && a == Integer.MIN_VALUE) {
      throw Traps.integerOverflow();
    }
    return a / b;
  }

  /** {@code i32.div_u}: traps "integer divide by zero". */
  public static int i32DivU(int a, int b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    return Integer.divideUnsigned(a, b);
  }

  /** {@code i32.rem_s}: traps "integer divide by zero"; MIN rem -1 is 0. */
  public static int i32RemS(int a, int b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    return a % b;
  }

  /** {@code i32.rem_u}: traps "integer divide by zero". */
  public static int i32RemU(int a, int b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    return Integer.remainderUnsigned(a, b);
  }

  /** {@code i64.div_s}: traps "integer divide by zero", and "integer overflow" on MIN / -1. */
  public static long i64DivS(long a, long b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    if (b == -1 && a == Long.MIN_VALUE) {
      throw Traps.integerOverflow();
    }
    return a / b;
  }

  /** {@code i64.div_u}: traps "integer divide by zero". */
  public static long i64DivU(long a, long b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    return Long.divideUnsigned(a, b);
  }

  /** {@code i64.rem_s}: traps "integer divide by zero"; MIN rem -1 is 0. */
  public static long i64RemS(long a, long b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    return a % b;
  }

  /** {@code i64.rem_u}: traps "integer divide by zero". */
  public static long i64RemU(long a, long b) {
    if (b == 0) {
      throw Traps.integerDivideByZero();
    }
    return Long.remainderUnsigned(a, b);
  }

  // ---- trapping truncation: NaN traps "invalid conversion", out of range "integer overflow" ----

  /** {@code i32.trunc_f32_s}: valid for {@code -2^31 <= x < 2^31}. */
  public static int i32TruncF32S(float x) {
    if (x >= -0x1p31f && x < 0x1p31f) {
      return (int) x;
    }
    throw truncTrap(x != x);
  }

  /** {@code i32.trunc_f32_u}: valid for {@code -1 < x < 2^32}. */
  public static int i32TruncF32U(float x) {
    if (x > -1f && x < 0x1p32f) {
      return (int) (long) x;
    }
    throw truncTrap(x != x);
  }

  /** {@code i32.trunc_f64_s}: valid for {@code -2^31 - 1 < x < 2^31}. */
  public static int i32TruncF64S(double x) {
    if (x > -0x1.00000002p31 && x < 0x1p31) {
      return (int) x;
    }
    throw truncTrap(x != x);
  }

  /** {@code i32.trunc_f64_u}: valid for {@code -1 < x < 2^32}. */
  public static int i32TruncF64U(double x) {
    if (x > -1d && x < 0x1p32) {
      return (int) (long) x;
    }
    throw truncTrap(x != x);
  }

  /** {@code i64.trunc_f32_s}: valid for {@code -2^63 <= x < 2^63}. */
  public static long i64TruncF32S(float x) {
    if (x >= -0x1p63f && x < 0x1p63f) {
      return (long) x;
    }
    throw truncTrap(x != x);
  }

  /** {@code i64.trunc_f32_u}: valid for {@code -1 < x < 2^64}. */
  public static long i64TruncF32U(float x) {
    if (x > -1f && x < 0x1p63f) {
      return (long) x;
    }
    return i64TruncF32UHigh(x);
  }

  private static long i64TruncF32UHigh(float x) {
    if (x >= 0x1p63f && x < 0x1p64f) {
      return (long) (x - 0x1p63f) | Long.MIN_VALUE; // x - 2^63 is exact here
    }
    throw truncTrap(x != x);
  }

  /** {@code i64.trunc_f64_s}: valid for {@code -2^63 <= x < 2^63}. */
  public static long i64TruncF64S(double x) {
    if (x >= -0x1p63 && x < 0x1p63) {
      return (long) x;
    }
    throw truncTrap(x != x);
  }

  /** {@code i64.trunc_f64_u}: valid for {@code -1 < x < 2^64}. */
  public static long i64TruncF64U(double x) {
    if (x > -1d && x < 0x1p63) {
      return (long) x;
    }
    return i64TruncF64UHigh(x);
  }

  private static long i64TruncF64UHigh(double x) {
    if (x >= 0x1p63 && x < 0x1p64) {
      return (long) (x - 0x1p63) | Long.MIN_VALUE; // x - 2^63 is exact here
    }
    throw truncTrap(x != x);
  }

  private static RuntimeException truncTrap(boolean nan) {
    return nan ? Traps.invalidConversionToInteger() : Traps.integerOverflow();
  }

  // ---- saturating truncation: NaN is 0, out of range clamps ----

  /** {@code i32.trunc_sat_f32_s}: Java's {@code f2i}. */
  public static int i32TruncSatF32S(float x) {
    return (int) x;
  }

  /**
   * {@code i32.trunc_sat_f32_u}: NaN and {@code x <= -1} give 0, {@code x >= 2^32} gives {@code
   * 0xffffffff}.
   */
  public static int i32TruncSatF32U(float x) {
    return x >= 0x1p32f ? -1 : (int) Math.max((long) x, 0L);
  }

  /** {@code i32.trunc_sat_f64_s}: Java's {@code d2i}. */
  public static int i32TruncSatF64S(double x) {
    return (int) x;
  }

  /**
   * {@code i32.trunc_sat_f64_u}: NaN and {@code x <= -1} give 0, {@code x >= 2^32} gives {@code
   * 0xffffffff}.
   */
  public static int i32TruncSatF64U(double x) {
    return x >= 0x1p32 ? -1 : (int) Math.max((long) x, 0L);
  }

  /** {@code i64.trunc_sat_f32_s}: Java's {@code f2l}. */
  public static long i64TruncSatF32S(float x) {
    return (long) x;
  }

  /**
   * {@code i64.trunc_sat_f32_u}: NaN and {@code x <= -1} give 0, {@code x >= 2^64} gives all ones.
   */
  public static long i64TruncSatF32U(float x) {
    return x >= 0x1p63f ? i64TruncSatF32UHigh(x) : Math.max((long) x, 0L);
  }

  private static long i64TruncSatF32UHigh(float x) {
    return x >= 0x1p64f ? -1L : (long) (x - 0x1p63f) | Long.MIN_VALUE;
  }

  /** {@code i64.trunc_sat_f64_s}: Java's {@code d2l}. */
  public static long i64TruncSatF64S(double x) {
    return (long) x;
  }

  /**
   * {@code i64.trunc_sat_f64_u}: NaN and {@code x <= -1} give 0, {@code x >= 2^64} gives all ones.
   */
  public static long i64TruncSatF64U(double x) {
    return x >= 0x1p63 ? i64TruncSatF64UHigh(x) : Math.max((long) x, 0L);
  }

  private static long i64TruncSatF64UHigh(double x) {
    return x >= 0x1p64 ? -1L : (long) (x - 0x1p63) | Long.MIN_VALUE;
  }

  // ---- unsigned integer to float, correctly rounded ----

  /** {@code f32.convert_i32_u}: one rounding, from the exact long value. */
  public static float f32ConvertI32U(int x) {
    return (float) Integer.toUnsignedLong(x);
  }

  /** {@code f64.convert_i32_u}: exact. */
  public static double f64ConvertI32U(int x) {
    return (double) Integer.toUnsignedLong(x);
  }

  /**
   * {@code f32.convert_i64_u}, correctly rounded: for x >= 2^63, halves x keeping the shifted-out
   * bit as a sticky bit (far below float precision, so the one rounding is unchanged), then doubles
   * exactly.
   */
  public static float f32ConvertI64U(long x) {
    if (x >= 0) {
      return (float) x;
    }
    return (float) ((x >>> 1) | (x & 1)) * 2f;
  }

  /** {@code f64.convert_i64_u}, correctly rounded, as {@link #f32ConvertI64U}. */
  public static double f64ConvertI64U(long x) {
    if (x >= 0) {
      return (double) x;
    }
    return (double) ((x >>> 1) | (x & 1)) * 2d;
  }

  // ---- demote / promote: NaN gives a quiet (arithmetic) NaN keeping sign and high payload ----

  /** {@code f32.demote_f64}: round to nearest; a NaN becomes quiet with its high payload bits. */
  public static float f32DemoteF64(double x) {
    return x != x ? demoteNan(x) : (float) x;
  }

  private static float demoteNan(double nan) {
    long bits = Double.doubleToRawLongBits(nan);
    int sign = (int) (bits >>> 32) & F32_SIGN;
    int payload = (int) (bits >>> 29) & 0x003F_FFFF;
    return Float.intBitsToFloat(sign | 0x7FC0_0000 | payload);
  }

  /** {@code f64.promote_f32}: exact; a NaN becomes quiet with its payload. */
  public static double f64PromoteF32(float x) {
    return x != x ? promoteNan(x) : (double) x;
  }

  private static double promoteNan(float nan) {
    long bits = Float.floatToRawIntBits(nan);
    long sign = (bits << 32) & F64_SIGN;
    long payload = (bits & 0x003F_FFFFL) << 29;
    return Double.longBitsToDouble(sign | 0x7FF8_0000_0000_0000L | payload);
  }

  // ---- sign operations on raw bits (NaN payload untouched) ----

  /** {@code f32.abs}: clears the sign bit. */
  public static float f32Abs(float x) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(x) & ~F32_SIGN);
  }

  /** {@code f32.neg}: flips the sign bit. */
  public static float f32Neg(float x) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(x) ^ F32_SIGN);
  }

  /** {@code f32.copysign}: magnitude of {@code a}, sign bit of {@code b}. */
  public static float f32Copysign(float a, float b) {
    return Float.intBitsToFloat(
        (Float.floatToRawIntBits(a) & ~F32_SIGN) | (Float.floatToRawIntBits(b) & F32_SIGN));
  }

  /** {@code f64.abs}: clears the sign bit. */
  public static double f64Abs(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & ~F64_SIGN);
  }

  /** {@code f64.neg}: flips the sign bit. */
  public static double f64Neg(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ F64_SIGN);
  }

  /** {@code f64.copysign}: magnitude of {@code a}, sign bit of {@code b}. */
  public static double f64Copysign(double a, double b) {
    return Double.longBitsToDouble(
        (Double.doubleToRawLongBits(a) & ~F64_SIGN) | (Double.doubleToRawLongBits(b) & F64_SIGN));
  }

  // ---- min / max: any NaN operand gives the canonical NaN; -0 < +0 ----

  /** {@code f32.min}. */
  public static float f32Min(float a, float b) {
    float r = Math.min(a, b);
    return r != r ? F32_CANONICAL_NAN : r;
  }

  /** {@code f32.max}. */
  public static float f32Max(float a, float b) {
    float r = Math.max(a, b);
    return r != r ? F32_CANONICAL_NAN : r;
  }

  /** {@code f64.min}. */
  public static double f64Min(double a, double b) {
    double r = Math.min(a, b);
    return r != r ? F64_CANONICAL_NAN : r;
  }

  /** {@code f64.max}. */
  public static double f64Max(double a, double b) {
    double r = Math.max(a, b);
    return r != r ? F64_CANONICAL_NAN : r;
  }

  // ---- rounding to integral: sign of zero kept, NaN made quiet ----
  // A float widens to double exactly, and an integral value of float magnitude narrows back
  // exactly, so rounding in double is exact for f32.

  /** {@code f32.nearest}: ties to even. */
  public static float f32Nearest(float x) {
    return x != x ? f32Quiet(x) : (float) Math.rint(x);
  }

  /** {@code f32.ceil}. */
  public static float f32Ceil(float x) {
    return x != x ? f32Quiet(x) : (float) Math.ceil(x);
  }

  /** {@code f32.floor}. */
  public static float f32Floor(float x) {
    return x != x ? f32Quiet(x) : (float) Math.floor(x);
  }

  /** {@code f32.trunc}: toward zero. */
  public static float f32Trunc(float x) {
    return x != x ? f32Quiet(x) : (float) (x < 0 ? Math.ceil(x) : Math.floor(x));
  }

  /** {@code f64.nearest}: ties to even. */
  public static double f64Nearest(double x) {
    return x != x ? f64Quiet(x) : Math.rint(x);
  }

  /** {@code f64.ceil}. */
  public static double f64Ceil(double x) {
    return x != x ? f64Quiet(x) : Math.ceil(x);
  }

  /** {@code f64.floor}. */
  public static double f64Floor(double x) {
    return x != x ? f64Quiet(x) : Math.floor(x);
  }

  /** {@code f64.trunc}: toward zero. */
  public static double f64Trunc(double x) {
    return x != x ? f64Quiet(x) : x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  private static float f32Quiet(float nan) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(nan) | F32_QUIET);
  }

  private static double f64Quiet(double nan) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | F64_QUIET);
  }
}

package dev.teracage.runtime.support;

import static java.lang.Double.doubleToLongBits;
import static java.lang.Double.doubleToRawLongBits;
import static java.lang.Double.longBitsToDouble;
import static java.lang.Float.floatToIntBits;
import static java.lang.Float.floatToRawIntBits;
import static java.lang.Float.intBitsToFloat;

/**
 * The helpers of the floating-point SIMD instructions, every {@code f32x4.*} and {@code f64x2.*}
 * instruction except the loads, stores and the relaxed ones: generated code calls one per
 * instruction with {@code invokestatic}. Each public method works on the two 64-bit halves of a
 * {@code v128} through a private helper, so it stays small enough for HotSpot to inline, and
 * allocates nothing.
 *
 * <p>The calling contract is that of {@link SimdV128}: a {@code v128} operand is two {@code long}
 * parameters, low half first; a {@code v128} result is returned as its low half, the high half
 * written to {@link Context#v128High} of the extra last parameter, so that no helper allocates.
 *
 * <p>Lanes are read and written as raw bits ({@code floatToRawIntBits}), so NaN payloads pass
 * through unchanged where the specification requires it ({@code splat}, {@code extract_lane},
 * {@code replace_lane}, {@code abs}, {@code neg}, {@code pmin}, {@code pmax}). Arithmetic NaN
 * results follow the scalar rules of {@link Numerics}: the JVM's float operations give an
 * arithmetic NaN (canonical when every NaN operand is), {@code min}/{@code max} give the canonical
 * NaN, rounding, {@code demote} and {@code promote} make the input NaN quiet.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions">Vector
 *     instructions</a>
 */
public final class SimdF32F64 {
  private static final long F32_SIGNS = 0x8000_0000_8000_0000L;
  private static final long LOW32 = 0xFFFF_FFFFL;
  private static final long HIGH32 = 0xFFFF_FFFF_0000_0000L;
  private static final long F64_SIGN = 0x8000_0000_0000_0000L;

  private SimdF32F64() {}

  // ---- splat, extract_lane, replace_lane ----

  /** {@code f32x4.splat}: the value's bits in all four lanes. */
  public static long f32x4Splat(float x, Context ctx) {
    long half = (floatToRawIntBits(x) & LOW32) * 0x1_0000_0001L; // copies the 32 bits up
    ctx.v128High = half;
    return half;
  }

  /** {@code f64x2.splat}: the value's bits in both lanes. */
  public static long f64x2Splat(double x, Context ctx) {
    long bits = Double.doubleToRawLongBits(x);
    ctx.v128High = bits;
    return bits;
  }

  /** {@code f32x4.extract_lane}: lane {@code lane}, bits kept. */
  public static float f32x4ExtractLane(long vLow, long vHigh, int lane) {
    // a long shift uses its count mod 64, so 32 * lane selects the lane within its half
    return Float.intBitsToFloat((int) ((lane < 2 ? vLow : vHigh) >>> (32 * lane)));
  }

  /** {@code f64x2.extract_lane}: lane {@code lane}, bits kept. */
  public static double f64x2ExtractLane(long vLow, long vHigh, int lane) {
    return Double.longBitsToDouble(lane == 0 ? vLow : vHigh);
  }

  /** {@code f32x4.replace_lane}: {@code v} with lane {@code lane} set to the bits of {@code x}. */
  public static long f32x4ReplaceLane(long vLow, long vHigh, float x, int lane, Context ctx) {
    ctx.v128High = put32(vHigh, x, lane - 2);
    return put32(vLow, x, lane);
  }

  /** {@code f64x2.replace_lane}: {@code v} with lane {@code lane} set to the bits of {@code x}. */
  public static long f64x2ReplaceLane(long vLow, long vHigh, double x, int lane, Context ctx) {
    ctx.v128High = put64(vHigh, x, lane - 1);
    return put64(vLow, x, lane);
  }

  // ---- comparisons: all ones where true, all zeros where false; NaN is false except for ne ----

  /** {@code f32x4.eq}: lane-wise {@code a == b} (-0 equals +0, NaN equals nothing). */
  public static long f32x4Eq(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = eq32(aHigh, bHigh);
    return eq32(aLow, bLow);
  }

  /** {@code f32x4.ne}: lane-wise {@code a != b} (true when either is NaN). */
  public static long f32x4Ne(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ne32(aHigh, bHigh);
    return ne32(aLow, bLow);
  }

  /** {@code f32x4.lt}: lane-wise {@code a < b}. */
  public static long f32x4Lt(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = lt32(aHigh, bHigh);
    return lt32(aLow, bLow);
  }

  /** {@code f32x4.gt}: lane-wise {@code a > b}. */
  public static long f32x4Gt(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = lt32(bHigh, aHigh);
    return lt32(bLow, aLow);
  }

  /** {@code f32x4.le}: lane-wise {@code a <= b}. */
  public static long f32x4Le(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = le32(aHigh, bHigh);
    return le32(aLow, bLow);
  }

  /** {@code f32x4.ge}: lane-wise {@code a >= b}. */
  public static long f32x4Ge(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = le32(bHigh, aHigh);
    return le32(bLow, aLow);
  }

  /** {@code f64x2.eq}: lane-wise {@code a == b} (-0 equals +0, NaN equals nothing). */
  public static long f64x2Eq(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = eq64(aHigh, bHigh);
    return eq64(aLow, bLow);
  }

  /** {@code f64x2.ne}: lane-wise {@code a != b} (true when either is NaN). */
  public static long f64x2Ne(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ne64(aHigh, bHigh);
    return ne64(aLow, bLow);
  }

  /** {@code f64x2.lt}: lane-wise {@code a < b}. */
  public static long f64x2Lt(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = lt64(aHigh, bHigh);
    return lt64(aLow, bLow);
  }

  /** {@code f64x2.gt}: lane-wise {@code a > b}. */
  public static long f64x2Gt(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = lt64(bHigh, aHigh);
    return lt64(bLow, aLow);
  }

  /** {@code f64x2.le}: lane-wise {@code a <= b}. */
  public static long f64x2Le(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = le64(aHigh, bHigh);
    return le64(aLow, bLow);
  }

  /** {@code f64x2.ge}: lane-wise {@code a >= b}. */
  public static long f64x2Ge(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = le64(bHigh, aHigh);
    return le64(bLow, aLow);
  }

  // ---- sign operations: only the sign bits change, NaN payloads kept ----

  /** {@code f32x4.abs}: lane-wise, clears the sign bit. */
  public static long f32x4Abs(long aLow, long aHigh, Context ctx) {
    ctx.v128High = aHigh & ~F32_SIGNS;
    return aLow & ~F32_SIGNS;
  }

  /** {@code f32x4.neg}: lane-wise, flips the sign bit. */
  public static long f32x4Neg(long aLow, long aHigh, Context ctx) {
    ctx.v128High = aHigh ^ F32_SIGNS;
    return aLow ^ F32_SIGNS;
  }

  /** {@code f64x2.abs}: lane-wise, clears the sign bit. */
  public static long f64x2Abs(long aLow, long aHigh, Context ctx) {
    ctx.v128High = aHigh & ~F64_SIGN;
    return aLow & ~F64_SIGN;
  }

  /** {@code f64x2.neg}: lane-wise, flips the sign bit. */
  public static long f64x2Neg(long aLow, long aHigh, Context ctx) {
    ctx.v128High = aHigh ^ F64_SIGN;
    return aLow ^ F64_SIGN;
  }

  // ---- arithmetic: round to nearest even, arithmetic NaN results ----

  /** {@code f32x4.sqrt}: lane-wise square root. */
  public static long f32x4Sqrt(long aLow, long aHigh, Context ctx) {
    ctx.v128High = sqrt32(aHigh);
    return sqrt32(aLow);
  }

  /** {@code f32x4.add}: lane-wise addition. */
  public static long f32x4Add(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = add32(aHigh, bHigh);
    return add32(aLow, bLow);
  }

  /** {@code f32x4.sub}: lane-wise subtraction. */
  public static long f32x4Sub(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = sub32(aHigh, bHigh);
    return sub32(aLow, bLow);
  }

  /** {@code f32x4.mul}: lane-wise multiplication. */
  public static long f32x4Mul(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = mul32(aHigh, bHigh);
    return mul32(aLow, bLow);
  }

  /** {@code f32x4.div}: lane-wise division. */
  public static long f32x4Div(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = div32(aHigh, bHigh);
    return div32(aLow, bLow);
  }

  /** {@code f64x2.sqrt}: lane-wise square root. */
  public static long f64x2Sqrt(long aLow, long aHigh, Context ctx) {
    ctx.v128High = sqrt64(aHigh);
    return sqrt64(aLow);
  }

  /** {@code f64x2.add}: lane-wise addition. */
  public static long f64x2Add(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = doubleToRawLongBits(longBitsToDouble(aHigh) + longBitsToDouble(bHigh));
    return doubleToRawLongBits(longBitsToDouble(aLow) + longBitsToDouble(bLow));
  }

  /** {@code f64x2.sub}: lane-wise subtraction. */
  public static long f64x2Sub(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = doubleToRawLongBits(longBitsToDouble(aHigh) - longBitsToDouble(bHigh));
    return doubleToRawLongBits(longBitsToDouble(aLow) - longBitsToDouble(bLow));
  }

  /** {@code f64x2.mul}: lane-wise multiplication. */
  public static long f64x2Mul(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = doubleToRawLongBits(longBitsToDouble(aHigh) * longBitsToDouble(bHigh));
    return doubleToRawLongBits(longBitsToDouble(aLow) * longBitsToDouble(bLow));
  }

  /** {@code f64x2.div}: lane-wise division. */
  public static long f64x2Div(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = doubleToRawLongBits(longBitsToDouble(aHigh) / longBitsToDouble(bHigh));
    return doubleToRawLongBits(longBitsToDouble(aLow) / longBitsToDouble(bLow));
  }

  // ---- min / max (NaN wins, -0 < +0); pmin / pmax: a plain "<" choosing raw bits ----

  /** {@code f32x4.min}: lane-wise minimum; NaN if either is NaN, -0 below +0. */
  public static long f32x4Min(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = min32(aHigh, bHigh);
    return min32(aLow, bLow);
  }

  /** {@code f32x4.max}: lane-wise maximum; NaN if either is NaN, +0 above -0. */
  public static long f32x4Max(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = max32(aHigh, bHigh);
    return max32(aLow, bLow);
  }

  /** {@code f32x4.pmin}: lane-wise {@code b < a ? b : a}. */
  public static long f32x4Pmin(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = pmin32(aHigh, bHigh);
    return pmin32(aLow, bLow);
  }

  /** {@code f32x4.pmax}: lane-wise {@code a < b ? b : a}. */
  public static long f32x4Pmax(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = pmax32(aHigh, bHigh);
    return pmax32(aLow, bLow);
  }

  /** {@code f64x2.min}: lane-wise minimum; NaN if either is NaN, -0 below +0. */
  public static long f64x2Min(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = min64(aHigh, bHigh);
    return min64(aLow, bLow);
  }

  /** {@code f64x2.max}: lane-wise maximum; NaN if either is NaN, +0 above -0. */
  public static long f64x2Max(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = max64(aHigh, bHigh);
    return max64(aLow, bLow);
  }

  /** {@code f64x2.pmin}: lane-wise {@code b < a ? b : a}. */
  public static long f64x2Pmin(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = pmin64(aHigh, bHigh);
    return pmin64(aLow, bLow);
  }

  /** {@code f64x2.pmax}: lane-wise {@code a < b ? b : a}. */
  public static long f64x2Pmax(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = pmax64(aHigh, bHigh);
    return pmax64(aLow, bLow);
  }

  // ---- rounding to integral: sign of zero kept, NaN made quiet ----

  /** {@code f32x4.ceil}: lane-wise, toward +infinity. */
  public static long f32x4Ceil(long aLow, long aHigh, Context ctx) {
    ctx.v128High = ceil32(aHigh);
    return ceil32(aLow);
  }

  /** {@code f32x4.floor}: lane-wise, toward -infinity. */
  public static long f32x4Floor(long aLow, long aHigh, Context ctx) {
    ctx.v128High = floor32(aHigh);
    return floor32(aLow);
  }

  /** {@code f32x4.trunc}: lane-wise, toward zero. */
  public static long f32x4Trunc(long aLow, long aHigh, Context ctx) {
    ctx.v128High = trunc32(aHigh);
    return trunc32(aLow);
  }

  /** {@code f32x4.nearest}: lane-wise, to nearest, ties to even. */
  public static long f32x4Nearest(long aLow, long aHigh, Context ctx) {
    ctx.v128High = nearest32(aHigh);
    return nearest32(aLow);
  }

  /** {@code f64x2.ceil}: lane-wise, toward +infinity. */
  public static long f64x2Ceil(long aLow, long aHigh, Context ctx) {
    ctx.v128High = ceil64(aHigh);
    return ceil64(aLow);
  }

  /** {@code f64x2.floor}: lane-wise, toward -infinity. */
  public static long f64x2Floor(long aLow, long aHigh, Context ctx) {
    ctx.v128High = floor64(aHigh);
    return floor64(aLow);
  }

  /** {@code f64x2.trunc}: lane-wise, toward zero. */
  public static long f64x2Trunc(long aLow, long aHigh, Context ctx) {
    ctx.v128High = trunc64(aHigh);
    return trunc64(aLow);
  }

  /** {@code f64x2.nearest}: lane-wise, to nearest, ties to even. */
  public static long f64x2Nearest(long aLow, long aHigh, Context ctx) {
    ctx.v128High = nearest64(aHigh);
    return nearest64(aLow);
  }

  // ---- conversions ----

  /** {@code f32x4.convert_i32x4_s}: lane-wise signed i32 to f32, to nearest even. */
  public static long f32x4ConvertI32x4S(long aLow, long aHigh, Context ctx) {
    ctx.v128High = convertS32(aHigh);
    return convertS32(aLow);
  }

  /** {@code f32x4.convert_i32x4_u}: lane-wise unsigned i32 to f32, to nearest even. */
  public static long f32x4ConvertI32x4U(long aLow, long aHigh, Context ctx) {
    ctx.v128High = convertU32(aHigh);
    return convertU32(aLow);
  }

  /** {@code f64x2.convert_low_i32x4_s}: signed i32 lanes 0 and 1 to f64 (exact). */
  public static long f64x2ConvertLowI32x4S(long aLow, long aHigh, Context ctx) {
    ctx.v128High = doubleToRawLongBits((double) (int) (aLow >>> 32));
    return doubleToRawLongBits((double) (int) aLow);
  }

  /** {@code f64x2.convert_low_i32x4_u}: unsigned i32 lanes 0 and 1 to f64 (exact). */
  public static long f64x2ConvertLowI32x4U(long aLow, long aHigh, Context ctx) {
    ctx.v128High = doubleToRawLongBits((double) (aLow >>> 32));
    return doubleToRawLongBits((double) (aLow & LOW32));
  }

  /** {@code f32x4.demote_f64x2_zero}: f64 lanes to f32 lanes 0 and 1, lanes 2 and 3 zero. */
  public static long f32x4DemoteF64x2Zero(long aLow, long aHigh, Context ctx) {
    ctx.v128High = 0L;
    return demote(aLow, aHigh);
  }

  /** {@code f64x2.promote_low_f32x4}: f32 lanes 0 and 1 to f64 (exact). */
  public static long f64x2PromoteLowF32x4(long aLow, long aHigh, Context ctx) {
    ctx.v128High = promote(aLow >>> 32);
    return promote(aLow);
  }

  // ---- per-half helpers, f32 (two lanes) ----
  // f32 lane 0 of a half is intBitsToFloat((int) half), lane 1 intBitsToFloat((int) (half >>> 32));
  // a result half is (bits0 & LOW32) | (long) bits1 << 32. Each helper is one flat expression
  // without calls to other helpers: generated code gets a copy of it, and a flat copy is small.

  /** Returns {@code half} with f32 lane {@code lane} set to {@code x}; unchanged unless 0 or 1. */
  private static long put32(long half, float x, int lane) {
    if ((lane >>> 1) != 0) {
      return half;
    }
    int shift = 32 * lane;
    return (half & ~(LOW32 << shift)) | ((floatToRawIntBits(x) & LOW32) << shift);
  }

  /** Returns the bits of {@code x} when {@code lane} is 0, else {@code half}. */
  private static long put64(long half, double x, int lane) {
    return lane == 0 ? doubleToRawLongBits(x) : half;
  }

  private static long eq32(long a, long b) {
    return (intBitsToFloat((int) a) == intBitsToFloat((int) b) ? LOW32 : 0L)
        | (intBitsToFloat((int) (a >>> 32)) == intBitsToFloat((int) (b >>> 32)) ? HIGH32 : 0L);
  }

  private static long ne32(long a, long b) {
    return (intBitsToFloat((int) a) != intBitsToFloat((int) b) ? LOW32 : 0L)
        | (intBitsToFloat((int) (a >>> 32)) != intBitsToFloat((int) (b >>> 32)) ? HIGH32 : 0L);
  }

  private static long lt32(long a, long b) {
    return (intBitsToFloat((int) a) < intBitsToFloat((int) b) ? LOW32 : 0L)
        | (intBitsToFloat((int) (a >>> 32)) < intBitsToFloat((int) (b >>> 32)) ? HIGH32 : 0L);
  }

  private static long le32(long a, long b) {
    return (intBitsToFloat((int) a) <= intBitsToFloat((int) b) ? LOW32 : 0L)
        | (intBitsToFloat((int) (a >>> 32)) <= intBitsToFloat((int) (b >>> 32)) ? HIGH32 : 0L);
  }

  /** The double root of a float rounds correctly to float (Numerics' class comment). */
  private static long sqrt32(long a) {
    return (floatToRawIntBits((float) Math.sqrt(intBitsToFloat((int) a))) & LOW32)
        | (long) floatToRawIntBits((float) Math.sqrt(intBitsToFloat((int) (a >>> 32)))) << 32;
  }

  private static long add32(long a, long b) {
    return (floatToRawIntBits(intBitsToFloat((int) a) + intBitsToFloat((int) b)) & LOW32)
        | (long)
                floatToRawIntBits(
                    intBitsToFloat((int) (a >>> 32)) + intBitsToFloat((int) (b >>> 32)))
            << 32;
  }

  private static long sub32(long a, long b) {
    return (floatToRawIntBits(intBitsToFloat((int) a) - intBitsToFloat((int) b)) & LOW32)
        | (long)
                floatToRawIntBits(
                    intBitsToFloat((int) (a >>> 32)) - intBitsToFloat((int) (b >>> 32)))
            << 32;
  }

  private static long mul32(long a, long b) {
    return (floatToRawIntBits(intBitsToFloat((int) a) * intBitsToFloat((int) b)) & LOW32)
        | (long)
                floatToRawIntBits(
                    intBitsToFloat((int) (a >>> 32)) * intBitsToFloat((int) (b >>> 32)))
            << 32;
  }

  private static long div32(long a, long b) {
    return (floatToRawIntBits(intBitsToFloat((int) a) / intBitsToFloat((int) b)) & LOW32)
        | (long)
                floatToRawIntBits(
                    intBitsToFloat((int) (a >>> 32)) / intBitsToFloat((int) (b >>> 32)))
            << 32;
  }

  /**
   * Math.min orders -0 below +0 and gives a NaN operand when there is one; floatToIntBits (not raw)
   * makes every NaN the canonical 0x7fc00000, as {@link Numerics#f32Min} does.
   */
  private static long min32(long a, long b) {
    return (floatToIntBits(Math.min(intBitsToFloat((int) a), intBitsToFloat((int) b))) & LOW32)
        | (long)
                floatToIntBits(
                    Math.min(intBitsToFloat((int) (a >>> 32)), intBitsToFloat((int) (b >>> 32))))
            << 32;
  }

  /** Like {@link #min32}: Math.max orders +0 above -0; NaN made canonical. */
  private static long max32(long a, long b) {
    return (floatToIntBits(Math.max(intBitsToFloat((int) a), intBitsToFloat((int) b))) & LOW32)
        | (long)
                floatToIntBits(
                    Math.max(intBitsToFloat((int) (a >>> 32)), intBitsToFloat((int) (b >>> 32))))
            << 32;
  }

  /** Lane-wise {@code b < a ? b : a}, choosing raw bits (a NaN operand passes through). */
  private static long pmin32(long a, long b) {
    return ((intBitsToFloat((int) b) < intBitsToFloat((int) a) ? b : a) & LOW32)
        | ((intBitsToFloat((int) (b >>> 32)) < intBitsToFloat((int) (a >>> 32)) ? b : a) & HIGH32);
  }

  /** Lane-wise {@code a < b ? b : a}, choosing raw bits (a NaN operand passes through). */
  private static long pmax32(long a, long b) {
    return ((intBitsToFloat((int) a) < intBitsToFloat((int) b) ? b : a) & LOW32)
        | ((intBitsToFloat((int) (a >>> 32)) < intBitsToFloat((int) (b >>> 32)) ? b : a) & HIGH32);
  }

  private static long ceil32(long a) {
    return (floatToRawIntBits(Numerics.f32Ceil(intBitsToFloat((int) a))) & LOW32)
        | (long) floatToRawIntBits(Numerics.f32Ceil(intBitsToFloat((int) (a >>> 32)))) << 32;
  }

  private static long floor32(long a) {
    return (floatToRawIntBits(Numerics.f32Floor(intBitsToFloat((int) a))) & LOW32)
        | (long) floatToRawIntBits(Numerics.f32Floor(intBitsToFloat((int) (a >>> 32)))) << 32;
  }

  private static long trunc32(long a) {
    return (floatToRawIntBits(Numerics.f32Trunc(intBitsToFloat((int) a))) & LOW32)
        | (long) floatToRawIntBits(Numerics.f32Trunc(intBitsToFloat((int) (a >>> 32)))) << 32;
  }

  private static long nearest32(long a) {
    return (floatToRawIntBits(Numerics.f32Nearest(intBitsToFloat((int) a))) & LOW32)
        | (long) floatToRawIntBits(Numerics.f32Nearest(intBitsToFloat((int) (a >>> 32)))) << 32;
  }

  private static long convertS32(long a) {
    return (floatToRawIntBits((float) (int) a) & LOW32)
        | (long) floatToRawIntBits((float) (int) (a >>> 32)) << 32;
  }

  /** Each unsigned lane is exact as a long, and {@code l2f} rounds it once. */
  private static long convertU32(long a) {
    return (floatToRawIntBits((float) (a & LOW32)) & LOW32)
        | (long) floatToRawIntBits((float) (a >>> 32)) << 32;
  }

  /** The f64 lanes {@code lane0}, {@code lane1} demoted to the two f32 lanes of a half. */
  private static long demote(long lane0, long lane1) {
    return (floatToRawIntBits(Numerics.f32DemoteF64(longBitsToDouble(lane0))) & LOW32)
        | (long) floatToRawIntBits(Numerics.f32DemoteF64(longBitsToDouble(lane1))) << 32;
  }

  /** Promotes the f32 in bits 0-31 of {@code a}. */
  private static long promote(long a) {
    return doubleToRawLongBits(Numerics.f64PromoteF32(intBitsToFloat((int) a)));
  }

  // ---- per-half helpers, f64 (one lane) ----

  private static long eq64(long a, long b) {
    return longBitsToDouble(a) == longBitsToDouble(b) ? -1L : 0L;
  }

  private static long ne64(long a, long b) {
    return longBitsToDouble(a) != longBitsToDouble(b) ? -1L : 0L;
  }

  private static long lt64(long a, long b) {
    return longBitsToDouble(a) < longBitsToDouble(b) ? -1L : 0L;
  }

  private static long le64(long a, long b) {
    return longBitsToDouble(a) <= longBitsToDouble(b) ? -1L : 0L;
  }

  private static long sqrt64(long a) {
    return doubleToRawLongBits(Math.sqrt(longBitsToDouble(a)));
  }

  /** Like {@link #min32}: doubleToLongBits (not raw) makes every NaN canonical. */
  private static long min64(long a, long b) {
    return doubleToLongBits(Math.min(longBitsToDouble(a), longBitsToDouble(b)));
  }

  private static long max64(long a, long b) {
    return doubleToLongBits(Math.max(longBitsToDouble(a), longBitsToDouble(b)));
  }

  /** {@code b < a ? b : a}, choosing raw bits. */
  private static long pmin64(long a, long b) {
    return longBitsToDouble(b) < longBitsToDouble(a) ? b : a;
  }

  /** {@code a < b ? b : a}, choosing raw bits. */
  private static long pmax64(long a, long b) {
    return longBitsToDouble(a) < longBitsToDouble(b) ? b : a;
  }

  private static long ceil64(long a) {
    return doubleToRawLongBits(Numerics.f64Ceil(longBitsToDouble(a)));
  }

  private static long floor64(long a) {
    return doubleToRawLongBits(Numerics.f64Floor(longBitsToDouble(a)));
  }

  private static long trunc64(long a) {
    return doubleToRawLongBits(Numerics.f64Trunc(longBitsToDouble(a)));
  }

  private static long nearest64(long a) {
    return doubleToRawLongBits(Numerics.f64Nearest(longBitsToDouble(a)));
  }
}

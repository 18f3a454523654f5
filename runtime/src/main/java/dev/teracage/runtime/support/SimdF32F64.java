package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;

/**
 * The helpers of the floating-point SIMD instructions, every {@code f32x4.*} and {@code f64x2.*}
 * instruction except the loads, stores and the relaxed ones: generated code calls one per
 * instruction with {@code invokestatic}. Each public method works on the two 64-bit halves of a
 * {@link V128} through a private helper, so it stays small enough for HotSpot to inline, and
 * allocates only its result.
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
  public static V128 f32x4Splat(float x) {
    long half = (Float.floatToRawIntBits(x) & LOW32) * 0x1_0000_0001L; // copies the 32 bits up
    return new V128(half, half);
  }

  /** {@code f64x2.splat}: the value's bits in both lanes. */
  public static V128 f64x2Splat(double x) {
    long bits = Double.doubleToRawLongBits(x);
    return new V128(bits, bits);
  }

  /** {@code f32x4.extract_lane}: lane {@code lane}, bits kept. */
  public static float f32x4ExtractLane(V128 v, int lane) {
    // a long shift uses its count mod 64, so 32 * lane selects the lane within its half
    return Float.intBitsToFloat((int) ((lane < 2 ? v.low() : v.high()) >>> (32 * lane)));
  }

  /** {@code f64x2.extract_lane}: lane {@code lane}, bits kept. */
  public static double f64x2ExtractLane(V128 v, int lane) {
    return Double.longBitsToDouble(lane == 0 ? v.low() : v.high());
  }

  /** {@code f32x4.replace_lane}: {@code v} with lane {@code lane} set to the bits of {@code x}. */
  public static V128 f32x4ReplaceLane(V128 v, float x, int lane) {
    return new V128(put32(v.low(), x, lane), put32(v.high(), x, lane - 2));
  }

  /** {@code f64x2.replace_lane}: {@code v} with lane {@code lane} set to the bits of {@code x}. */
  public static V128 f64x2ReplaceLane(V128 v, double x, int lane) {
    return new V128(put64(v.low(), x, lane), put64(v.high(), x, lane - 1));
  }

  // ---- comparisons: all ones where true, all zeros where false; NaN is false except for ne ----

  /** {@code f32x4.eq}: lane-wise {@code a == b} (-0 equals +0, NaN equals nothing). */
  public static V128 f32x4Eq(V128 a, V128 b) {
    return new V128(eq32(a.low(), b.low()), eq32(a.high(), b.high()));
  }

  /** {@code f32x4.ne}: lane-wise {@code a != b} (true when either is NaN). */
  public static V128 f32x4Ne(V128 a, V128 b) {
    return new V128(ne32(a.low(), b.low()), ne32(a.high(), b.high()));
  }

  /** {@code f32x4.lt}: lane-wise {@code a < b}. */
  public static V128 f32x4Lt(V128 a, V128 b) {
    return new V128(lt32(a.low(), b.low()), lt32(a.high(), b.high()));
  }

  /** {@code f32x4.gt}: lane-wise {@code a > b}. */
  public static V128 f32x4Gt(V128 a, V128 b) {
    return new V128(lt32(b.low(), a.low()), lt32(b.high(), a.high()));
  }

  /** {@code f32x4.le}: lane-wise {@code a <= b}. */
  public static V128 f32x4Le(V128 a, V128 b) {
    return new V128(le32(a.low(), b.low()), le32(a.high(), b.high()));
  }

  /** {@code f32x4.ge}: lane-wise {@code a >= b}. */
  public static V128 f32x4Ge(V128 a, V128 b) {
    return new V128(le32(b.low(), a.low()), le32(b.high(), a.high()));
  }

  /** {@code f64x2.eq}: lane-wise {@code a == b} (-0 equals +0, NaN equals nothing). */
  public static V128 f64x2Eq(V128 a, V128 b) {
    return new V128(eq64(a.low(), b.low()), eq64(a.high(), b.high()));
  }

  /** {@code f64x2.ne}: lane-wise {@code a != b} (true when either is NaN). */
  public static V128 f64x2Ne(V128 a, V128 b) {
    return new V128(ne64(a.low(), b.low()), ne64(a.high(), b.high()));
  }

  /** {@code f64x2.lt}: lane-wise {@code a < b}. */
  public static V128 f64x2Lt(V128 a, V128 b) {
    return new V128(lt64(a.low(), b.low()), lt64(a.high(), b.high()));
  }

  /** {@code f64x2.gt}: lane-wise {@code a > b}. */
  public static V128 f64x2Gt(V128 a, V128 b) {
    return new V128(lt64(b.low(), a.low()), lt64(b.high(), a.high()));
  }

  /** {@code f64x2.le}: lane-wise {@code a <= b}. */
  public static V128 f64x2Le(V128 a, V128 b) {
    return new V128(le64(a.low(), b.low()), le64(a.high(), b.high()));
  }

  /** {@code f64x2.ge}: lane-wise {@code a >= b}. */
  public static V128 f64x2Ge(V128 a, V128 b) {
    return new V128(le64(b.low(), a.low()), le64(b.high(), a.high()));
  }

  // ---- sign operations: only the sign bits change, NaN payloads kept ----

  /** {@code f32x4.abs}: lane-wise, clears the sign bit. */
  public static V128 f32x4Abs(V128 a) {
    return new V128(a.low() & ~F32_SIGNS, a.high() & ~F32_SIGNS);
  }

  /** {@code f32x4.neg}: lane-wise, flips the sign bit. */
  public static V128 f32x4Neg(V128 a) {
    return new V128(a.low() ^ F32_SIGNS, a.high() ^ F32_SIGNS);
  }

  /** {@code f64x2.abs}: lane-wise, clears the sign bit. */
  public static V128 f64x2Abs(V128 a) {
    return new V128(a.low() & ~F64_SIGN, a.high() & ~F64_SIGN);
  }

  /** {@code f64x2.neg}: lane-wise, flips the sign bit. */
  public static V128 f64x2Neg(V128 a) {
    return new V128(a.low() ^ F64_SIGN, a.high() ^ F64_SIGN);
  }

  // ---- arithmetic: round to nearest even, arithmetic NaN results ----

  /** {@code f32x4.sqrt}: lane-wise square root. */
  public static V128 f32x4Sqrt(V128 a) {
    return new V128(sqrt32(a.low()), sqrt32(a.high()));
  }

  /** {@code f32x4.add}: lane-wise addition. */
  public static V128 f32x4Add(V128 a, V128 b) {
    return new V128(add32(a.low(), b.low()), add32(a.high(), b.high()));
  }

  /** {@code f32x4.sub}: lane-wise subtraction. */
  public static V128 f32x4Sub(V128 a, V128 b) {
    return new V128(sub32(a.low(), b.low()), sub32(a.high(), b.high()));
  }

  /** {@code f32x4.mul}: lane-wise multiplication. */
  public static V128 f32x4Mul(V128 a, V128 b) {
    return new V128(mul32(a.low(), b.low()), mul32(a.high(), b.high()));
  }

  /** {@code f32x4.div}: lane-wise division. */
  public static V128 f32x4Div(V128 a, V128 b) {
    return new V128(div32(a.low(), b.low()), div32(a.high(), b.high()));
  }

  /** {@code f64x2.sqrt}: lane-wise square root. */
  public static V128 f64x2Sqrt(V128 a) {
    return new V128(sqrt64(a.low()), sqrt64(a.high()));
  }

  /** {@code f64x2.add}: lane-wise addition. */
  public static V128 f64x2Add(V128 a, V128 b) {
    return new V128(add64(a.low(), b.low()), add64(a.high(), b.high()));
  }

  /** {@code f64x2.sub}: lane-wise subtraction. */
  public static V128 f64x2Sub(V128 a, V128 b) {
    return new V128(sub64(a.low(), b.low()), sub64(a.high(), b.high()));
  }

  /** {@code f64x2.mul}: lane-wise multiplication. */
  public static V128 f64x2Mul(V128 a, V128 b) {
    return new V128(mul64(a.low(), b.low()), mul64(a.high(), b.high()));
  }

  /** {@code f64x2.div}: lane-wise division. */
  public static V128 f64x2Div(V128 a, V128 b) {
    return new V128(div64(a.low(), b.low()), div64(a.high(), b.high()));
  }

  // ---- min / max (NaN wins, -0 < +0); pmin / pmax: a plain "<" choosing raw bits ----

  /** {@code f32x4.min}: lane-wise minimum; NaN if either is NaN, -0 below +0. */
  public static V128 f32x4Min(V128 a, V128 b) {
    return new V128(min32(a.low(), b.low()), min32(a.high(), b.high()));
  }

  /** {@code f32x4.max}: lane-wise maximum; NaN if either is NaN, +0 above -0. */
  public static V128 f32x4Max(V128 a, V128 b) {
    return new V128(max32(a.low(), b.low()), max32(a.high(), b.high()));
  }

  /** {@code f32x4.pmin}: lane-wise {@code b < a ? b : a}. */
  public static V128 f32x4Pmin(V128 a, V128 b) {
    return new V128(pmin32(a.low(), b.low()), pmin32(a.high(), b.high()));
  }

  /** {@code f32x4.pmax}: lane-wise {@code a < b ? b : a}. */
  public static V128 f32x4Pmax(V128 a, V128 b) {
    return new V128(pmax32(a.low(), b.low()), pmax32(a.high(), b.high()));
  }

  /** {@code f64x2.min}: lane-wise minimum; NaN if either is NaN, -0 below +0. */
  public static V128 f64x2Min(V128 a, V128 b) {
    return new V128(min64(a.low(), b.low()), min64(a.high(), b.high()));
  }

  /** {@code f64x2.max}: lane-wise maximum; NaN if either is NaN, +0 above -0. */
  public static V128 f64x2Max(V128 a, V128 b) {
    return new V128(max64(a.low(), b.low()), max64(a.high(), b.high()));
  }

  /** {@code f64x2.pmin}: lane-wise {@code b < a ? b : a}. */
  public static V128 f64x2Pmin(V128 a, V128 b) {
    return new V128(pmin64(a.low(), b.low()), pmin64(a.high(), b.high()));
  }

  /** {@code f64x2.pmax}: lane-wise {@code a < b ? b : a}. */
  public static V128 f64x2Pmax(V128 a, V128 b) {
    return new V128(pmax64(a.low(), b.low()), pmax64(a.high(), b.high()));
  }

  // ---- rounding to integral: sign of zero kept, NaN made quiet ----

  /** {@code f32x4.ceil}: lane-wise, toward +infinity. */
  public static V128 f32x4Ceil(V128 a) {
    return new V128(ceil32(a.low()), ceil32(a.high()));
  }

  /** {@code f32x4.floor}: lane-wise, toward -infinity. */
  public static V128 f32x4Floor(V128 a) {
    return new V128(floor32(a.low()), floor32(a.high()));
  }

  /** {@code f32x4.trunc}: lane-wise, toward zero. */
  public static V128 f32x4Trunc(V128 a) {
    return new V128(trunc32(a.low()), trunc32(a.high()));
  }

  /** {@code f32x4.nearest}: lane-wise, to nearest, ties to even. */
  public static V128 f32x4Nearest(V128 a) {
    return new V128(nearest32(a.low()), nearest32(a.high()));
  }

  /** {@code f64x2.ceil}: lane-wise, toward +infinity. */
  public static V128 f64x2Ceil(V128 a) {
    return new V128(ceil64(a.low()), ceil64(a.high()));
  }

  /** {@code f64x2.floor}: lane-wise, toward -infinity. */
  public static V128 f64x2Floor(V128 a) {
    return new V128(floor64(a.low()), floor64(a.high()));
  }

  /** {@code f64x2.trunc}: lane-wise, toward zero. */
  public static V128 f64x2Trunc(V128 a) {
    return new V128(trunc64(a.low()), trunc64(a.high()));
  }

  /** {@code f64x2.nearest}: lane-wise, to nearest, ties to even. */
  public static V128 f64x2Nearest(V128 a) {
    return new V128(nearest64(a.low()), nearest64(a.high()));
  }

  // ---- conversions ----

  /** {@code f32x4.convert_i32x4_s}: lane-wise signed i32 to f32, to nearest even. */
  public static V128 f32x4ConvertI32x4S(V128 a) {
    return new V128(convertS32(a.low()), convertS32(a.high()));
  }

  /** {@code f32x4.convert_i32x4_u}: lane-wise unsigned i32 to f32, to nearest even. */
  public static V128 f32x4ConvertI32x4U(V128 a) {
    return new V128(convertU32(a.low()), convertU32(a.high()));
  }

  /** {@code f64x2.convert_low_i32x4_s}: signed i32 lanes 0 and 1 to f64 (exact). */
  public static V128 f64x2ConvertLowI32x4S(V128 a) {
    long low = a.low();
    return new V128(bits((double) (int) low), bits((double) (int) (low >>> 32)));
  }

  /** {@code f64x2.convert_low_i32x4_u}: unsigned i32 lanes 0 and 1 to f64 (exact). */
  public static V128 f64x2ConvertLowI32x4U(V128 a) {
    long low = a.low();
    return new V128(bits((double) (low & LOW32)), bits((double) (low >>> 32)));
  }

  /** {@code f32x4.demote_f64x2_zero}: f64 lanes to f32 lanes 0 and 1, lanes 2 and 3 zero. */
  public static V128 f32x4DemoteF64x2Zero(V128 a) {
    return new V128(demote(a.low(), a.high()), 0L);
  }

  /** {@code f64x2.promote_low_f32x4}: f32 lanes 0 and 1 to f64 (exact). */
  public static V128 f64x2PromoteLowF32x4(V128 a) {
    long low = a.low();
    return new V128(promote(low), promote(low >>> 32));
  }

  // ---- lane access on one 64-bit half: f32 lane 0 in bits 0-31, lane 1 in bits 32-63 ----

  private static float lane0(long half) {
    return Float.intBitsToFloat((int) half);
  }

  private static float lane1(long half) {
    return Float.intBitsToFloat((int) (half >>> 32));
  }

  private static long pack(float lane0, float lane1) {
    return (Float.floatToRawIntBits(lane0) & LOW32) | ((long) Float.floatToRawIntBits(lane1) << 32);
  }

  private static double f64(long bits) {
    return Double.longBitsToDouble(bits);
  }

  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  private static long mask(boolean lane0, boolean lane1) {
    return (lane0 ? LOW32 : 0L) | (lane1 ? HIGH32 : 0L);
  }

  /** Returns {@code half} with f32 lane {@code lane} set to {@code x}; unchanged unless 0 or 1. */
  private static long put32(long half, float x, int lane) {
    if ((lane >>> 1) != 0) {
      return half;
    }
    int shift = 32 * lane;
    return (half & ~(LOW32 << shift)) | ((Float.floatToRawIntBits(x) & LOW32) << shift);
  }

  /** Returns the bits of {@code x} when {@code lane} is 0, else {@code half}. */
  private static long put64(long half, double x, int lane) {
    return lane == 0 ? bits(x) : half;
  }

  // ---- per-half helpers, f32 (two lanes) ----

  private static long eq32(long a, long b) {
    return mask(lane0(a) == lane0(b), lane1(a) == lane1(b));
  }

  private static long ne32(long a, long b) {
    return ~eq32(a, b);
  }

  private static long lt32(long a, long b) {
    return mask(lane0(a) < lane0(b), lane1(a) < lane1(b));
  }

  private static long le32(long a, long b) {
    return mask(lane0(a) <= lane0(b), lane1(a) <= lane1(b));
  }

  private static long sqrt32(long a) {
    return pack(sqrt(lane0(a)), sqrt(lane1(a)));
  }

  /** The double root of a float rounds correctly to float (Numerics' class comment). */
  private static float sqrt(float x) {
    return (float) Math.sqrt(x);
  }

  private static long add32(long a, long b) {
    return pack(lane0(a) + lane0(b), lane1(a) + lane1(b));
  }

  private static long sub32(long a, long b) {
    return pack(lane0(a) - lane0(b), lane1(a) - lane1(b));
  }

  private static long mul32(long a, long b) {
    return pack(lane0(a) * lane0(b), lane1(a) * lane1(b));
  }

  private static long div32(long a, long b) {
    return pack(lane0(a) / lane0(b), lane1(a) / lane1(b));
  }

  private static long min32(long a, long b) {
    return pack(Numerics.f32Min(lane0(a), lane0(b)), Numerics.f32Min(lane1(a), lane1(b)));
  }

  private static long max32(long a, long b) {
    return pack(Numerics.f32Max(lane0(a), lane0(b)), Numerics.f32Max(lane1(a), lane1(b)));
  }

  /** Lane-wise {@code b < a ? b : a}, choosing raw bits (a NaN operand passes through). */
  private static long pmin32(long a, long b) {
    long lane0 = lane0(b) < lane0(a) ? b & LOW32 : a & LOW32;
    long lane1 = lane1(b) < lane1(a) ? b & HIGH32 : a & HIGH32;
    return lane0 | lane1;
  }

  /** Lane-wise {@code a < b ? b : a}, choosing raw bits (a NaN operand passes through). */
  private static long pmax32(long a, long b) {
    long lane0 = lane0(a) < lane0(b) ? b & LOW32 : a & LOW32;
    long lane1 = lane1(a) < lane1(b) ? b & HIGH32 : a & HIGH32;
    return lane0 | lane1;
  }

  private static long ceil32(long a) {
    return pack(Numerics.f32Ceil(lane0(a)), Numerics.f32Ceil(lane1(a)));
  }

  private static long floor32(long a) {
    return pack(Numerics.f32Floor(lane0(a)), Numerics.f32Floor(lane1(a)));
  }

  private static long trunc32(long a) {
    return pack(Numerics.f32Trunc(lane0(a)), Numerics.f32Trunc(lane1(a)));
  }

  private static long nearest32(long a) {
    return pack(Numerics.f32Nearest(lane0(a)), Numerics.f32Nearest(lane1(a)));
  }

  private static long convertS32(long a) {
    return pack((float) (int) a, (float) (int) (a >>> 32));
  }

  /** Each unsigned lane is exact as a long, and {@code l2f} rounds it once. */
  private static long convertU32(long a) {
    return pack((float) (a & LOW32), (float) (a >>> 32));
  }

  private static long demote(long lane0, long lane1) {
    return pack(Numerics.f32DemoteF64(f64(lane0)), Numerics.f32DemoteF64(f64(lane1)));
  }

  /** Promotes the f32 in bits 0-31 of {@code a}. */
  private static long promote(long a) {
    return bits(Numerics.f64PromoteF32(Float.intBitsToFloat((int) a)));
  }

  // ---- per-half helpers, f64 (one lane) ----

  private static long eq64(long a, long b) {
    return f64(a) == f64(b) ? -1L : 0L;
  }

  private static long ne64(long a, long b) {
    return f64(a) != f64(b) ? -1L : 0L;
  }

  private static long lt64(long a, long b) {
    return f64(a) < f64(b) ? -1L : 0L;
  }

  private static long le64(long a, long b) {
    return f64(a) <= f64(b) ? -1L : 0L;
  }

  private static long sqrt64(long a) {
    return bits(Math.sqrt(f64(a)));
  }

  private static long add64(long a, long b) {
    return bits(f64(a) + f64(b));
  }

  private static long sub64(long a, long b) {
    return bits(f64(a) - f64(b));
  }

  private static long mul64(long a, long b) {
    return bits(f64(a) * f64(b));
  }

  private static long div64(long a, long b) {
    return bits(f64(a) / f64(b));
  }

  private static long min64(long a, long b) {
    return bits(Numerics.f64Min(f64(a), f64(b)));
  }

  private static long max64(long a, long b) {
    return bits(Numerics.f64Max(f64(a), f64(b)));
  }

  /** {@code b < a ? b : a}, choosing raw bits. */
  private static long pmin64(long a, long b) {
    return f64(b) < f64(a) ? b : a;
  }

  /** {@code a < b ? b : a}, choosing raw bits. */
  private static long pmax64(long a, long b) {
    return f64(a) < f64(b) ? b : a;
  }

  private static long ceil64(long a) {
    return bits(Numerics.f64Ceil(f64(a)));
  }

  private static long floor64(long a) {
    return bits(Numerics.f64Floor(f64(a)));
  }

  private static long trunc64(long a) {
    return bits(Numerics.f64Trunc(f64(a)));
  }

  private static long nearest64(long a) {
    return bits(Numerics.f64Nearest(f64(a)));
  }
}

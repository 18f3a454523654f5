package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;

/**
 * The {@code i8x16.*} and {@code i16x8.*} instructions (WebAssembly 2.0 fixed-width SIMD, without
 * the loads and stores of {@link SimdV128}): splat, lane access, shuffle and swizzle, comparisons,
 * lane-wise arithmetic (wrapping and saturating), shifts, narrowing, widening and the extended
 * multiplications and pairwise additions. None traps.
 *
 * <p>Each public method computes the two 64-bit halves of its result with the {@code long} helpers
 * of {@link SimdSwar} (several lanes in one {@code long}, the carries kept inside each lane by
 * masks) and allocates only the result, so that it stays small enough for HotSpot to inline.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions">
 *     Vector instructions</a>
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class SimdI8I16 {
  private SimdI8I16() {}

  // ---------------------------------------------------------------- splat, lanes, shuffles

  /** i8x16.splat: the low 8 bits of {@code x} in every lane. */
  public static V128 i8x16Splat(int x) {
    long v = (x & 0xFFL) * SimdSwar.ONES8;
    return new V128(v, v);
  }

  /** i16x8.splat: the low 16 bits of {@code x} in every lane. */
  public static V128 i16x8Splat(int x) {
    long v = (x & 0xFFFFL) * SimdSwar.ONES16;
    return new V128(v, v);
  }

  /** i8x16.extract_lane_s: lane {@code lane}, sign-extended. */
  public static int i8x16ExtractLaneS(V128 a, int lane) {
    // a long shift uses the count mod 64, so lanes 8-15 of the high half need no adjustment
    return (byte) ((lane < 8 ? a.low() : a.high()) >>> (lane << 3));
  }

  /** i8x16.extract_lane_u: lane {@code lane}, zero-extended. */
  public static int i8x16ExtractLaneU(V128 a, int lane) {
    return (int) ((lane < 8 ? a.low() : a.high()) >>> (lane << 3)) & 0xFF;
  }

  /** i16x8.extract_lane_s: lane {@code lane}, sign-extended. */
  public static int i16x8ExtractLaneS(V128 a, int lane) {
    return (short) ((lane < 4 ? a.low() : a.high()) >>> (lane << 4));
  }

  /** i16x8.extract_lane_u: lane {@code lane}, zero-extended. */
  public static int i16x8ExtractLaneU(V128 a, int lane) {
    return (int) ((lane < 4 ? a.low() : a.high()) >>> (lane << 4)) & 0xFFFF;
  }

  /** i8x16.replace_lane: {@code a} with lane {@code lane} set to the low 8 bits of {@code x}. */
  public static V128 i8x16ReplaceLane(V128 a, int x, int lane) {
    return new V128(SimdSwar.put(a.low(), x, lane, 0, 8), SimdSwar.put(a.high(), x, lane, 1, 8));
  }

  /** i16x8.replace_lane: {@code a} with lane {@code lane} set to the low 16 bits of {@code x}. */
  public static V128 i16x8ReplaceLane(V128 a, int x, int lane) {
    return new V128(SimdSwar.put(a.low(), x, lane, 0, 16), SimdSwar.put(a.high(), x, lane, 1, 16));
  }

  /**
   * i8x16.shuffle: byte k of the result is byte {@code s} of the 32 bytes {@code a}, {@code b},
   * {@code s} being byte k of the immediates {@code lanesLow}, {@code lanesHigh}.
   */
  public static V128 i8x16Shuffle(V128 a, V128 b, long lanesLow, long lanesHigh) {
    return new V128(SimdSwar.shuffle(a, b, lanesLow), SimdSwar.shuffle(a, b, lanesHigh));
  }

  /**
   * i8x16.swizzle: byte k of the result is byte {@code s[k]} of {@code a}, 0 if {@code s[k] >= 16}.
   */
  public static V128 i8x16Swizzle(V128 a, V128 s) {
    return new V128(SimdSwar.swizzle(a, s.low()), SimdSwar.swizzle(a, s.high()));
  }

  // ---------------------------------------------------------------- i8x16 comparisons

  /** i8x16.eq: lane-wise equality, all ones or all zeros. */
  public static V128 i8x16Eq(V128 a, V128 b) {
    return new V128(SimdSwar.eq8(a.low(), b.low()), SimdSwar.eq8(a.high(), b.high()));
  }

  /** i8x16.ne: lane-wise inequality. */
  public static V128 i8x16Ne(V128 a, V128 b) {
    return new V128(SimdSwar.ne8(a.low(), b.low()), SimdSwar.ne8(a.high(), b.high()));
  }

  /** i8x16.lt_s: lane-wise signed {@code a < b}. */
  public static V128 i8x16LtS(V128 a, V128 b) {
    return new V128(SimdSwar.ltS8(a.low(), b.low()), SimdSwar.ltS8(a.high(), b.high()));
  }

  /** i8x16.lt_u: lane-wise unsigned {@code a < b}. */
  public static V128 i8x16LtU(V128 a, V128 b) {
    return new V128(SimdSwar.ltU8(a.low(), b.low()), SimdSwar.ltU8(a.high(), b.high()));
  }

  /** i8x16.gt_s: lane-wise signed {@code a > b}. */
  public static V128 i8x16GtS(V128 a, V128 b) {
    return new V128(SimdSwar.ltS8(b.low(), a.low()), SimdSwar.ltS8(b.high(), a.high()));
  }

  /** i8x16.gt_u: lane-wise unsigned {@code a > b}. */
  public static V128 i8x16GtU(V128 a, V128 b) {
    return new V128(SimdSwar.ltU8(b.low(), a.low()), SimdSwar.ltU8(b.high(), a.high()));
  }

  /** i8x16.le_s: lane-wise signed {@code a <= b}. */
  public static V128 i8x16LeS(V128 a, V128 b) {
    return new V128(SimdSwar.geS8(b.low(), a.low()), SimdSwar.geS8(b.high(), a.high()));
  }

  /** i8x16.le_u: lane-wise unsigned {@code a <= b}. */
  public static V128 i8x16LeU(V128 a, V128 b) {
    return new V128(SimdSwar.geU8(b.low(), a.low()), SimdSwar.geU8(b.high(), a.high()));
  }

  /** i8x16.ge_s: lane-wise signed {@code a >= b}. */
  public static V128 i8x16GeS(V128 a, V128 b) {
    return new V128(SimdSwar.geS8(a.low(), b.low()), SimdSwar.geS8(a.high(), b.high()));
  }

  /** i8x16.ge_u: lane-wise unsigned {@code a >= b}. */
  public static V128 i8x16GeU(V128 a, V128 b) {
    return new V128(SimdSwar.geU8(a.low(), b.low()), SimdSwar.geU8(a.high(), b.high()));
  }

  // ---------------------------------------------------------------- i16x8 comparisons

  /** i16x8.eq: lane-wise equality, all ones or all zeros. */
  public static V128 i16x8Eq(V128 a, V128 b) {
    return new V128(SimdSwar.eq16(a.low(), b.low()), SimdSwar.eq16(a.high(), b.high()));
  }

  /** i16x8.ne: lane-wise inequality. */
  public static V128 i16x8Ne(V128 a, V128 b) {
    return new V128(SimdSwar.ne16(a.low(), b.low()), SimdSwar.ne16(a.high(), b.high()));
  }

  /** i16x8.lt_s: lane-wise signed {@code a < b}. */
  public static V128 i16x8LtS(V128 a, V128 b) {
    return new V128(SimdSwar.ltS16(a.low(), b.low()), SimdSwar.ltS16(a.high(), b.high()));
  }

  /** i16x8.lt_u: lane-wise unsigned {@code a < b}. */
  public static V128 i16x8LtU(V128 a, V128 b) {
    return new V128(SimdSwar.ltU16(a.low(), b.low()), SimdSwar.ltU16(a.high(), b.high()));
  }

  /** i16x8.gt_s: lane-wise signed {@code a > b}. */
  public static V128 i16x8GtS(V128 a, V128 b) {
    return new V128(SimdSwar.ltS16(b.low(), a.low()), SimdSwar.ltS16(b.high(), a.high()));
  }

  /** i16x8.gt_u: lane-wise unsigned {@code a > b}. */
  public static V128 i16x8GtU(V128 a, V128 b) {
    return new V128(SimdSwar.ltU16(b.low(), a.low()), SimdSwar.ltU16(b.high(), a.high()));
  }

  /** i16x8.le_s: lane-wise signed {@code a <= b}. */
  public static V128 i16x8LeS(V128 a, V128 b) {
    return new V128(SimdSwar.geS16(b.low(), a.low()), SimdSwar.geS16(b.high(), a.high()));
  }

  /** i16x8.le_u: lane-wise unsigned {@code a <= b}. */
  public static V128 i16x8LeU(V128 a, V128 b) {
    return new V128(SimdSwar.geU16(b.low(), a.low()), SimdSwar.geU16(b.high(), a.high()));
  }

  /** i16x8.ge_s: lane-wise signed {@code a >= b}. */
  public static V128 i16x8GeS(V128 a, V128 b) {
    return new V128(SimdSwar.geS16(a.low(), b.low()), SimdSwar.geS16(a.high(), b.high()));
  }

  /** i16x8.ge_u: lane-wise unsigned {@code a >= b}. */
  public static V128 i16x8GeU(V128 a, V128 b) {
    return new V128(SimdSwar.geU16(a.low(), b.low()), SimdSwar.geU16(a.high(), b.high()));
  }

  // ---------------------------------------------------------------- i8x16 unary, tests, narrow

  /** i8x16.abs: lane-wise absolute value (-128 stays -128). */
  public static V128 i8x16Abs(V128 a) {
    return new V128(SimdSwar.abs8(a.low()), SimdSwar.abs8(a.high()));
  }

  /** i8x16.neg: lane-wise negation (-128 stays -128). */
  public static V128 i8x16Neg(V128 a) {
    return new V128(SimdSwar.neg8(a.low()), SimdSwar.neg8(a.high()));
  }

  /** i8x16.popcnt: lane-wise count of one bits. */
  public static V128 i8x16Popcnt(V128 a) {
    return new V128(SimdSwar.popcnt8(a.low()), SimdSwar.popcnt8(a.high()));
  }

  /** i8x16.all_true: 1 if every lane is non-zero, else 0. */
  public static int i8x16AllTrue(V128 a) {
    return (SimdSwar.nonZero8(a.low()) & SimdSwar.nonZero8(a.high())) == SimdSwar.H8 ? 1 : 0;
  }

  /** i8x16.bitmask: bit k of the result is the top bit of lane k. */
  public static int i8x16Bitmask(V128 a) {
    return SimdSwar.bitmask8(a.low()) | SimdSwar.bitmask8(a.high()) << 8;
  }

  /** i8x16.narrow_i16x8_s: the i16 lanes of {@code a} then {@code b}, signed saturated to i8. */
  public static V128 i8x16NarrowI16x8S(V128 a, V128 b) {
    return new V128(SimdSwar.narrowS8(a.low(), a.high()), SimdSwar.narrowS8(b.low(), b.high()));
  }

  /** i8x16.narrow_i16x8_u: the signed i16 lanes of {@code a} then {@code b}, saturated to u8. */
  public static V128 i8x16NarrowI16x8U(V128 a, V128 b) {
    return new V128(SimdSwar.narrowU8(a.low(), a.high()), SimdSwar.narrowU8(b.low(), b.high()));
  }

  // ---------------------------------------------------------------- i8x16 shifts

  /** i8x16.shl: lane-wise left shift by {@code n} mod 8. */
  public static V128 i8x16Shl(V128 a, int n) {
    return new V128(SimdSwar.shl8(a.low(), n), SimdSwar.shl8(a.high(), n));
  }

  /** i8x16.shr_s: lane-wise arithmetic right shift by {@code n} mod 8. */
  public static V128 i8x16ShrS(V128 a, int n) {
    return new V128(SimdSwar.shrS8(a.low(), n), SimdSwar.shrS8(a.high(), n));
  }

  /** i8x16.shr_u: lane-wise logical right shift by {@code n} mod 8. */
  public static V128 i8x16ShrU(V128 a, int n) {
    return new V128(SimdSwar.shrU8(a.low(), n), SimdSwar.shrU8(a.high(), n));
  }

  // ---------------------------------------------------------------- i8x16 arithmetic

  /** i8x16.add: lane-wise wrapping addition. */
  public static V128 i8x16Add(V128 a, V128 b) {
    return new V128(SimdSwar.add8(a.low(), b.low()), SimdSwar.add8(a.high(), b.high()));
  }

  /** i8x16.add_sat_s: lane-wise signed saturating addition. */
  public static V128 i8x16AddSatS(V128 a, V128 b) {
    return new V128(SimdSwar.addSatS8(a.low(), b.low()), SimdSwar.addSatS8(a.high(), b.high()));
  }

  /** i8x16.add_sat_u: lane-wise unsigned saturating addition. */
  public static V128 i8x16AddSatU(V128 a, V128 b) {
    return new V128(SimdSwar.addSatU8(a.low(), b.low()), SimdSwar.addSatU8(a.high(), b.high()));
  }

  /** i8x16.sub: lane-wise wrapping subtraction. */
  public static V128 i8x16Sub(V128 a, V128 b) {
    return new V128(SimdSwar.sub8(a.low(), b.low()), SimdSwar.sub8(a.high(), b.high()));
  }

  /** i8x16.sub_sat_s: lane-wise signed saturating subtraction. */
  public static V128 i8x16SubSatS(V128 a, V128 b) {
    return new V128(SimdSwar.subSatS8(a.low(), b.low()), SimdSwar.subSatS8(a.high(), b.high()));
  }

  /** i8x16.sub_sat_u: lane-wise unsigned saturating subtraction (0 when {@code a < b}). */
  public static V128 i8x16SubSatU(V128 a, V128 b) {
    return new V128(SimdSwar.subSatU8(a.low(), b.low()), SimdSwar.subSatU8(a.high(), b.high()));
  }

  /** i8x16.min_s: lane-wise signed minimum. */
  public static V128 i8x16MinS(V128 a, V128 b) {
    return new V128(SimdSwar.minS8(a.low(), b.low()), SimdSwar.minS8(a.high(), b.high()));
  }

  /** i8x16.min_u: lane-wise unsigned minimum. */
  public static V128 i8x16MinU(V128 a, V128 b) {
    return new V128(SimdSwar.minU8(a.low(), b.low()), SimdSwar.minU8(a.high(), b.high()));
  }

  /** i8x16.max_s: lane-wise signed maximum. */
  public static V128 i8x16MaxS(V128 a, V128 b) {
    return new V128(SimdSwar.maxS8(a.low(), b.low()), SimdSwar.maxS8(a.high(), b.high()));
  }

  /** i8x16.max_u: lane-wise unsigned maximum. */
  public static V128 i8x16MaxU(V128 a, V128 b) {
    return new V128(SimdSwar.maxU8(a.low(), b.low()), SimdSwar.maxU8(a.high(), b.high()));
  }

  /** i8x16.avgr_u: lane-wise unsigned rounding average {@code (a + b + 1) / 2}. */
  public static V128 i8x16AvgrU(V128 a, V128 b) {
    return new V128(SimdSwar.avgrU8(a.low(), b.low()), SimdSwar.avgrU8(a.high(), b.high()));
  }

  // ---------------------------------------------------------------- i16x8 unary, tests, narrow

  /** i16x8.extadd_pairwise_i8x16_s: lane k is the sum of signed i8 lanes 2k and 2k+1. */
  public static V128 i16x8ExtaddPairwiseI8x16S(V128 a) {
    return new V128(SimdSwar.extaddS(a.low()), SimdSwar.extaddS(a.high()));
  }

  /** i16x8.extadd_pairwise_i8x16_u: lane k is the sum of unsigned i8 lanes 2k and 2k+1. */
  public static V128 i16x8ExtaddPairwiseI8x16U(V128 a) {
    return new V128(SimdSwar.extaddU(a.low()), SimdSwar.extaddU(a.high()));
  }

  /** i16x8.abs: lane-wise absolute value (-32768 stays -32768). */
  public static V128 i16x8Abs(V128 a) {
    return new V128(SimdSwar.abs16(a.low()), SimdSwar.abs16(a.high()));
  }

  /** i16x8.neg: lane-wise negation (-32768 stays -32768). */
  public static V128 i16x8Neg(V128 a) {
    return new V128(SimdSwar.neg16(a.low()), SimdSwar.neg16(a.high()));
  }

  /**
   * i16x8.q15mulr_sat_s: lane-wise Q15 rounding multiplication, {@code (a * b + 2^14) >> 15}
   * saturated.
   */
  public static V128 i16x8Q15mulrSatS(V128 a, V128 b) {
    return new V128(SimdSwar.q15mulr(a.low(), b.low()), SimdSwar.q15mulr(a.high(), b.high()));
  }

  /** i16x8.all_true: 1 if every lane is non-zero, else 0. */
  public static int i16x8AllTrue(V128 a) {
    return (SimdSwar.nonZero16(a.low()) & SimdSwar.nonZero16(a.high())) == SimdSwar.H16 ? 1 : 0;
  }

  /** i16x8.bitmask: bit k of the result is the top bit of lane k. */
  public static int i16x8Bitmask(V128 a) {
    return SimdSwar.bitmask16(a.low()) | SimdSwar.bitmask16(a.high()) << 4;
  }

  /** i16x8.narrow_i32x4_s: the i32 lanes of {@code a} then {@code b}, signed saturated to i16. */
  public static V128 i16x8NarrowI32x4S(V128 a, V128 b) {
    return new V128(SimdSwar.narrowS16(a.low(), a.high()), SimdSwar.narrowS16(b.low(), b.high()));
  }

  /** i16x8.narrow_i32x4_u: the signed i32 lanes of {@code a} then {@code b}, saturated to u16. */
  public static V128 i16x8NarrowI32x4U(V128 a, V128 b) {
    return new V128(SimdSwar.narrowU16(a.low(), a.high()), SimdSwar.narrowU16(b.low(), b.high()));
  }

  /** i16x8.extend_low_i8x16_s: i8 lanes 0-7, sign-extended. */
  public static V128 i16x8ExtendLowI8x16S(V128 a) {
    long x = a.low();
    return new V128(SimdSwar.widenS(x), SimdSwar.widenS(x >>> 32));
  }

  /** i16x8.extend_high_i8x16_s: i8 lanes 8-15, sign-extended. */
  public static V128 i16x8ExtendHighI8x16S(V128 a) {
    long x = a.high();
    return new V128(SimdSwar.widenS(x), SimdSwar.widenS(x >>> 32));
  }

  /** i16x8.extend_low_i8x16_u: i8 lanes 0-7, zero-extended. */
  public static V128 i16x8ExtendLowI8x16U(V128 a) {
    long x = a.low();
    return new V128(SimdSwar.widenU(x), SimdSwar.widenU(x >>> 32));
  }

  /** i16x8.extend_high_i8x16_u: i8 lanes 8-15, zero-extended. */
  public static V128 i16x8ExtendHighI8x16U(V128 a) {
    long x = a.high();
    return new V128(SimdSwar.widenU(x), SimdSwar.widenU(x >>> 32));
  }

  // ---------------------------------------------------------------- i16x8 shifts

  /** i16x8.shl: lane-wise left shift by {@code n} mod 16. */
  public static V128 i16x8Shl(V128 a, int n) {
    return new V128(SimdSwar.shl16(a.low(), n), SimdSwar.shl16(a.high(), n));
  }

  /** i16x8.shr_s: lane-wise arithmetic right shift by {@code n} mod 16. */
  public static V128 i16x8ShrS(V128 a, int n) {
    return new V128(SimdSwar.shrS16(a.low(), n), SimdSwar.shrS16(a.high(), n));
  }

  /** i16x8.shr_u: lane-wise logical right shift by {@code n} mod 16. */
  public static V128 i16x8ShrU(V128 a, int n) {
    return new V128(SimdSwar.shrU16(a.low(), n), SimdSwar.shrU16(a.high(), n));
  }

  // ---------------------------------------------------------------- i16x8 arithmetic

  /** i16x8.add: lane-wise wrapping addition. */
  public static V128 i16x8Add(V128 a, V128 b) {
    return new V128(SimdSwar.add16(a.low(), b.low()), SimdSwar.add16(a.high(), b.high()));
  }

  /** i16x8.add_sat_s: lane-wise signed saturating addition. */
  public static V128 i16x8AddSatS(V128 a, V128 b) {
    return new V128(SimdSwar.addSatS16(a.low(), b.low()), SimdSwar.addSatS16(a.high(), b.high()));
  }

  /** i16x8.add_sat_u: lane-wise unsigned saturating addition. */
  public static V128 i16x8AddSatU(V128 a, V128 b) {
    return new V128(SimdSwar.addSatU16(a.low(), b.low()), SimdSwar.addSatU16(a.high(), b.high()));
  }

  /** i16x8.sub: lane-wise wrapping subtraction. */
  public static V128 i16x8Sub(V128 a, V128 b) {
    return new V128(SimdSwar.sub16(a.low(), b.low()), SimdSwar.sub16(a.high(), b.high()));
  }

  /** i16x8.sub_sat_s: lane-wise signed saturating subtraction. */
  public static V128 i16x8SubSatS(V128 a, V128 b) {
    return new V128(SimdSwar.subSatS16(a.low(), b.low()), SimdSwar.subSatS16(a.high(), b.high()));
  }

  /** i16x8.sub_sat_u: lane-wise unsigned saturating subtraction (0 when {@code a < b}). */
  public static V128 i16x8SubSatU(V128 a, V128 b) {
    return new V128(SimdSwar.subSatU16(a.low(), b.low()), SimdSwar.subSatU16(a.high(), b.high()));
  }

  /** i16x8.mul: lane-wise wrapping multiplication. */
  public static V128 i16x8Mul(V128 a, V128 b) {
    return new V128(SimdSwar.mul16(a.low(), b.low()), SimdSwar.mul16(a.high(), b.high()));
  }

  /** i16x8.min_s: lane-wise signed minimum. */
  public static V128 i16x8MinS(V128 a, V128 b) {
    return new V128(SimdSwar.minS16(a.low(), b.low()), SimdSwar.minS16(a.high(), b.high()));
  }

  /** i16x8.min_u: lane-wise unsigned minimum. */
  public static V128 i16x8MinU(V128 a, V128 b) {
    return new V128(SimdSwar.minU16(a.low(), b.low()), SimdSwar.minU16(a.high(), b.high()));
  }

  /** i16x8.max_s: lane-wise signed maximum. */
  public static V128 i16x8MaxS(V128 a, V128 b) {
    return new V128(SimdSwar.maxS16(a.low(), b.low()), SimdSwar.maxS16(a.high(), b.high()));
  }

  /** i16x8.max_u: lane-wise unsigned maximum. */
  public static V128 i16x8MaxU(V128 a, V128 b) {
    return new V128(SimdSwar.maxU16(a.low(), b.low()), SimdSwar.maxU16(a.high(), b.high()));
  }

  /** i16x8.avgr_u: lane-wise unsigned rounding average {@code (a + b + 1) / 2}. */
  public static V128 i16x8AvgrU(V128 a, V128 b) {
    return new V128(SimdSwar.avgrU16(a.low(), b.low()), SimdSwar.avgrU16(a.high(), b.high()));
  }

  /** i16x8.extmul_low_i8x16_s: signed i8 lanes 0-7 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulLowI8x16S(V128 a, V128 b) {
    return new V128(SimdSwar.extmulS(a.low(), b.low(), 0), SimdSwar.extmulS(a.low(), b.low(), 32));
  }

  /** i16x8.extmul_high_i8x16_s: signed i8 lanes 8-15 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulHighI8x16S(V128 a, V128 b) {
    return new V128(
        SimdSwar.extmulS(a.high(), b.high(), 0), SimdSwar.extmulS(a.high(), b.high(), 32));
  }

  /** i16x8.extmul_low_i8x16_u: unsigned i8 lanes 0-7 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulLowI8x16U(V128 a, V128 b) {
    return new V128(SimdSwar.extmulU(a.low(), b.low(), 0), SimdSwar.extmulU(a.low(), b.low(), 32));
  }

  /** i16x8.extmul_high_i8x16_u: unsigned i8 lanes 8-15 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulHighI8x16U(V128 a, V128 b) {
    return new V128(
        SimdSwar.extmulU(a.high(), b.high(), 0), SimdSwar.extmulU(a.high(), b.high(), 32));
  }
}

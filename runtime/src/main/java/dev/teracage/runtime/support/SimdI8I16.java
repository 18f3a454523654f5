package dev.teracage.runtime.support;

/**
 * The {@code i8x16.*} and {@code i16x8.*} instructions (WebAssembly 2.0 fixed-width SIMD, without
 * the loads and stores of {@link SimdV128}): splat, lane access, shuffle and swizzle, comparisons,
 * lane-wise arithmetic (wrapping and saturating), shifts, narrowing, widening and the extended
 * multiplications and pairwise additions. None traps.
 *
 * <p>Each public method computes the two 64-bit halves of its result with the {@code long} helpers
 * of {@link SimdSwar} (several lanes in one {@code long}, the carries kept inside each lane by
 * masks), so that it stays small enough for HotSpot to inline, and allocates nothing.
 *
 * <p>The calling contract is that of {@link SimdV128}: a {@code v128} operand is two {@code long}
 * parameters, low half first; a {@code v128} result is returned as its low half, the high half
 * written to {@link Context#v128High} of the extra last parameter, so that no helper allocates.
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
  public static long i8x16Splat(int x, Context ctx) {
    long v = (x & 0xFFL) * SimdSwar.ONES8;
    ctx.v128High = v;
    return v;
  }

  /** i16x8.splat: the low 16 bits of {@code x} in every lane. */
  public static long i16x8Splat(int x, Context ctx) {
    long v = (x & 0xFFFFL) * SimdSwar.ONES16;
    ctx.v128High = v;
    return v;
  }

  /** i8x16.extract_lane_s: lane {@code lane}, sign-extended. */
  public static int i8x16ExtractLaneS(long aLow, long aHigh, int lane) {
    // a long shift uses the count mod 64, so lanes 8-15 of the high half need no adjustment
    return (byte) ((lane < 8 ? aLow : aHigh) >>> (lane << 3));
  }

  /** i8x16.extract_lane_u: lane {@code lane}, zero-extended. */
  public static int i8x16ExtractLaneU(long aLow, long aHigh, int lane) {
    return (int) ((lane < 8 ? aLow : aHigh) >>> (lane << 3)) & 0xFF;
  }

  /** i16x8.extract_lane_s: lane {@code lane}, sign-extended. */
  public static int i16x8ExtractLaneS(long aLow, long aHigh, int lane) {
    return (short) ((lane < 4 ? aLow : aHigh) >>> (lane << 4));
  }

  /** i16x8.extract_lane_u: lane {@code lane}, zero-extended. */
  public static int i16x8ExtractLaneU(long aLow, long aHigh, int lane) {
    return (int) ((lane < 4 ? aLow : aHigh) >>> (lane << 4)) & 0xFFFF;
  }

  /** i8x16.replace_lane: {@code a} with lane {@code lane} set to the low 8 bits of {@code x}. */
  public static long i8x16ReplaceLane(long aLow, long aHigh, int x, int lane, Context ctx) {
    ctx.v128High = SimdSwar.put(aHigh, x, lane, 1, 8);
    return SimdSwar.put(aLow, x, lane, 0, 8);
  }

  /** i16x8.replace_lane: {@code a} with lane {@code lane} set to the low 16 bits of {@code x}. */
  public static long i16x8ReplaceLane(long aLow, long aHigh, int x, int lane, Context ctx) {
    ctx.v128High = SimdSwar.put(aHigh, x, lane, 1, 16);
    return SimdSwar.put(aLow, x, lane, 0, 16);
  }

  /**
   * i8x16.shuffle: byte k of the result is byte {@code s} of the 32 bytes {@code a}, {@code b},
   * {@code s} being byte k of the immediates {@code lanesLow}, {@code lanesHigh}.
   */
  public static long i8x16Shuffle(
      long aLow, long aHigh, long bLow, long bHigh, long lanesLow, long lanesHigh, Context ctx) {
    ctx.v128High = SimdSwar.shuffle(aLow, aHigh, bLow, bHigh, lanesHigh);
    return SimdSwar.shuffle(aLow, aHigh, bLow, bHigh, lanesLow);
  }

  /**
   * i8x16.swizzle: byte k of the result is byte {@code s[k]} of {@code a}, 0 if {@code s[k] >= 16}.
   */
  public static long i8x16Swizzle(long aLow, long aHigh, long sLow, long sHigh, Context ctx) {
    ctx.v128High = SimdSwar.swizzle(aLow, aHigh, sHigh);
    return SimdSwar.swizzle(aLow, aHigh, sLow);
  }

  // ---------------------------------------------------------------- i8x16 comparisons

  /** i8x16.eq: lane-wise equality, all ones or all zeros. */
  public static long i8x16Eq(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ne8(aHigh, bHigh);
    return ~SimdSwar.ne8(aLow, bLow);
  }

  /** i8x16.ne: lane-wise inequality. */
  public static long i8x16Ne(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ne8(aHigh, bHigh);
    return SimdSwar.ne8(aLow, bLow);
  }

  /** i8x16.lt_s: lane-wise signed {@code a < b}. */
  public static long i8x16LtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltS8(aHigh, bHigh);
    return SimdSwar.ltS8(aLow, bLow);
  }

  /** i8x16.lt_u: lane-wise unsigned {@code a < b}. */
  public static long i8x16LtU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltU8(aHigh, bHigh);
    return SimdSwar.ltU8(aLow, bLow);
  }

  /** i8x16.gt_s: lane-wise signed {@code a > b}. */
  public static long i8x16GtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltS8(bHigh, aHigh);
    return SimdSwar.ltS8(bLow, aLow);
  }

  /** i8x16.gt_u: lane-wise unsigned {@code a > b}. */
  public static long i8x16GtU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltU8(bHigh, aHigh);
    return SimdSwar.ltU8(bLow, aLow);
  }

  /** i8x16.le_s: lane-wise signed {@code a <= b}. */
  public static long i8x16LeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltS8(bHigh, aHigh);
    return ~SimdSwar.ltS8(bLow, aLow);
  }

  /** i8x16.le_u: lane-wise unsigned {@code a <= b}. */
  public static long i8x16LeU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltU8(bHigh, aHigh);
    return ~SimdSwar.ltU8(bLow, aLow);
  }

  /** i8x16.ge_s: lane-wise signed {@code a >= b}. */
  public static long i8x16GeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltS8(aHigh, bHigh);
    return ~SimdSwar.ltS8(aLow, bLow);
  }

  /** i8x16.ge_u: lane-wise unsigned {@code a >= b}. */
  public static long i8x16GeU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltU8(aHigh, bHigh);
    return ~SimdSwar.ltU8(aLow, bLow);
  }

  // ---------------------------------------------------------------- i16x8 comparisons

  /** i16x8.eq: lane-wise equality, all ones or all zeros. */
  public static long i16x8Eq(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ne16(aHigh, bHigh);
    return ~SimdSwar.ne16(aLow, bLow);
  }

  /** i16x8.ne: lane-wise inequality. */
  public static long i16x8Ne(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ne16(aHigh, bHigh);
    return SimdSwar.ne16(aLow, bLow);
  }

  /** i16x8.lt_s: lane-wise signed {@code a < b}. */
  public static long i16x8LtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltS16(aHigh, bHigh);
    return SimdSwar.ltS16(aLow, bLow);
  }

  /** i16x8.lt_u: lane-wise unsigned {@code a < b}. */
  public static long i16x8LtU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltU16(aHigh, bHigh);
    return SimdSwar.ltU16(aLow, bLow);
  }

  /** i16x8.gt_s: lane-wise signed {@code a > b}. */
  public static long i16x8GtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltS16(bHigh, aHigh);
    return SimdSwar.ltS16(bLow, aLow);
  }

  /** i16x8.gt_u: lane-wise unsigned {@code a > b}. */
  public static long i16x8GtU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.ltU16(bHigh, aHigh);
    return SimdSwar.ltU16(bLow, aLow);
  }

  /** i16x8.le_s: lane-wise signed {@code a <= b}. */
  public static long i16x8LeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltS16(bHigh, aHigh);
    return ~SimdSwar.ltS16(bLow, aLow);
  }

  /** i16x8.le_u: lane-wise unsigned {@code a <= b}. */
  public static long i16x8LeU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltU16(bHigh, aHigh);
    return ~SimdSwar.ltU16(bLow, aLow);
  }

  /** i16x8.ge_s: lane-wise signed {@code a >= b}. */
  public static long i16x8GeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltS16(aHigh, bHigh);
    return ~SimdSwar.ltS16(aLow, bLow);
  }

  /** i16x8.ge_u: lane-wise unsigned {@code a >= b}. */
  public static long i16x8GeU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~SimdSwar.ltU16(aHigh, bHigh);
    return ~SimdSwar.ltU16(aLow, bLow);
  }

  // ---------------------------------------------------------------- i8x16 unary, tests, narrow

  /** i8x16.abs: lane-wise absolute value (-128 stays -128). */
  public static long i8x16Abs(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.abs(aHigh, SimdSwar.H8, 7);
    return SimdSwar.abs(aLow, SimdSwar.H8, 7);
  }

  /** i8x16.neg: lane-wise negation (-128 stays -128). */
  public static long i8x16Neg(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.neg8(aHigh);
    return SimdSwar.neg8(aLow);
  }

  /** i8x16.popcnt: lane-wise count of one bits. */
  public static long i8x16Popcnt(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.popcnt8(aHigh);
    return SimdSwar.popcnt8(aLow);
  }

  /** i8x16.all_true: 1 if every lane is non-zero, else 0. */
  public static int i8x16AllTrue(long aLow, long aHigh) {
    return (SimdSwar.nonZero8(aLow) & SimdSwar.nonZero8(aHigh)) == SimdSwar.H8 ? 1 : 0;
  }

  /** i8x16.bitmask: bit k of the result is the top bit of lane k. */
  public static int i8x16Bitmask(long aLow, long aHigh) {
    return SimdSwar.bitmask8(aLow) | SimdSwar.bitmask8(aHigh) << 8;
  }

  /** i8x16.narrow_i16x8_s: the i16 lanes of {@code a} then {@code b}, signed saturated to i8. */
  public static long i8x16NarrowI16x8S(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.narrowS8(bLow, bHigh);
    return SimdSwar.narrowS8(aLow, aHigh);
  }

  /** i8x16.narrow_i16x8_u: the signed i16 lanes of {@code a} then {@code b}, saturated to u8. */
  public static long i8x16NarrowI16x8U(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.narrowU8(bLow, bHigh);
    return SimdSwar.narrowU8(aLow, aHigh);
  }

  // ---------------------------------------------------------------- i8x16 shifts

  /** i8x16.shl: lane-wise left shift by {@code n} mod 8. */
  public static long i8x16Shl(long aLow, long aHigh, int n, Context ctx) {
    ctx.v128High = SimdSwar.shl8(aHigh, n);
    return SimdSwar.shl8(aLow, n);
  }

  /** i8x16.shr_s: lane-wise arithmetic right shift by {@code n} mod 8. */
  public static long i8x16ShrS(long aLow, long aHigh, int n, Context ctx) {
    ctx.v128High = SimdSwar.shrS8(aHigh, n);
    return SimdSwar.shrS8(aLow, n);
  }

  /** i8x16.shr_u: lane-wise logical right shift by {@code n} mod 8. */
  public static long i8x16ShrU(long aLow, long aHigh, int n, Context ctx) {
    ctx.v128High = SimdSwar.shrU8(aHigh, n);
    return SimdSwar.shrU8(aLow, n);
  }

  // ---------------------------------------------------------------- i8x16 arithmetic

  /** i8x16.add: lane-wise wrapping addition. */
  public static long i8x16Add(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.add8(aHigh, bHigh);
    return SimdSwar.add8(aLow, bLow);
  }

  /** i8x16.add_sat_s: lane-wise signed saturating addition. */
  public static long i8x16AddSatS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.addSatS(aHigh, bHigh, SimdSwar.H8, 7);
    return SimdSwar.addSatS(aLow, bLow, SimdSwar.H8, 7);
  }

  /** i8x16.add_sat_u: lane-wise unsigned saturating addition. */
  public static long i8x16AddSatU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.addSatU(aHigh, bHigh, SimdSwar.H8, 7);
    return SimdSwar.addSatU(aLow, bLow, SimdSwar.H8, 7);
  }

  /** i8x16.sub: lane-wise wrapping subtraction. */
  public static long i8x16Sub(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.sub8(aHigh, bHigh);
    return SimdSwar.sub8(aLow, bLow);
  }

  /** i8x16.sub_sat_s: lane-wise signed saturating subtraction. */
  public static long i8x16SubSatS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.subSatS(aHigh, bHigh, SimdSwar.H8, 7);
    return SimdSwar.subSatS(aLow, bLow, SimdSwar.H8, 7);
  }

  /** i8x16.sub_sat_u: lane-wise unsigned saturating subtraction (0 when {@code a < b}). */
  public static long i8x16SubSatU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.subSatU(aHigh, bHigh, SimdSwar.H8, 7);
    return SimdSwar.subSatU(aLow, bLow, SimdSwar.H8, 7);
  }

  /** i8x16.min_s: lane-wise signed minimum. */
  public static long i8x16MinS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.minS8(aHigh, bHigh);
    return SimdSwar.minS8(aLow, bLow);
  }

  /** i8x16.min_u: lane-wise unsigned minimum. */
  public static long i8x16MinU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.minU8(aHigh, bHigh);
    return SimdSwar.minU8(aLow, bLow);
  }

  /** i8x16.max_s: lane-wise signed maximum. */
  public static long i8x16MaxS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.maxS8(aHigh, bHigh);
    return SimdSwar.maxS8(aLow, bLow);
  }

  /** i8x16.max_u: lane-wise unsigned maximum. */
  public static long i8x16MaxU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.maxU8(aHigh, bHigh);
    return SimdSwar.maxU8(aLow, bLow);
  }

  /** i8x16.avgr_u: lane-wise unsigned rounding average {@code (a + b + 1) / 2}. */
  public static long i8x16AvgrU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.avgrU(aHigh, bHigh, SimdSwar.H8);
    return SimdSwar.avgrU(aLow, bLow, SimdSwar.H8);
  }

  // ---------------------------------------------------------------- i16x8 unary, tests, narrow

  /** i16x8.extadd_pairwise_i8x16_s: lane k is the sum of signed i8 lanes 2k and 2k+1. */
  public static long i16x8ExtaddPairwiseI8x16S(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.extaddS(aHigh);
    return SimdSwar.extaddS(aLow);
  }

  /** i16x8.extadd_pairwise_i8x16_u: lane k is the sum of unsigned i8 lanes 2k and 2k+1. */
  public static long i16x8ExtaddPairwiseI8x16U(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.extaddU(aHigh);
    return SimdSwar.extaddU(aLow);
  }

  /** i16x8.abs: lane-wise absolute value (-32768 stays -32768). */
  public static long i16x8Abs(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.abs(aHigh, SimdSwar.H16, 15);
    return SimdSwar.abs(aLow, SimdSwar.H16, 15);
  }

  /** i16x8.neg: lane-wise negation (-32768 stays -32768). */
  public static long i16x8Neg(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.neg16(aHigh);
    return SimdSwar.neg16(aLow);
  }

  /**
   * i16x8.q15mulr_sat_s: lane-wise Q15 rounding multiplication, {@code (a * b + 2^14) >> 15}
   * saturated.
   */
  public static long i16x8Q15mulrSatS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.q15mulr(aHigh, bHigh);
    return SimdSwar.q15mulr(aLow, bLow);
  }

  /** i16x8.all_true: 1 if every lane is non-zero, else 0. */
  public static int i16x8AllTrue(long aLow, long aHigh) {
    return (SimdSwar.nonZero16(aLow) & SimdSwar.nonZero16(aHigh)) == SimdSwar.H16 ? 1 : 0;
  }

  /** i16x8.bitmask: bit k of the result is the top bit of lane k. */
  public static int i16x8Bitmask(long aLow, long aHigh) {
    return SimdSwar.bitmask16(aLow) | SimdSwar.bitmask16(aHigh) << 4;
  }

  /** i16x8.narrow_i32x4_s: the i32 lanes of {@code a} then {@code b}, signed saturated to i16. */
  public static long i16x8NarrowI32x4S(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.narrowS16(bLow, bHigh);
    return SimdSwar.narrowS16(aLow, aHigh);
  }

  /** i16x8.narrow_i32x4_u: the signed i32 lanes of {@code a} then {@code b}, saturated to u16. */
  public static long i16x8NarrowI32x4U(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.narrowU16(bLow, bHigh);
    return SimdSwar.narrowU16(aLow, aHigh);
  }

  /** i16x8.extend_low_i8x16_s: i8 lanes 0-7, sign-extended. */
  public static long i16x8ExtendLowI8x16S(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.widenS(aLow >>> 32);
    return SimdSwar.widenS(aLow);
  }

  /** i16x8.extend_high_i8x16_s: i8 lanes 8-15, sign-extended. */
  public static long i16x8ExtendHighI8x16S(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.widenS(aHigh >>> 32);
    return SimdSwar.widenS(aHigh);
  }

  /** i16x8.extend_low_i8x16_u: i8 lanes 0-7, zero-extended. */
  public static long i16x8ExtendLowI8x16U(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.widenU(aLow >>> 32);
    return SimdSwar.widenU(aLow);
  }

  /** i16x8.extend_high_i8x16_u: i8 lanes 8-15, zero-extended. */
  public static long i16x8ExtendHighI8x16U(long aLow, long aHigh, Context ctx) {
    ctx.v128High = SimdSwar.widenU(aHigh >>> 32);
    return SimdSwar.widenU(aHigh);
  }

  // ---------------------------------------------------------------- i16x8 shifts

  /** i16x8.shl: lane-wise left shift by {@code n} mod 16. */
  public static long i16x8Shl(long aLow, long aHigh, int n, Context ctx) {
    ctx.v128High = SimdSwar.shl16(aHigh, n);
    return SimdSwar.shl16(aLow, n);
  }

  /** i16x8.shr_s: lane-wise arithmetic right shift by {@code n} mod 16. */
  public static long i16x8ShrS(long aLow, long aHigh, int n, Context ctx) {
    ctx.v128High = SimdSwar.shrS16(aHigh, n);
    return SimdSwar.shrS16(aLow, n);
  }

  /** i16x8.shr_u: lane-wise logical right shift by {@code n} mod 16. */
  public static long i16x8ShrU(long aLow, long aHigh, int n, Context ctx) {
    ctx.v128High = SimdSwar.shrU16(aHigh, n);
    return SimdSwar.shrU16(aLow, n);
  }

  // ---------------------------------------------------------------- i16x8 arithmetic

  /** i16x8.add: lane-wise wrapping addition. */
  public static long i16x8Add(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.add16(aHigh, bHigh);
    return SimdSwar.add16(aLow, bLow);
  }

  /** i16x8.add_sat_s: lane-wise signed saturating addition. */
  public static long i16x8AddSatS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.addSatS(aHigh, bHigh, SimdSwar.H16, 15);
    return SimdSwar.addSatS(aLow, bLow, SimdSwar.H16, 15);
  }

  /** i16x8.add_sat_u: lane-wise unsigned saturating addition. */
  public static long i16x8AddSatU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.addSatU(aHigh, bHigh, SimdSwar.H16, 15);
    return SimdSwar.addSatU(aLow, bLow, SimdSwar.H16, 15);
  }

  /** i16x8.sub: lane-wise wrapping subtraction. */
  public static long i16x8Sub(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.sub16(aHigh, bHigh);
    return SimdSwar.sub16(aLow, bLow);
  }

  /** i16x8.sub_sat_s: lane-wise signed saturating subtraction. */
  public static long i16x8SubSatS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.subSatS(aHigh, bHigh, SimdSwar.H16, 15);
    return SimdSwar.subSatS(aLow, bLow, SimdSwar.H16, 15);
  }

  /** i16x8.sub_sat_u: lane-wise unsigned saturating subtraction (0 when {@code a < b}). */
  public static long i16x8SubSatU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.subSatU(aHigh, bHigh, SimdSwar.H16, 15);
    return SimdSwar.subSatU(aLow, bLow, SimdSwar.H16, 15);
  }

  /** i16x8.mul: lane-wise wrapping multiplication. */
  public static long i16x8Mul(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.mul16(aHigh, bHigh);
    return SimdSwar.mul16(aLow, bLow);
  }

  /** i16x8.min_s: lane-wise signed minimum. */
  public static long i16x8MinS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.minS16(aHigh, bHigh);
    return SimdSwar.minS16(aLow, bLow);
  }

  /** i16x8.min_u: lane-wise unsigned minimum. */
  public static long i16x8MinU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.minU16(aHigh, bHigh);
    return SimdSwar.minU16(aLow, bLow);
  }

  /** i16x8.max_s: lane-wise signed maximum. */
  public static long i16x8MaxS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.maxS16(aHigh, bHigh);
    return SimdSwar.maxS16(aLow, bLow);
  }

  /** i16x8.max_u: lane-wise unsigned maximum. */
  public static long i16x8MaxU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.maxU16(aHigh, bHigh);
    return SimdSwar.maxU16(aLow, bLow);
  }

  /** i16x8.avgr_u: lane-wise unsigned rounding average {@code (a + b + 1) / 2}. */
  public static long i16x8AvgrU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.avgrU(aHigh, bHigh, SimdSwar.H16);
    return SimdSwar.avgrU(aLow, bLow, SimdSwar.H16);
  }

  /** i16x8.extmul_low_i8x16_s: signed i8 lanes 0-7 of {@code a} times those of {@code b}. */
  public static long i16x8ExtmulLowI8x16S(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.extmulS(aLow >>> 32, bLow >>> 32);
    return SimdSwar.extmulS(aLow, bLow);
  }

  /** i16x8.extmul_high_i8x16_s: signed i8 lanes 8-15 of {@code a} times those of {@code b}. */
  public static long i16x8ExtmulHighI8x16S(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.extmulS(aHigh >>> 32, bHigh >>> 32);
    return SimdSwar.extmulS(aHigh, bHigh);
  }

  /** i16x8.extmul_low_i8x16_u: unsigned i8 lanes 0-7 of {@code a} times those of {@code b}. */
  public static long i16x8ExtmulLowI8x16U(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.extmulU(aLow >>> 32, bLow >>> 32);
    return SimdSwar.extmulU(aLow, bLow);
  }

  /** i16x8.extmul_high_i8x16_u: unsigned i8 lanes 8-15 of {@code a} times those of {@code b}. */
  public static long i16x8ExtmulHighI8x16U(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = SimdSwar.extmulU(aHigh >>> 32, bHigh >>> 32);
    return SimdSwar.extmulU(aHigh, bHigh);
  }
}

package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;

/**
 * The {@code i8x16.*} and {@code i16x8.*} instructions (WebAssembly 2.0 fixed-width SIMD, without
 * the loads and stores of {@link SimdV128}): splat, lane access, shuffle and swizzle, comparisons,
 * lane-wise arithmetic (wrapping and saturating), shifts, narrowing, widening and the extended
 * multiplications and pairwise additions. None traps.
 *
 * <p>Each public method computes the two 64-bit halves of its result with private {@code long}
 * helpers (SWAR: several lanes in one {@code long}, the carries kept inside each lane by masks) and
 * allocates only the result, so that it stays small enough for HotSpot to inline.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions">
 *     Vector instructions</a>
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class SimdI8I16 {
  /** The top bit of every i8 lane. */
  private static final long H8 = 0x8080_8080_8080_8080L;

  /** The top bit of every i16 lane. */
  private static final long H16 = 0x8000_8000_8000_8000L;

  /** 1 in every i8 lane. */
  private static final long ONES8 = 0x0101_0101_0101_0101L;

  /** 1 in every i16 lane. */
  private static final long ONES16 = 0x0001_0001_0001_0001L;

  /** The low byte of every i16 lane. */
  private static final long LOW_BYTES = 0x00FF_00FF_00FF_00FFL;

  private SimdI8I16() {}

  // ---------------------------------------------------------------- splat, lanes, shuffles

  /** i8x16.splat: the low 8 bits of {@code x} in every lane. */
  public static V128 i8x16Splat(int x) {
    long v = (x & 0xFFL) * ONES8;
    return new V128(v, v);
  }

  /** i16x8.splat: the low 16 bits of {@code x} in every lane. */
  public static V128 i16x8Splat(int x) {
    long v = (x & 0xFFFFL) * ONES16;
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
    return new V128(put(a.low(), x, lane, 0, 8), put(a.high(), x, lane, 1, 8));
  }

  /** i16x8.replace_lane: {@code a} with lane {@code lane} set to the low 16 bits of {@code x}. */
  public static V128 i16x8ReplaceLane(V128 a, int x, int lane) {
    return new V128(put(a.low(), x, lane, 0, 16), put(a.high(), x, lane, 1, 16));
  }

  /**
   * i8x16.shuffle: byte k of the result is byte {@code s} of the 32 bytes {@code a}, {@code b},
   * {@code s} being byte k of the immediates {@code lanesLow}, {@code lanesHigh}.
   */
  public static V128 i8x16Shuffle(V128 a, V128 b, long lanesLow, long lanesHigh) {
    return new V128(shuffle(a, b, lanesLow), shuffle(a, b, lanesHigh));
  }

  /**
   * i8x16.swizzle: byte k of the result is byte {@code s[k]} of {@code a}, 0 if {@code s[k] >= 16}.
   */
  public static V128 i8x16Swizzle(V128 a, V128 s) {
    return new V128(swizzle(a, s.low()), swizzle(a, s.high()));
  }

  // ---------------------------------------------------------------- i8x16 comparisons

  /** i8x16.eq: lane-wise equality, all ones or all zeros. */
  public static V128 i8x16Eq(V128 a, V128 b) {
    return new V128(eq8(a.low(), b.low()), eq8(a.high(), b.high()));
  }

  /** i8x16.ne: lane-wise inequality. */
  public static V128 i8x16Ne(V128 a, V128 b) {
    return new V128(ne8(a.low(), b.low()), ne8(a.high(), b.high()));
  }

  /** i8x16.lt_s: lane-wise signed {@code a < b}. */
  public static V128 i8x16LtS(V128 a, V128 b) {
    return new V128(ltS8(a.low(), b.low()), ltS8(a.high(), b.high()));
  }

  /** i8x16.lt_u: lane-wise unsigned {@code a < b}. */
  public static V128 i8x16LtU(V128 a, V128 b) {
    return new V128(ltU8(a.low(), b.low()), ltU8(a.high(), b.high()));
  }

  /** i8x16.gt_s: lane-wise signed {@code a > b}. */
  public static V128 i8x16GtS(V128 a, V128 b) {
    return new V128(ltS8(b.low(), a.low()), ltS8(b.high(), a.high()));
  }

  /** i8x16.gt_u: lane-wise unsigned {@code a > b}. */
  public static V128 i8x16GtU(V128 a, V128 b) {
    return new V128(ltU8(b.low(), a.low()), ltU8(b.high(), a.high()));
  }

  /** i8x16.le_s: lane-wise signed {@code a <= b}. */
  public static V128 i8x16LeS(V128 a, V128 b) {
    return new V128(geS8(b.low(), a.low()), geS8(b.high(), a.high()));
  }

  /** i8x16.le_u: lane-wise unsigned {@code a <= b}. */
  public static V128 i8x16LeU(V128 a, V128 b) {
    return new V128(geU8(b.low(), a.low()), geU8(b.high(), a.high()));
  }

  /** i8x16.ge_s: lane-wise signed {@code a >= b}. */
  public static V128 i8x16GeS(V128 a, V128 b) {
    return new V128(geS8(a.low(), b.low()), geS8(a.high(), b.high()));
  }

  /** i8x16.ge_u: lane-wise unsigned {@code a >= b}. */
  public static V128 i8x16GeU(V128 a, V128 b) {
    return new V128(geU8(a.low(), b.low()), geU8(a.high(), b.high()));
  }

  // ---------------------------------------------------------------- i16x8 comparisons

  /** i16x8.eq: lane-wise equality, all ones or all zeros. */
  public static V128 i16x8Eq(V128 a, V128 b) {
    return new V128(eq16(a.low(), b.low()), eq16(a.high(), b.high()));
  }

  /** i16x8.ne: lane-wise inequality. */
  public static V128 i16x8Ne(V128 a, V128 b) {
    return new V128(ne16(a.low(), b.low()), ne16(a.high(), b.high()));
  }

  /** i16x8.lt_s: lane-wise signed {@code a < b}. */
  public static V128 i16x8LtS(V128 a, V128 b) {
    return new V128(ltS16(a.low(), b.low()), ltS16(a.high(), b.high()));
  }

  /** i16x8.lt_u: lane-wise unsigned {@code a < b}. */
  public static V128 i16x8LtU(V128 a, V128 b) {
    return new V128(ltU16(a.low(), b.low()), ltU16(a.high(), b.high()));
  }

  /** i16x8.gt_s: lane-wise signed {@code a > b}. */
  public static V128 i16x8GtS(V128 a, V128 b) {
    return new V128(ltS16(b.low(), a.low()), ltS16(b.high(), a.high()));
  }

  /** i16x8.gt_u: lane-wise unsigned {@code a > b}. */
  public static V128 i16x8GtU(V128 a, V128 b) {
    return new V128(ltU16(b.low(), a.low()), ltU16(b.high(), a.high()));
  }

  /** i16x8.le_s: lane-wise signed {@code a <= b}. */
  public static V128 i16x8LeS(V128 a, V128 b) {
    return new V128(geS16(b.low(), a.low()), geS16(b.high(), a.high()));
  }

  /** i16x8.le_u: lane-wise unsigned {@code a <= b}. */
  public static V128 i16x8LeU(V128 a, V128 b) {
    return new V128(geU16(b.low(), a.low()), geU16(b.high(), a.high()));
  }

  /** i16x8.ge_s: lane-wise signed {@code a >= b}. */
  public static V128 i16x8GeS(V128 a, V128 b) {
    return new V128(geS16(a.low(), b.low()), geS16(a.high(), b.high()));
  }

  /** i16x8.ge_u: lane-wise unsigned {@code a >= b}. */
  public static V128 i16x8GeU(V128 a, V128 b) {
    return new V128(geU16(a.low(), b.low()), geU16(a.high(), b.high()));
  }

  // ---------------------------------------------------------------- i8x16 unary, tests, narrow

  /** i8x16.abs: lane-wise absolute value (-128 stays -128). */
  public static V128 i8x16Abs(V128 a) {
    return new V128(abs8(a.low()), abs8(a.high()));
  }

  /** i8x16.neg: lane-wise negation (-128 stays -128). */
  public static V128 i8x16Neg(V128 a) {
    return new V128(neg8(a.low()), neg8(a.high()));
  }

  /** i8x16.popcnt: lane-wise count of one bits. */
  public static V128 i8x16Popcnt(V128 a) {
    return new V128(popcnt8(a.low()), popcnt8(a.high()));
  }

  /** i8x16.all_true: 1 if every lane is non-zero, else 0. */
  public static int i8x16AllTrue(V128 a) {
    return (nonZero8(a.low()) & nonZero8(a.high())) == H8 ? 1 : 0;
  }

  /** i8x16.bitmask: bit k of the result is the top bit of lane k. */
  public static int i8x16Bitmask(V128 a) {
    return bitmask8(a.low()) | bitmask8(a.high()) << 8;
  }

  /** i8x16.narrow_i16x8_s: the i16 lanes of {@code a} then {@code b}, signed saturated to i8. */
  public static V128 i8x16NarrowI16x8S(V128 a, V128 b) {
    return new V128(narrowS8(a.low(), a.high()), narrowS8(b.low(), b.high()));
  }

  /** i8x16.narrow_i16x8_u: the signed i16 lanes of {@code a} then {@code b}, saturated to u8. */
  public static V128 i8x16NarrowI16x8U(V128 a, V128 b) {
    return new V128(narrowU8(a.low(), a.high()), narrowU8(b.low(), b.high()));
  }

  // ---------------------------------------------------------------- i8x16 shifts

  /** i8x16.shl: lane-wise left shift by {@code n} mod 8. */
  public static V128 i8x16Shl(V128 a, int n) {
    return new V128(shl8(a.low(), n), shl8(a.high(), n));
  }

  /** i8x16.shr_s: lane-wise arithmetic right shift by {@code n} mod 8. */
  public static V128 i8x16ShrS(V128 a, int n) {
    return new V128(shrS8(a.low(), n), shrS8(a.high(), n));
  }

  /** i8x16.shr_u: lane-wise logical right shift by {@code n} mod 8. */
  public static V128 i8x16ShrU(V128 a, int n) {
    return new V128(shrU8(a.low(), n), shrU8(a.high(), n));
  }

  // ---------------------------------------------------------------- i8x16 arithmetic

  /** i8x16.add: lane-wise wrapping addition. */
  public static V128 i8x16Add(V128 a, V128 b) {
    return new V128(add8(a.low(), b.low()), add8(a.high(), b.high()));
  }

  /** i8x16.add_sat_s: lane-wise signed saturating addition. */
  public static V128 i8x16AddSatS(V128 a, V128 b) {
    return new V128(addSatS8(a.low(), b.low()), addSatS8(a.high(), b.high()));
  }

  /** i8x16.add_sat_u: lane-wise unsigned saturating addition. */
  public static V128 i8x16AddSatU(V128 a, V128 b) {
    return new V128(addSatU8(a.low(), b.low()), addSatU8(a.high(), b.high()));
  }

  /** i8x16.sub: lane-wise wrapping subtraction. */
  public static V128 i8x16Sub(V128 a, V128 b) {
    return new V128(sub8(a.low(), b.low()), sub8(a.high(), b.high()));
  }

  /** i8x16.sub_sat_s: lane-wise signed saturating subtraction. */
  public static V128 i8x16SubSatS(V128 a, V128 b) {
    return new V128(subSatS8(a.low(), b.low()), subSatS8(a.high(), b.high()));
  }

  /** i8x16.sub_sat_u: lane-wise unsigned saturating subtraction (0 when {@code a < b}). */
  public static V128 i8x16SubSatU(V128 a, V128 b) {
    return new V128(subSatU8(a.low(), b.low()), subSatU8(a.high(), b.high()));
  }

  /** i8x16.min_s: lane-wise signed minimum. */
  public static V128 i8x16MinS(V128 a, V128 b) {
    return new V128(minS8(a.low(), b.low()), minS8(a.high(), b.high()));
  }

  /** i8x16.min_u: lane-wise unsigned minimum. */
  public static V128 i8x16MinU(V128 a, V128 b) {
    return new V128(minU8(a.low(), b.low()), minU8(a.high(), b.high()));
  }

  /** i8x16.max_s: lane-wise signed maximum. */
  public static V128 i8x16MaxS(V128 a, V128 b) {
    return new V128(maxS8(a.low(), b.low()), maxS8(a.high(), b.high()));
  }

  /** i8x16.max_u: lane-wise unsigned maximum. */
  public static V128 i8x16MaxU(V128 a, V128 b) {
    return new V128(maxU8(a.low(), b.low()), maxU8(a.high(), b.high()));
  }

  /** i8x16.avgr_u: lane-wise unsigned rounding average {@code (a + b + 1) / 2}. */
  public static V128 i8x16AvgrU(V128 a, V128 b) {
    return new V128(avgrU8(a.low(), b.low()), avgrU8(a.high(), b.high()));
  }

  // ---------------------------------------------------------------- i16x8 unary, tests, narrow

  /** i16x8.extadd_pairwise_i8x16_s: lane k is the sum of signed i8 lanes 2k and 2k+1. */
  public static V128 i16x8ExtaddPairwiseI8x16S(V128 a) {
    return new V128(extaddS(a.low()), extaddS(a.high()));
  }

  /** i16x8.extadd_pairwise_i8x16_u: lane k is the sum of unsigned i8 lanes 2k and 2k+1. */
  public static V128 i16x8ExtaddPairwiseI8x16U(V128 a) {
    return new V128(extaddU(a.low()), extaddU(a.high()));
  }

  /** i16x8.abs: lane-wise absolute value (-32768 stays -32768). */
  public static V128 i16x8Abs(V128 a) {
    return new V128(abs16(a.low()), abs16(a.high()));
  }

  /** i16x8.neg: lane-wise negation (-32768 stays -32768). */
  public static V128 i16x8Neg(V128 a) {
    return new V128(neg16(a.low()), neg16(a.high()));
  }

  /**
   * i16x8.q15mulr_sat_s: lane-wise Q15 rounding multiplication, {@code (a * b + 2^14) >> 15}
   * saturated.
   */
  public static V128 i16x8Q15mulrSatS(V128 a, V128 b) {
    return new V128(q15mulr(a.low(), b.low()), q15mulr(a.high(), b.high()));
  }

  /** i16x8.all_true: 1 if every lane is non-zero, else 0. */
  public static int i16x8AllTrue(V128 a) {
    return (nonZero16(a.low()) & nonZero16(a.high())) == H16 ? 1 : 0;
  }

  /** i16x8.bitmask: bit k of the result is the top bit of lane k. */
  public static int i16x8Bitmask(V128 a) {
    return bitmask16(a.low()) | bitmask16(a.high()) << 4;
  }

  /** i16x8.narrow_i32x4_s: the i32 lanes of {@code a} then {@code b}, signed saturated to i16. */
  public static V128 i16x8NarrowI32x4S(V128 a, V128 b) {
    return new V128(narrowS16(a.low(), a.high()), narrowS16(b.low(), b.high()));
  }

  /** i16x8.narrow_i32x4_u: the signed i32 lanes of {@code a} then {@code b}, saturated to u16. */
  public static V128 i16x8NarrowI32x4U(V128 a, V128 b) {
    return new V128(narrowU16(a.low(), a.high()), narrowU16(b.low(), b.high()));
  }

  /** i16x8.extend_low_i8x16_s: i8 lanes 0-7, sign-extended. */
  public static V128 i16x8ExtendLowI8x16S(V128 a) {
    long x = a.low();
    return new V128(widenS(x), widenS(x >>> 32));
  }

  /** i16x8.extend_high_i8x16_s: i8 lanes 8-15, sign-extended. */
  public static V128 i16x8ExtendHighI8x16S(V128 a) {
    long x = a.high();
    return new V128(widenS(x), widenS(x >>> 32));
  }

  /** i16x8.extend_low_i8x16_u: i8 lanes 0-7, zero-extended. */
  public static V128 i16x8ExtendLowI8x16U(V128 a) {
    long x = a.low();
    return new V128(widenU(x), widenU(x >>> 32));
  }

  /** i16x8.extend_high_i8x16_u: i8 lanes 8-15, zero-extended. */
  public static V128 i16x8ExtendHighI8x16U(V128 a) {
    long x = a.high();
    return new V128(widenU(x), widenU(x >>> 32));
  }

  // ---------------------------------------------------------------- i16x8 shifts

  /** i16x8.shl: lane-wise left shift by {@code n} mod 16. */
  public static V128 i16x8Shl(V128 a, int n) {
    return new V128(shl16(a.low(), n), shl16(a.high(), n));
  }

  /** i16x8.shr_s: lane-wise arithmetic right shift by {@code n} mod 16. */
  public static V128 i16x8ShrS(V128 a, int n) {
    return new V128(shrS16(a.low(), n), shrS16(a.high(), n));
  }

  /** i16x8.shr_u: lane-wise logical right shift by {@code n} mod 16. */
  public static V128 i16x8ShrU(V128 a, int n) {
    return new V128(shrU16(a.low(), n), shrU16(a.high(), n));
  }

  // ---------------------------------------------------------------- i16x8 arithmetic

  /** i16x8.add: lane-wise wrapping addition. */
  public static V128 i16x8Add(V128 a, V128 b) {
    return new V128(add16(a.low(), b.low()), add16(a.high(), b.high()));
  }

  /** i16x8.add_sat_s: lane-wise signed saturating addition. */
  public static V128 i16x8AddSatS(V128 a, V128 b) {
    return new V128(addSatS16(a.low(), b.low()), addSatS16(a.high(), b.high()));
  }

  /** i16x8.add_sat_u: lane-wise unsigned saturating addition. */
  public static V128 i16x8AddSatU(V128 a, V128 b) {
    return new V128(addSatU16(a.low(), b.low()), addSatU16(a.high(), b.high()));
  }

  /** i16x8.sub: lane-wise wrapping subtraction. */
  public static V128 i16x8Sub(V128 a, V128 b) {
    return new V128(sub16(a.low(), b.low()), sub16(a.high(), b.high()));
  }

  /** i16x8.sub_sat_s: lane-wise signed saturating subtraction. */
  public static V128 i16x8SubSatS(V128 a, V128 b) {
    return new V128(subSatS16(a.low(), b.low()), subSatS16(a.high(), b.high()));
  }

  /** i16x8.sub_sat_u: lane-wise unsigned saturating subtraction (0 when {@code a < b}). */
  public static V128 i16x8SubSatU(V128 a, V128 b) {
    return new V128(subSatU16(a.low(), b.low()), subSatU16(a.high(), b.high()));
  }

  /** i16x8.mul: lane-wise wrapping multiplication. */
  public static V128 i16x8Mul(V128 a, V128 b) {
    return new V128(mul16(a.low(), b.low()), mul16(a.high(), b.high()));
  }

  /** i16x8.min_s: lane-wise signed minimum. */
  public static V128 i16x8MinS(V128 a, V128 b) {
    return new V128(minS16(a.low(), b.low()), minS16(a.high(), b.high()));
  }

  /** i16x8.min_u: lane-wise unsigned minimum. */
  public static V128 i16x8MinU(V128 a, V128 b) {
    return new V128(minU16(a.low(), b.low()), minU16(a.high(), b.high()));
  }

  /** i16x8.max_s: lane-wise signed maximum. */
  public static V128 i16x8MaxS(V128 a, V128 b) {
    return new V128(maxS16(a.low(), b.low()), maxS16(a.high(), b.high()));
  }

  /** i16x8.max_u: lane-wise unsigned maximum. */
  public static V128 i16x8MaxU(V128 a, V128 b) {
    return new V128(maxU16(a.low(), b.low()), maxU16(a.high(), b.high()));
  }

  /** i16x8.avgr_u: lane-wise unsigned rounding average {@code (a + b + 1) / 2}. */
  public static V128 i16x8AvgrU(V128 a, V128 b) {
    return new V128(avgrU16(a.low(), b.low()), avgrU16(a.high(), b.high()));
  }

  /** i16x8.extmul_low_i8x16_s: signed i8 lanes 0-7 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulLowI8x16S(V128 a, V128 b) {
    return new V128(extmulS(a.low(), b.low(), 0), extmulS(a.low(), b.low(), 32));
  }

  /** i16x8.extmul_high_i8x16_s: signed i8 lanes 8-15 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulHighI8x16S(V128 a, V128 b) {
    return new V128(extmulS(a.high(), b.high(), 0), extmulS(a.high(), b.high(), 32));
  }

  /** i16x8.extmul_low_i8x16_u: unsigned i8 lanes 0-7 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulLowI8x16U(V128 a, V128 b) {
    return new V128(extmulU(a.low(), b.low(), 0), extmulU(a.low(), b.low(), 32));
  }

  /** i16x8.extmul_high_i8x16_u: unsigned i8 lanes 8-15 of {@code a} times those of {@code b}. */
  public static V128 i16x8ExtmulHighI8x16U(V128 a, V128 b) {
    return new V128(extmulU(a.high(), b.high(), 0), extmulU(a.high(), b.high(), 32));
  }

  // ---------------------------------------------------------------- half helpers (SWAR)
  // In the generic helpers, hi is H8 or H16 (the top bit of each lane) and top is 7 or 15 (its
  // position within the lane). Comparisons give lane masks: all bits of a lane set or clear.

  // The generic helpers below for i8 lanes (H8, 7) and for i16 lanes (H16, 15).

  private static long add8(long a, long b) {
    return add(a, b, H8);
  }

  private static long add16(long a, long b) {
    return add(a, b, H16);
  }

  private static long sub8(long a, long b) {
    return sub(a, b, H8);
  }

  private static long sub16(long a, long b) {
    return sub(a, b, H16);
  }

  private static long neg8(long a) {
    return sub(0, a, H8);
  }

  private static long neg16(long a) {
    return sub(0, a, H16);
  }

  private static long addSatS8(long a, long b) {
    return addSatS(a, b, H8, 7);
  }

  private static long addSatS16(long a, long b) {
    return addSatS(a, b, H16, 15);
  }

  private static long addSatU8(long a, long b) {
    return addSatU(a, b, H8, 7);
  }

  private static long addSatU16(long a, long b) {
    return addSatU(a, b, H16, 15);
  }

  private static long subSatS8(long a, long b) {
    return subSatS(a, b, H8, 7);
  }

  private static long subSatS16(long a, long b) {
    return subSatS(a, b, H16, 15);
  }

  private static long subSatU8(long a, long b) {
    return subSatU(a, b, H8, 7);
  }

  private static long subSatU16(long a, long b) {
    return subSatU(a, b, H16, 15);
  }

  private static long minS8(long a, long b) {
    return minS(a, b, H8, 7);
  }

  private static long minS16(long a, long b) {
    return minS(a, b, H16, 15);
  }

  private static long minU8(long a, long b) {
    return minU(a, b, H8, 7);
  }

  private static long minU16(long a, long b) {
    return minU(a, b, H16, 15);
  }

  private static long maxS8(long a, long b) {
    return maxS(a, b, H8, 7);
  }

  private static long maxS16(long a, long b) {
    return maxS(a, b, H16, 15);
  }

  private static long maxU8(long a, long b) {
    return maxU(a, b, H8, 7);
  }

  private static long maxU16(long a, long b) {
    return maxU(a, b, H16, 15);
  }

  private static long avgrU8(long a, long b) {
    return avgrU(a, b, H8);
  }

  private static long avgrU16(long a, long b) {
    return avgrU(a, b, H16);
  }

  private static long abs8(long a) {
    return abs(a, H8, 7);
  }

  private static long abs16(long a) {
    return abs(a, H16, 15);
  }

  private static long nonZero8(long a) {
    return nonZero(a, H8);
  }

  private static long nonZero16(long a) {
    return nonZero(a, H16);
  }

  /** Lane-wise a + b: the low bits add without crossing lanes, the top bits are xor-ed in. */
  private static long add(long a, long b, long hi) {
    return ((a & ~hi) + (b & ~hi)) ^ ((a ^ b) & hi);
  }

  /** Lane-wise a - b: each lane of a gets its top bit set so no borrow leaves it; fixed by xor. */
  private static long sub(long a, long b, long hi) {
    return ((a | hi) - (b & ~hi)) ^ ((a ^ ~b) & hi);
  }

  /** Spreads the top bit of each lane (the only bits of h) over the lane: 0x80 -> 0xFF. */
  private static long spread(long h, int top) {
    return h | (h - (h >>> top));
  }

  /** The top bit of each lane set iff the lane is non-zero (low bits + all-ones carry into it). */
  private static long nonZero(long x, long hi) {
    return (((x & ~hi) + ~hi) | x) & hi;
  }

  /** The top bit of each lane set iff a < b unsigned, lane-wise. */
  private static long ltUTop(long a, long b, long hi) {
    // top bit of t: the low bits of a are >= those of b; decide on the top bits, else on t
    long t = (a | hi) - (b & ~hi);
    return ((~a & b) | (~(a ^ b) & ~t)) & hi;
  }

  private static long eq8(long a, long b) {
    return ~spread(nonZero(a ^ b, H8), 7);
  }

  private static long ne8(long a, long b) {
    return spread(nonZero(a ^ b, H8), 7);
  }

  private static long ltU8(long a, long b) {
    return spread(ltUTop(a, b, H8), 7);
  }

  /** Signed order is unsigned order with the top bits flipped. */
  private static long ltS8(long a, long b) {
    return spread(ltUTop(a ^ H8, b ^ H8, H8), 7);
  }

  private static long geU8(long a, long b) {
    return ~ltU8(a, b);
  }

  private static long geS8(long a, long b) {
    return ~ltS8(a, b);
  }

  private static long eq16(long a, long b) {
    return ~spread(nonZero(a ^ b, H16), 15);
  }

  private static long ne16(long a, long b) {
    return spread(nonZero(a ^ b, H16), 15);
  }

  private static long ltU16(long a, long b) {
    return spread(ltUTop(a, b, H16), 15);
  }

  private static long ltS16(long a, long b) {
    return spread(ltUTop(a ^ H16, b ^ H16, H16), 15);
  }

  private static long geU16(long a, long b) {
    return ~ltU16(a, b);
  }

  private static long geS16(long a, long b) {
    return ~ltS16(a, b);
  }

  /** Lane-wise |x|: negates the lanes whose top bit is set. */
  private static long abs(long x, long hi, int top) {
    long negative = spread(x & hi, top);
    return (sub(0, x, hi) & negative) | (x & ~negative);
  }

  /** Lane-wise saturating signed a + b: overflow iff both operands' signs differ from the sum's. */
  private static long addSatS(long a, long b, long hi, int top) {
    long sum = add(a, b, hi);
    long overflow = spread((sum ^ a) & (sum ^ b) & hi, top);
    return (sum & ~overflow) | (signedLimit(a, hi, top) & overflow);
  }

  /** Lane-wise saturating signed a - b: overflow iff the signs differ and the result's is b's. */
  private static long subSatS(long a, long b, long hi, int top) {
    long diff = sub(a, b, hi);
    long overflow = spread((a ^ b) & (a ^ diff) & hi, top);
    return (diff & ~overflow) | (signedLimit(a, hi, top) & overflow);
  }

  /** The limit an overflow of a lane saturates to: MAX for a >= 0, MIN for a < 0. */
  private static long signedLimit(long a, long hi, int top) {
    return ~hi ^ spread(a & hi, top);
  }

  /** Lane-wise saturating unsigned a + b: all ones in the lanes that carry out. */
  private static long addSatU(long a, long b, long hi, int top) {
    long sum = add(a, b, hi);
    long carry = ((a & b) | ((a | b) & ~sum)) & hi;
    return sum | spread(carry, top);
  }

  /** Lane-wise saturating unsigned a - b: zero in the lanes where a < b. */
  private static long subSatU(long a, long b, long hi, int top) {
    return sub(a, b, hi) & ~spread(ltUTop(a, b, hi), top);
  }

  private static long minS(long a, long b, long hi, int top) {
    long aLess = spread(ltUTop(a ^ hi, b ^ hi, hi), top);
    return (a & aLess) | (b & ~aLess);
  }

  private static long minU(long a, long b, long hi, int top) {
    long aLess = spread(ltUTop(a, b, hi), top);
    return (a & aLess) | (b & ~aLess);
  }

  private static long maxS(long a, long b, long hi, int top) {
    long bLess = spread(ltUTop(b ^ hi, a ^ hi, hi), top);
    return (a & bLess) | (b & ~bLess);
  }

  private static long maxU(long a, long b, long hi, int top) {
    long bLess = spread(ltUTop(b, a, hi), top);
    return (a & bLess) | (b & ~bLess);
  }

  /** Lane-wise ceil((a + b) / 2) = (a | b) - ((a ^ b) >> 1), which never borrows across lanes. */
  private static long avgrU(long a, long b, long hi) {
    return (a | b) - (((a ^ b) >>> 1) & ~hi);
  }

  /** Lane-wise x << (n mod 8), the bits shifted out of each lane masked off. */
  private static long shl8(long x, int n) {
    n &= 7;
    return (x << n) & (((0xFF << n) & 0xFF) * ONES8);
  }

  /** Lane-wise x >>> (n mod 8), the bits shifted in from the next lane masked off. */
  private static long shrU8(long x, int n) {
    n &= 7;
    return (x >>> n) & ((0xFF >>> n) * ONES8);
  }

  /** Lane-wise x >> (n mod 8): x >>> n with the top n bits of each negative lane set. */
  private static long shrS8(long x, int n) {
    n &= 7;
    long fill = ((x >>> 7) & ONES8) * ((0xFF << (8 - n)) & 0xFF);
    return ((x >>> n) & ((0xFF >>> n) * ONES8)) | fill;
  }

  /** Lane-wise x << (n mod 16), the bits shifted out of each lane masked off. */
  private static long shl16(long x, int n) {
    n &= 15;
    return (x << n) & (((0xFFFF << n) & 0xFFFF) * ONES16);
  }

  /** Lane-wise x >>> (n mod 16), the bits shifted in from the next lane masked off. */
  private static long shrU16(long x, int n) {
    n &= 15;
    return (x >>> n) & ((0xFFFF >>> n) * ONES16);
  }

  /** Lane-wise x >> (n mod 16): x >>> n with the top n bits of each negative lane set. */
  private static long shrS16(long x, int n) {
    n &= 15;
    long fill = ((x >>> 15) & ONES16) * ((0xFFFF << (16 - n)) & 0xFFFF);
    return ((x >>> n) & ((0xFFFF >>> n) * ONES16)) | fill;
  }

  private static long popcnt8(long x) {
    // classic bit count, stopped at byte granularity
    x -= (x >>> 1) & 0x5555_5555_5555_5555L;
    x = (x & 0x3333_3333_3333_3333L) + ((x >>> 2) & 0x3333_3333_3333_3333L);
    return (x + (x >>> 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
  }

  private static int bitmask8(long x) {
    // bit 8k moves to bit 56 + k; every other partial product lands below 56 or above 63
    return (int) ((((x & H8) >>> 7) * 0x0102_0408_1020_4080L) >>> 56);
  }

  private static int bitmask16(long x) {
    return (int) (((x >>> 15) & 1) | ((x >>> 30) & 2) | ((x >>> 45) & 4) | ((x >>> 60) & 8));
  }

  /** Zero-extends the four bytes of the low 32 bits of x to four i16 lanes. */
  private static long widenU(long x) {
    long t = x & 0xFFFF_FFFFL;
    t = (t | (t << 16)) & 0x0000_FFFF_0000_FFFFL;
    return (t | (t << 8)) & LOW_BYTES;
  }

  /** Sign-extends the four bytes of the low 32 bits of x to four i16 lanes. */
  private static long widenS(long x) {
    long t = widenU(x);
    return t | ((t >>> 7) & ONES16) * 0xFF00;
  }

  /** Pairwise unsigned byte sums, at most 510: no carry leaves an i16 lane. */
  private static long extaddU(long x) {
    return (x & LOW_BYTES) + ((x >>> 8) & LOW_BYTES);
  }

  /** Pairwise signed byte sums: biased by +128 per byte (top bit flipped), minus 256 per lane. */
  private static long extaddS(long x) {
    return sub(extaddU(x ^ H8), 0x0100_0100_0100_0100L, H16);
  }

  private static long extmulS(long a, long b, int from) {
    return mulS8(a, b, from)
        | mulS8(a, b, from + 8) << 16
        | mulS8(a, b, from + 16) << 32
        | mulS8(a, b, from + 24) << 48;
  }

  private static long extmulU(long a, long b, int from) {
    return mulU8(a, b, from)
        | mulU8(a, b, from + 8) << 16
        | mulU8(a, b, from + 16) << 32
        | mulU8(a, b, from + 24) << 48;
  }

  /** The product of the signed bytes at bit {@code at} of a and b, as 16 bits. */
  private static long mulS8(long a, long b, int at) {
    return ((byte) (a >>> at) * (byte) (b >>> at)) & 0xFFFFL;
  }

  /** The product of the unsigned bytes at bit {@code at} of a and b (at most 65025). */
  private static long mulU8(long a, long b, int at) {
    return ((a >>> at) & 0xFF) * ((b >>> at) & 0xFF);
  }

  private static long mul16(long a, long b) {
    return mulLane(a, b, 0) | mulLane(a, b, 16) | mulLane(a, b, 32) | mulLane(a, b, 48);
  }

  /** The low 16 bits of the product of the i16 lanes at bit {@code at}, in place. */
  private static long mulLane(long a, long b, int at) {
    return (((a >>> at) * (b >>> at)) & 0xFFFFL) << at;
  }

  private static long q15mulr(long a, long b) {
    return q15Lane(a, b, 0) | q15Lane(a, b, 16) | q15Lane(a, b, 32) | q15Lane(a, b, 48);
  }

  /** Only -32768 * -32768 overflows (to 32768), so only the upper bound needs the clamp. */
  private static long q15Lane(long a, long b, int at) {
    int product = (short) (a >>> at) * (short) (b >>> at);
    return (Math.min((product + 0x4000) >> 15, Short.MAX_VALUE) & 0xFFFFL) << at;
  }

  /** The eight i16 lanes of lo, hi, each signed saturated to a byte. */
  private static long narrowS8(long lo, long hi) {
    return narrowS8(lo) | narrowS8(hi) << 32;
  }

  private static long narrowS8(long x) {
    return satS8(x, 0) | satS8(x, 16) << 8 | satS8(x, 32) << 16 | satS8(x, 48) << 24;
  }

  private static long satS8(long x, int at) {
    return Math.clamp((short) (x >>> at), Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL;
  }

  /** The eight signed i16 lanes of lo, hi, each saturated to an unsigned byte. */
  private static long narrowU8(long lo, long hi) {
    return narrowU8(lo) | narrowU8(hi) << 32;
  }

  private static long narrowU8(long x) {
    return satU8(x, 0) | satU8(x, 16) << 8 | satU8(x, 32) << 16 | satU8(x, 48) << 24;
  }

  private static long satU8(long x, int at) {
    return Math.clamp((short) (x >>> at), 0, 0xFF);
  }

  /** The four i32 lanes of lo, hi, each signed saturated to an i16. */
  private static long narrowS16(long lo, long hi) {
    return satS16((int) lo)
        | satS16((int) (lo >>> 32)) << 16
        | satS16((int) hi) << 32
        | satS16((int) (hi >>> 32)) << 48;
  }

  private static long satS16(int x) {
    return Math.clamp(x, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFFL;
  }

  /** The four signed i32 lanes of lo, hi, each saturated to an unsigned i16. */
  private static long narrowU16(long lo, long hi) {
    return satU16((int) lo)
        | satU16((int) (lo >>> 32)) << 16
        | satU16((int) hi) << 32
        | satU16((int) (hi >>> 32)) << 48;
  }

  private static long satU16(int x) {
    return Math.clamp(x, 0, 0xFFFF);
  }

  /**
   * {@code h} with its lane {@code lane} (of bits {@code width}) set to x, if that lane is in half
   * {@code half}.
   */
  private static long put(long h, int x, int lane, int half, int width) {
    if ((lane * width) >>> 6 != half) {
      return h;
    }
    int at = lane * width; // mod 64 by the shift
    long mask = ((1L << width) - 1) << at;
    return (h & ~mask) | ((x & ((1L << width) - 1)) << at);
  }

  /** Eight result bytes of i8x16.shuffle, chosen by the eight index bytes of {@code s}. */
  private static long shuffle(V128 a, V128 b, long s) {
    long r = 0;
    for (int k = 0; k < 64; k += 8) {
      int i = (int) (s >>> k) & 31;
      long from = i < 16 ? (i < 8 ? a.low() : a.high()) : (i < 24 ? b.low() : b.high());
      r |= ((from >>> ((i & 7) << 3)) & 0xFF) << k;
    }
    return r;
  }

  /** Eight result bytes of i8x16.swizzle, chosen by the eight index bytes of {@code s}. */
  private static long swizzle(V128 a, long s) {
    long r = 0;
    for (int k = 0; k < 64; k += 8) {
      int i = (int) (s >>> k) & 0xFF;
      long from = i < 8 ? a.low() : a.high();
      r |= i < 16 ? ((from >>> ((i & 7) << 3)) & 0xFF) << k : 0;
    }
    return r;
  }
}

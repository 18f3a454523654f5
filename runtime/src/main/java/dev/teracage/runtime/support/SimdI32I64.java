package dev.teracage.runtime.support;

/**
 * The {@code i32x4.*} and {@code i64x2.*} SIMD instructions (WebAssembly 2.0, without the relaxed
 * ones and the memory ones): one helper per instruction that generated code calls with {@code
 * invokestatic}. None traps. Each public method allocates nothing and computes each half (two i32
 * lanes, or one i64 lane) with a small private helper on {@code long}s, so that HotSpot inlines it;
 * in a half, i32 lane 0 (or 2) is bits 0-31 and lane 1 (or 3) bits 32-63.
 *
 * <p>The calling contract is that of {@link SimdV128}: a {@code v128} operand is two {@code long}
 * parameters, low half first; a {@code v128} result is returned as its low half, the high half
 * written to {@link Context#v128High} of the extra last parameter, so that no helper allocates.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions">Vector
 *     instructions</a>
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class SimdI32I64 {
  /** The low i32 lane of a half. */
  private static final long LO = 0xFFFF_FFFFL;

  /** The high i32 lane of a half. */
  private static final long HI = 0xFFFF_FFFF_0000_0000L;

  private SimdI32I64() {}

  // ---- splat, extract_lane, replace_lane ----

  /** {@code i32x4.splat}: every lane is {@code x}. */
  public static long i32x4Splat(int x, Context ctx) {
    long half = (x & LO) * 0x1_0000_0001L; // copies the 32 bits up
    ctx.v128High = half;
    return half;
  }

  /** {@code i64x2.splat}: every lane is {@code x}. */
  public static long i64x2Splat(long x, Context ctx) {
    ctx.v128High = x;
    return x;
  }

  /** {@code i32x4.extract_lane}: lane {@code lane} (0 to 3). */
  public static int i32x4ExtractLane(long vLow, long vHigh, int lane) {
    return (int) ((lane < 2 ? vLow : vHigh) >>> ((lane & 1) << 5));
  }

  /** {@code i32x4.replace_lane}: {@code v} with lane {@code lane} (0 to 3) set to {@code x}. */
  public static long i32x4ReplaceLane(long vLow, long vHigh, int x, int lane, Context ctx) {
    ctx.v128High = replace32(vHigh, x, lane, 1);
    return replace32(vLow, x, lane, 0);
  }

  /** {@code i64x2.extract_lane}: lane {@code lane} (0 or 1). */
  public static long i64x2ExtractLane(long vLow, long vHigh, int lane) {
    return lane == 0 ? vLow : vHigh;
  }

  /** {@code i64x2.replace_lane}: {@code v} with lane {@code lane} (0 or 1) set to {@code x}. */
  public static long i64x2ReplaceLane(long vLow, long vHigh, long x, int lane, Context ctx) {
    ctx.v128High = lane == 0 ? vHigh : x;
    return lane == 0 ? x : vLow;
  }

  // ---- i32x4 comparisons: all ones where true, else zero ----

  /** {@code i32x4.eq}: lane-wise equality mask. */
  public static long i32x4Eq(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ne32(aHigh, bHigh);
    return ~ne32(aLow, bLow);
  }

  /** {@code i32x4.ne}: lane-wise inequality mask. */
  public static long i32x4Ne(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ne32(aHigh, bHigh);
    return ne32(aLow, bLow);
  }

  /** {@code i32x4.lt_s}: lane-wise signed {@code a < b} mask. */
  public static long i32x4LtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ltS32(aHigh, bHigh);
    return ltS32(aLow, bLow);
  }

  /** {@code i32x4.lt_u}: lane-wise unsigned {@code a < b} mask. */
  public static long i32x4LtU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ltU32(aHigh, bHigh);
    return ltU32(aLow, bLow);
  }

  /** {@code i32x4.gt_s}: lane-wise signed {@code a > b} mask. */
  public static long i32x4GtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ltS32(bHigh, aHigh);
    return ltS32(bLow, aLow);
  }

  /** {@code i32x4.gt_u}: lane-wise unsigned {@code a > b} mask. */
  public static long i32x4GtU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ltU32(bHigh, aHigh);
    return ltU32(bLow, aLow);
  }

  /** {@code i32x4.le_s}: lane-wise signed {@code a <= b} mask. */
  public static long i32x4LeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ltS32(bHigh, aHigh);
    return ~ltS32(bLow, aLow);
  }

  /** {@code i32x4.le_u}: lane-wise unsigned {@code a <= b} mask. */
  public static long i32x4LeU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ltU32(bHigh, aHigh);
    return ~ltU32(bLow, aLow);
  }

  /** {@code i32x4.ge_s}: lane-wise signed {@code a >= b} mask. */
  public static long i32x4GeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ltS32(aHigh, bHigh);
    return ~ltS32(aLow, bLow);
  }

  /** {@code i32x4.ge_u}: lane-wise unsigned {@code a >= b} mask. */
  public static long i32x4GeU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ltU32(aHigh, bHigh);
    return ~ltU32(aLow, bLow);
  }

  // ---- i64x2 comparisons (signed only) ----

  /** {@code i64x2.eq}: lane-wise equality mask. */
  public static long i64x2Eq(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ne64(aHigh, bHigh);
    return ~ne64(aLow, bLow);
  }

  /** {@code i64x2.ne}: lane-wise inequality mask. */
  public static long i64x2Ne(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ne64(aHigh, bHigh);
    return ne64(aLow, bLow);
  }

  /** {@code i64x2.lt_s}: lane-wise signed {@code a < b} mask. */
  public static long i64x2LtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ltS64(aHigh, bHigh);
    return ltS64(aLow, bLow);
  }

  /** {@code i64x2.gt_s}: lane-wise signed {@code a > b} mask. */
  public static long i64x2GtS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ltS64(bHigh, aHigh);
    return ltS64(bLow, aLow);
  }

  /** {@code i64x2.le_s}: lane-wise signed {@code a <= b} mask. */
  public static long i64x2LeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ltS64(bHigh, aHigh);
    return ~ltS64(bLow, aLow);
  }

  /** {@code i64x2.ge_s}: lane-wise signed {@code a >= b} mask. */
  public static long i64x2GeS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = ~ltS64(aHigh, bHigh);
    return ~ltS64(aLow, bLow);
  }

  // ---- unary, all_true, bitmask ----

  /** {@code i32x4.abs}: lane-wise absolute value ({@code -2^31} stays {@code -2^31}). */
  public static long i32x4Abs(long vLow, long vHigh, Context ctx) {
    ctx.v128High = abs32(vHigh);
    return abs32(vLow);
  }

  /** {@code i32x4.neg}: lane-wise wrapping negation. */
  public static long i32x4Neg(long vLow, long vHigh, Context ctx) {
    ctx.v128High = sub32(0, vHigh);
    return sub32(0, vLow);
  }

  /** {@code i32x4.all_true}: 1 if every lane is non-zero, else 0. */
  public static int i32x4AllTrue(long vLow, long vHigh) {
    return allTrue32(vLow) & allTrue32(vHigh);
  }

  /** {@code i32x4.bitmask}: bit i of the result is the sign bit of lane i. */
  public static int i32x4Bitmask(long vLow, long vHigh) {
    return signs32(vLow) | (signs32(vHigh) << 2);
  }

  /** {@code i64x2.abs}: lane-wise absolute value ({@code -2^63} stays {@code -2^63}). */
  public static long i64x2Abs(long vLow, long vHigh, Context ctx) {
    ctx.v128High = Math.abs(vHigh);
    return Math.abs(vLow);
  }

  /** {@code i64x2.neg}: lane-wise wrapping negation. */
  public static long i64x2Neg(long vLow, long vHigh, Context ctx) {
    ctx.v128High = -vHigh;
    return -vLow;
  }

  /** {@code i64x2.all_true}: 1 if both lanes are non-zero, else 0. */
  public static int i64x2AllTrue(long vLow, long vHigh) {
    return (int) ((ne64(vLow, 0) & ne64(vHigh, 0)) >>> 63);
  }

  /** {@code i64x2.bitmask}: bit i of the result is the sign bit of lane i. */
  public static int i64x2Bitmask(long vLow, long vHigh) {
    return (int) (vLow >>> 63) | ((int) (vHigh >>> 63) << 1);
  }

  // ---- extend ----

  /** {@code i32x4.extend_low_i16x8_s}: i16 lanes 0-3 sign-extended. */
  public static long i32x4ExtendLowI16x8S(long vLow, long vHigh, Context ctx) {
    ctx.v128High = extend16S(vLow >>> 32);
    return extend16S(vLow);
  }

  /** {@code i32x4.extend_high_i16x8_s}: i16 lanes 4-7 sign-extended. */
  public static long i32x4ExtendHighI16x8S(long vLow, long vHigh, Context ctx) {
    ctx.v128High = extend16S(vHigh >>> 32);
    return extend16S(vHigh);
  }

  /** {@code i32x4.extend_low_i16x8_u}: i16 lanes 0-3 zero-extended. */
  public static long i32x4ExtendLowI16x8U(long vLow, long vHigh, Context ctx) {
    ctx.v128High = extend16U(vLow >>> 32);
    return extend16U(vLow);
  }

  /** {@code i32x4.extend_high_i16x8_u}: i16 lanes 4-7 zero-extended. */
  public static long i32x4ExtendHighI16x8U(long vLow, long vHigh, Context ctx) {
    ctx.v128High = extend16U(vHigh >>> 32);
    return extend16U(vHigh);
  }

  /** {@code i64x2.extend_low_i32x4_s}: i32 lanes 0-1 sign-extended. */
  public static long i64x2ExtendLowI32x4S(long vLow, long vHigh, Context ctx) {
    ctx.v128High = vLow >> 32;
    return (int) vLow;
  }

  /** {@code i64x2.extend_high_i32x4_s}: i32 lanes 2-3 sign-extended. */
  public static long i64x2ExtendHighI32x4S(long vLow, long vHigh, Context ctx) {
    ctx.v128High = vHigh >> 32;
    return (int) vHigh;
  }

  /** {@code i64x2.extend_low_i32x4_u}: i32 lanes 0-1 zero-extended. */
  public static long i64x2ExtendLowI32x4U(long vLow, long vHigh, Context ctx) {
    ctx.v128High = vLow >>> 32;
    return vLow & LO;
  }

  /** {@code i64x2.extend_high_i32x4_u}: i32 lanes 2-3 zero-extended. */
  public static long i64x2ExtendHighI32x4U(long vLow, long vHigh, Context ctx) {
    ctx.v128High = vHigh >>> 32;
    return vHigh & LO;
  }

  // ---- shifts: the count is taken modulo the lane width ----

  /** {@code i32x4.shl}: lane-wise left shift by {@code s mod 32}. */
  public static long i32x4Shl(long vLow, long vHigh, int s, Context ctx) {
    int n = s & 31;
    ctx.v128High = shl32(vHigh, n);
    return shl32(vLow, n);
  }

  /** {@code i32x4.shr_s}: lane-wise arithmetic right shift by {@code s mod 32}. */
  public static long i32x4ShrS(long vLow, long vHigh, int s, Context ctx) {
    int n = s & 31;
    ctx.v128High = shrS32(vHigh, n);
    return shrS32(vLow, n);
  }

  /** {@code i32x4.shr_u}: lane-wise logical right shift by {@code s mod 32}. */
  public static long i32x4ShrU(long vLow, long vHigh, int s, Context ctx) {
    int n = s & 31;
    ctx.v128High = shrU32(vHigh, n);
    return shrU32(vLow, n);
  }

  /** {@code i64x2.shl}: lane-wise left shift by {@code s mod 64} (Java masks the count alike). */
  public static long i64x2Shl(long vLow, long vHigh, int s, Context ctx) {
    ctx.v128High = vHigh << s;
    return vLow << s;
  }

  /** {@code i64x2.shr_s}: lane-wise arithmetic right shift by {@code s mod 64}. */
  public static long i64x2ShrS(long vLow, long vHigh, int s, Context ctx) {
    ctx.v128High = vHigh >> s;
    return vLow >> s;
  }

  /** {@code i64x2.shr_u}: lane-wise logical right shift by {@code s mod 64}. */
  public static long i64x2ShrU(long vLow, long vHigh, int s, Context ctx) {
    ctx.v128High = vHigh >>> s;
    return vLow >>> s;
  }

  // ---- arithmetic ----

  /** {@code i32x4.add}: lane-wise wrapping addition. */
  public static long i32x4Add(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = add32(aHigh, bHigh);
    return add32(aLow, bLow);
  }

  /** {@code i32x4.sub}: lane-wise wrapping subtraction. */
  public static long i32x4Sub(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = sub32(aHigh, bHigh);
    return sub32(aLow, bLow);
  }

  /** {@code i32x4.mul}: lane-wise wrapping multiplication. */
  public static long i32x4Mul(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = mul32(aHigh, bHigh);
    return mul32(aLow, bLow);
  }

  /** {@code i64x2.add}: lane-wise wrapping addition. */
  public static long i64x2Add(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh + bHigh;
    return aLow + bLow;
  }

  /** {@code i64x2.sub}: lane-wise wrapping subtraction. */
  public static long i64x2Sub(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh - bHigh;
    return aLow - bLow;
  }

  /** {@code i64x2.mul}: lane-wise wrapping multiplication. */
  public static long i64x2Mul(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh * bHigh;
    return aLow * bLow;
  }

  /** {@code i32x4.min_s}: lane-wise signed minimum. */
  public static long i32x4MinS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = minS32(aHigh, bHigh);
    return minS32(aLow, bLow);
  }

  /** {@code i32x4.min_u}: lane-wise unsigned minimum. */
  public static long i32x4MinU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = minU32(aHigh, bHigh);
    return minU32(aLow, bLow);
  }

  /** {@code i32x4.max_s}: lane-wise signed maximum. */
  public static long i32x4MaxS(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = maxS32(aHigh, bHigh);
    return maxS32(aLow, bLow);
  }

  /** {@code i32x4.max_u}: lane-wise unsigned maximum. */
  public static long i32x4MaxU(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = maxU32(aHigh, bHigh);
    return maxU32(aLow, bLow);
  }

  /**
   * {@code i32x4.dot_i16x8_s}: lane i is {@code a[2i]*b[2i] + a[2i+1]*b[2i+1]} on signed i16 lanes,
   * wrapping.
   */
  public static long i32x4DotI16x8S(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = dot16(aHigh, bHigh);
    return dot16(aLow, bLow);
  }

  /** {@code i32x4.extadd_pairwise_i16x8_s}: lane i is {@code v[2i] + v[2i+1]}, signed i16 lanes. */
  public static long i32x4ExtaddPairwiseI16x8S(long vLow, long vHigh, Context ctx) {
    ctx.v128High = pairwise16S(vHigh);
    return pairwise16S(vLow);
  }

  /**
   * {@code i32x4.extadd_pairwise_i16x8_u}: lane i is {@code v[2i] + v[2i+1]}, unsigned i16 lanes.
   */
  public static long i32x4ExtaddPairwiseI16x8U(long vLow, long vHigh, Context ctx) {
    ctx.v128High = pairwise16U(vHigh);
    return pairwise16U(vLow);
  }

  /** {@code i32x4.extmul_low_i16x8_s}: signed products of i16 lanes 0-3. */
  public static long i32x4ExtmulLowI16x8S(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = mul16S(aLow >>> 32, bLow >>> 32);
    return mul16S(aLow, bLow);
  }

  /** {@code i32x4.extmul_high_i16x8_s}: signed products of i16 lanes 4-7. */
  public static long i32x4ExtmulHighI16x8S(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = mul16S(aHigh >>> 32, bHigh >>> 32);
    return mul16S(aHigh, bHigh);
  }

  /** {@code i32x4.extmul_low_i16x8_u}: unsigned products of i16 lanes 0-3. */
  public static long i32x4ExtmulLowI16x8U(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = mul16U(aLow >>> 32, bLow >>> 32);
    return mul16U(aLow, bLow);
  }

  /** {@code i32x4.extmul_high_i16x8_u}: unsigned products of i16 lanes 4-7. */
  public static long i32x4ExtmulHighI16x8U(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = mul16U(aHigh >>> 32, bHigh >>> 32);
    return mul16U(aHigh, bHigh);
  }

  /** {@code i64x2.extmul_low_i32x4_s}: signed products of i32 lanes 0-1. */
  public static long i64x2ExtmulLowI32x4S(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = (aLow >> 32) * (bLow >> 32);
    return (long) (int) aLow * (int) bLow;
  }

  /** {@code i64x2.extmul_high_i32x4_s}: signed products of i32 lanes 2-3. */
  public static long i64x2ExtmulHighI32x4S(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = (aHigh >> 32) * (bHigh >> 32);
    return (long) (int) aHigh * (int) bHigh;
  }

  /** {@code i64x2.extmul_low_i32x4_u}: unsigned products of i32 lanes 0-1. */
  public static long i64x2ExtmulLowI32x4U(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = (aLow >>> 32) * (bLow >>> 32);
    return (aLow & LO) * (bLow & LO);
  }

  /** {@code i64x2.extmul_high_i32x4_u}: unsigned products of i32 lanes 2-3. */
  public static long i64x2ExtmulHighI32x4U(
      long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = (aHigh >>> 32) * (bHigh >>> 32);
    return (aHigh & LO) * (bHigh & LO);
  }

  // ---- saturating truncation from floats ----

  /** {@code i32x4.trunc_sat_f32x4_s}: lane-wise signed saturating truncation; NaN gives 0. */
  public static long i32x4TruncSatF32x4S(long vLow, long vHigh, Context ctx) {
    ctx.v128High = truncSatF32S(vHigh);
    return truncSatF32S(vLow);
  }

  /** {@code i32x4.trunc_sat_f32x4_u}: lane-wise unsigned saturating truncation; NaN gives 0. */
  public static long i32x4TruncSatF32x4U(long vLow, long vHigh, Context ctx) {
    ctx.v128High = truncSatF32U(vHigh);
    return truncSatF32U(vLow);
  }

  /**
   * {@code i32x4.trunc_sat_f64x2_s_zero}: f64 lanes 0-1 to signed saturated i32 lanes 0-1; lanes
   * 2-3 are zero.
   */
  public static long i32x4TruncSatF64x2SZero(long vLow, long vHigh, Context ctx) {
    ctx.v128High = 0;
    return truncSatF64S(vLow, vHigh);
  }

  /**
   * {@code i32x4.trunc_sat_f64x2_u_zero}: f64 lanes 0-1 to unsigned saturated i32 lanes 0-1; lanes
   * 2-3 are zero.
   */
  public static long i32x4TruncSatF64x2UZero(long vLow, long vHigh, Context ctx) {
    ctx.v128High = 0;
    return truncSatF64U(vLow, vHigh);
  }

  // ---- per-half helpers: a half holds i32 lanes (bits 0-31, 32-63) or one i64 lane ----
  // Generated code gets a copy of each helper it uses, with a copy of every helper that one
  // calls, so each is a flat expression; two int lanes x, y make the half (x & LO) | (long) y <<
  // 32.

  /**
   * {@code half} with i32 lane {@code lane} set to {@code x} if the lane is in half {@code which}.
   */
  private static long replace32(long half, int x, int lane, int which) {
    if ((lane >>> 1) != which) {
      return half;
    }
    int shift = (lane & 1) << 5;
    return (half & ~(LO << shift)) | ((x & LO) << shift);
  }

  /** All ones in each i32 lane where {@code a != b}. */
  private static long ne32(long a, long b) {
    long x = a ^ b;
    long lo = x & LO;
    long hi = x >>> 32;
    // for a zero-extended lane d, (d | -d) has its sign bit set exactly when d != 0
    return (((lo | -lo) >> 63) & LO) | (((hi | -hi) >> 63) << 32);
  }

  /** All ones in each i32 lane where signed {@code a < b}. */
  private static long ltS32(long a, long b) {
    // the 64-bit difference of sign-extended lanes cannot overflow: its sign is a < b
    long lo = ((long) (int) a - (int) b) >> 63;
    long hi = ((a >> 32) - (b >> 32)) >> 63;
    return (lo & LO) | (hi << 32);
  }

  /** All ones in each i32 lane where unsigned {@code a < b}. */
  private static long ltU32(long a, long b) {
    // the 64-bit difference of zero-extended lanes cannot overflow: its sign is a < b
    long lo = ((a & LO) - (b & LO)) >> 63;
    long hi = ((a >>> 32) - (b >>> 32)) >> 63;
    return (lo & LO) | (hi << 32);
  }

  /** All ones where {@code a != b}. */
  private static long ne64(long a, long b) {
    long x = a ^ b;
    // (x | -x) has its sign bit set exactly when x != 0
    return (x | -x) >> 63;
  }

  /** All ones where signed {@code a < b}. */
  private static long ltS64(long a, long b) {
    return a < b ? -1L : 0L;
  }

  /** The lane 1 minimum on the sign-extended lanes, shifted back; its low bits shift out. */
  private static long minS32(long a, long b) {
    return (Math.min((int) a, (int) b) & LO) | Math.min(a >> 32, b >> 32) << 32;
  }

  /** Unsigned: the minimum of the zero-extended lanes. */
  private static long minU32(long a, long b) {
    return Math.min(a & LO, b & LO) | Math.min(a >>> 32, b >>> 32) << 32;
  }

  private static long maxS32(long a, long b) {
    return (Math.max((int) a, (int) b) & LO) | Math.max(a >> 32, b >> 32) << 32;
  }

  private static long maxU32(long a, long b) {
    return Math.max(a & LO, b & LO) | Math.max(a >>> 32, b >>> 32) << 32;
  }

  private static long abs32(long h) {
    return (Math.abs((int) h) & LO) | (long) Math.abs((int) (h >>> 32)) << 32;
  }

  /** 1 if both i32 lanes of the half are non-zero, else 0. */
  private static int allTrue32(long h) {
    return ((int) h != 0 & (int) (h >>> 32) != 0) ? 1 : 0;
  }

  /** The sign bits of the two i32 lanes as bits 0 and 1. */
  private static int signs32(long h) {
    return (int) ((h >>> 31) & 1) | (int) ((h >>> 62) & 2);
  }

  /** The two i16 lanes in bits 0-31 of {@code h}, sign-extended to i32 lanes. */
  private static long extend16S(long h) {
    return ((short) h & LO) | (long) (short) (h >>> 16) << 32;
  }

  /** The two i16 lanes in bits 0-31 of {@code h}, zero-extended to i32 lanes. */
  private static long extend16U(long h) {
    return (h & 0xFFFFL) | ((h & 0xFFFF_0000L) << 16);
  }

  private static long shl32(long h, int n) {
    // shift the high lane alone so that no bits of the low lane reach it
    return ((h << n) & LO) | ((h & HI) << n);
  }

  private static long shrS32(long h, int n) {
    return (((long) (int) h >> n) & LO) | ((h >> n) & HI);
  }

  private static long shrU32(long h, int n) {
    return ((h & LO) >>> n) | ((h >>> n) & HI);
  }

  private static long add32(long a, long b) {
    // low lane: the low 32 bits of the 64-bit sum; high lane: the sum of the high lanes alone
    return ((a + b) & LO) | ((a & HI) + (b & HI));
  }

  private static long sub32(long a, long b) {
    return ((a - b) & LO) | ((a & HI) - (b & HI));
  }

  private static long mul32(long a, long b) {
    // the low 32 bits of a product depend only on the low 32 bits of its factors
    return ((a * b) & LO) | (((a >>> 32) * (b >>> 32)) << 32);
  }

  /** The int sums wrap, as the specification's do (only for -32768 * -32768 twice). */
  private static long dot16(long a, long b) {
    return ((short) a * (short) b + (short) (a >>> 16) * (short) (b >>> 16) & LO)
        | (long) ((short) (a >>> 32) * (short) (b >>> 32) + (short) (a >>> 48) * (short) (b >>> 48))
            << 32;
  }

  private static long pairwise16S(long h) {
    return ((short) h + (short) (h >>> 16) & LO)
        | (long) ((short) (h >>> 32) + (short) (h >>> 48)) << 32;
  }

  private static long pairwise16U(long h) {
    return ((h & 0xFFFF) + ((h >>> 16) & 0xFFFF)) | ((((h >>> 32) & 0xFFFF) + (h >>> 48)) << 32);
  }

  /** Signed products of the two i16 lanes in bits 0-31 of {@code a} and {@code b}. */
  private static long mul16S(long a, long b) {
    return ((short) a * (short) b & LO) | (long) ((short) (a >>> 16) * (short) (b >>> 16)) << 32;
  }

  /** Unsigned products of the two i16 lanes in bits 0-31 of {@code a} and {@code b}. */
  private static long mul16U(long a, long b) {
    long lane0 = (a & 0xFFFF) * (b & 0xFFFF);
    long lane1 = ((a >>> 16) & 0xFFFF) * ((b >>> 16) & 0xFFFF);
    return lane0 | (lane1 << 32);
  }

  private static long truncSatF32S(long h) {
    return (Numerics.i32TruncSatF32S(Float.intBitsToFloat((int) h)) & LO)
        | (long) Numerics.i32TruncSatF32S(Float.intBitsToFloat((int) (h >>> 32))) << 32;
  }

  private static long truncSatF32U(long h) {
    return (Numerics.i32TruncSatF32U(Float.intBitsToFloat((int) h)) & LO)
        | (long) Numerics.i32TruncSatF32U(Float.intBitsToFloat((int) (h >>> 32))) << 32;
  }

  /** The two f64 lanes truncated to a half of two signed saturated i32 lanes. */
  private static long truncSatF64S(long lane0, long lane1) {
    return (Numerics.i32TruncSatF64S(Double.longBitsToDouble(lane0)) & LO)
        | (long) Numerics.i32TruncSatF64S(Double.longBitsToDouble(lane1)) << 32;
  }

  /** The two f64 lanes truncated to a half of two unsigned saturated i32 lanes. */
  private static long truncSatF64U(long lane0, long lane1) {
    return (Numerics.i32TruncSatF64U(Double.longBitsToDouble(lane0)) & LO)
        | (long) Numerics.i32TruncSatF64U(Double.longBitsToDouble(lane1)) << 32;
  }
}

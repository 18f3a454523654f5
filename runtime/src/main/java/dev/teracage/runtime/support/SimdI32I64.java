package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;

/**
 * The {@code i32x4.*} and {@code i64x2.*} SIMD instructions (WebAssembly 2.0, without the relaxed
 * ones and the memory ones): one helper per instruction that generated code calls with {@code
 * invokestatic}. None traps. Each public method allocates only its result and computes each half
 * (two i32 lanes, or one i64 lane) with a small private helper on {@code long}s, so that HotSpot
 * inlines it; in a half, i32 lane 0 (or 2) is bits 0-31 and lane 1 (or 3) bits 32-63.
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
  public static V128 i32x4Splat(int x) {
    long half = pack(x, x);
    return new V128(half, half);
  }

  /** {@code i64x2.splat}: every lane is {@code x}. */
  public static V128 i64x2Splat(long x) {
    return new V128(x, x);
  }

  /** {@code i32x4.extract_lane}: lane {@code lane} (0 to 3). */
  public static int i32x4ExtractLane(V128 v, int lane) {
    return (int) ((lane < 2 ? v.low() : v.high()) >>> ((lane & 1) << 5));
  }

  /** {@code i32x4.replace_lane}: {@code v} with lane {@code lane} (0 to 3) set to {@code x}. */
  public static V128 i32x4ReplaceLane(V128 v, int x, int lane) {
    return lane < 2
        ? new V128(replace32(v.low(), x, lane), v.high())
        : new V128(v.low(), replace32(v.high(), x, lane));
  }

  /** {@code i64x2.extract_lane}: lane {@code lane} (0 or 1). */
  public static long i64x2ExtractLane(V128 v, int lane) {
    return lane == 0 ? v.low() : v.high();
  }

  /** {@code i64x2.replace_lane}: {@code v} with lane {@code lane} (0 or 1) set to {@code x}. */
  public static V128 i64x2ReplaceLane(V128 v, long x, int lane) {
    return lane == 0 ? new V128(x, v.high()) : new V128(v.low(), x);
  }

  // ---- i32x4 comparisons: all ones where true, else zero ----

  /** {@code i32x4.eq}: lane-wise equality mask. */
  public static V128 i32x4Eq(V128 a, V128 b) {
    return new V128(~ne32(a.low(), b.low()), ~ne32(a.high(), b.high()));
  }

  /** {@code i32x4.ne}: lane-wise inequality mask. */
  public static V128 i32x4Ne(V128 a, V128 b) {
    return new V128(ne32(a.low(), b.low()), ne32(a.high(), b.high()));
  }

  /** {@code i32x4.lt_s}: lane-wise signed {@code a < b} mask. */
  public static V128 i32x4LtS(V128 a, V128 b) {
    return new V128(ltS32(a.low(), b.low()), ltS32(a.high(), b.high()));
  }

  /** {@code i32x4.lt_u}: lane-wise unsigned {@code a < b} mask. */
  public static V128 i32x4LtU(V128 a, V128 b) {
    return new V128(ltU32(a.low(), b.low()), ltU32(a.high(), b.high()));
  }

  /** {@code i32x4.gt_s}: lane-wise signed {@code a > b} mask. */
  public static V128 i32x4GtS(V128 a, V128 b) {
    return new V128(ltS32(b.low(), a.low()), ltS32(b.high(), a.high()));
  }

  /** {@code i32x4.gt_u}: lane-wise unsigned {@code a > b} mask. */
  public static V128 i32x4GtU(V128 a, V128 b) {
    return new V128(ltU32(b.low(), a.low()), ltU32(b.high(), a.high()));
  }

  /** {@code i32x4.le_s}: lane-wise signed {@code a <= b} mask. */
  public static V128 i32x4LeS(V128 a, V128 b) {
    return new V128(~ltS32(b.low(), a.low()), ~ltS32(b.high(), a.high()));
  }

  /** {@code i32x4.le_u}: lane-wise unsigned {@code a <= b} mask. */
  public static V128 i32x4LeU(V128 a, V128 b) {
    return new V128(~ltU32(b.low(), a.low()), ~ltU32(b.high(), a.high()));
  }

  /** {@code i32x4.ge_s}: lane-wise signed {@code a >= b} mask. */
  public static V128 i32x4GeS(V128 a, V128 b) {
    return new V128(~ltS32(a.low(), b.low()), ~ltS32(a.high(), b.high()));
  }

  /** {@code i32x4.ge_u}: lane-wise unsigned {@code a >= b} mask. */
  public static V128 i32x4GeU(V128 a, V128 b) {
    return new V128(~ltU32(a.low(), b.low()), ~ltU32(a.high(), b.high()));
  }

  // ---- i64x2 comparisons (signed only) ----

  /** {@code i64x2.eq}: lane-wise equality mask. */
  public static V128 i64x2Eq(V128 a, V128 b) {
    return new V128(~ne64(a.low(), b.low()), ~ne64(a.high(), b.high()));
  }

  /** {@code i64x2.ne}: lane-wise inequality mask. */
  public static V128 i64x2Ne(V128 a, V128 b) {
    return new V128(ne64(a.low(), b.low()), ne64(a.high(), b.high()));
  }

  /** {@code i64x2.lt_s}: lane-wise signed {@code a < b} mask. */
  public static V128 i64x2LtS(V128 a, V128 b) {
    return new V128(ltS64(a.low(), b.low()), ltS64(a.high(), b.high()));
  }

  /** {@code i64x2.gt_s}: lane-wise signed {@code a > b} mask. */
  public static V128 i64x2GtS(V128 a, V128 b) {
    return new V128(ltS64(b.low(), a.low()), ltS64(b.high(), a.high()));
  }

  /** {@code i64x2.le_s}: lane-wise signed {@code a <= b} mask. */
  public static V128 i64x2LeS(V128 a, V128 b) {
    return new V128(~ltS64(b.low(), a.low()), ~ltS64(b.high(), a.high()));
  }

  /** {@code i64x2.ge_s}: lane-wise signed {@code a >= b} mask. */
  public static V128 i64x2GeS(V128 a, V128 b) {
    return new V128(~ltS64(a.low(), b.low()), ~ltS64(a.high(), b.high()));
  }

  // ---- unary, all_true, bitmask ----

  /** {@code i32x4.abs}: lane-wise absolute value ({@code -2^31} stays {@code -2^31}). */
  public static V128 i32x4Abs(V128 v) {
    return new V128(abs32(v.low()), abs32(v.high()));
  }

  /** {@code i32x4.neg}: lane-wise wrapping negation. */
  public static V128 i32x4Neg(V128 v) {
    return new V128(sub32(0, v.low()), sub32(0, v.high()));
  }

  /** {@code i32x4.all_true}: 1 if every lane is non-zero, else 0. */
  public static int i32x4AllTrue(V128 v) {
    return allTrue32(v.low()) & allTrue32(v.high());
  }

  /** {@code i32x4.bitmask}: bit i of the result is the sign bit of lane i. */
  public static int i32x4Bitmask(V128 v) {
    return signs32(v.low()) | (signs32(v.high()) << 2);
  }

  /** {@code i64x2.abs}: lane-wise absolute value ({@code -2^63} stays {@code -2^63}). */
  public static V128 i64x2Abs(V128 v) {
    return new V128(Math.abs(v.low()), Math.abs(v.high()));
  }

  /** {@code i64x2.neg}: lane-wise wrapping negation. */
  public static V128 i64x2Neg(V128 v) {
    return new V128(-v.low(), -v.high());
  }

  /** {@code i64x2.all_true}: 1 if both lanes are non-zero, else 0. */
  public static int i64x2AllTrue(V128 v) {
    return (int) ((ne64(v.low(), 0) & ne64(v.high(), 0)) >>> 63);
  }

  /** {@code i64x2.bitmask}: bit i of the result is the sign bit of lane i. */
  public static int i64x2Bitmask(V128 v) {
    return (int) (v.low() >>> 63) | ((int) (v.high() >>> 63) << 1);
  }

  // ---- extend ----

  /** {@code i32x4.extend_low_i16x8_s}: i16 lanes 0-3 sign-extended. */
  public static V128 i32x4ExtendLowI16x8S(V128 v) {
    return new V128(extend16S(v.low()), extend16S(v.low() >>> 32));
  }

  /** {@code i32x4.extend_high_i16x8_s}: i16 lanes 4-7 sign-extended. */
  public static V128 i32x4ExtendHighI16x8S(V128 v) {
    return new V128(extend16S(v.high()), extend16S(v.high() >>> 32));
  }

  /** {@code i32x4.extend_low_i16x8_u}: i16 lanes 0-3 zero-extended. */
  public static V128 i32x4ExtendLowI16x8U(V128 v) {
    return new V128(extend16U(v.low()), extend16U(v.low() >>> 32));
  }

  /** {@code i32x4.extend_high_i16x8_u}: i16 lanes 4-7 zero-extended. */
  public static V128 i32x4ExtendHighI16x8U(V128 v) {
    return new V128(extend16U(v.high()), extend16U(v.high() >>> 32));
  }

  /** {@code i64x2.extend_low_i32x4_s}: i32 lanes 0-1 sign-extended. */
  public static V128 i64x2ExtendLowI32x4S(V128 v) {
    return new V128((int) v.low(), v.low() >> 32);
  }

  /** {@code i64x2.extend_high_i32x4_s}: i32 lanes 2-3 sign-extended. */
  public static V128 i64x2ExtendHighI32x4S(V128 v) {
    return new V128((int) v.high(), v.high() >> 32);
  }

  /** {@code i64x2.extend_low_i32x4_u}: i32 lanes 0-1 zero-extended. */
  public static V128 i64x2ExtendLowI32x4U(V128 v) {
    return new V128(v.low() & LO, v.low() >>> 32);
  }

  /** {@code i64x2.extend_high_i32x4_u}: i32 lanes 2-3 zero-extended. */
  public static V128 i64x2ExtendHighI32x4U(V128 v) {
    return new V128(v.high() & LO, v.high() >>> 32);
  }

  // ---- shifts: the count is taken modulo the lane width ----

  /** {@code i32x4.shl}: lane-wise left shift by {@code s mod 32}. */
  public static V128 i32x4Shl(V128 v, int s) {
    int n = s & 31;
    return new V128(shl32(v.low(), n), shl32(v.high(), n));
  }

  /** {@code i32x4.shr_s}: lane-wise arithmetic right shift by {@code s mod 32}. */
  public static V128 i32x4ShrS(V128 v, int s) {
    int n = s & 31;
    return new V128(shrS32(v.low(), n), shrS32(v.high(), n));
  }

  /** {@code i32x4.shr_u}: lane-wise logical right shift by {@code s mod 32}. */
  public static V128 i32x4ShrU(V128 v, int s) {
    int n = s & 31;
    return new V128(shrU32(v.low(), n), shrU32(v.high(), n));
  }

  /** {@code i64x2.shl}: lane-wise left shift by {@code s mod 64} (Java masks the count alike). */
  public static V128 i64x2Shl(V128 v, int s) {
    return new V128(v.low() << s, v.high() << s);
  }

  /** {@code i64x2.shr_s}: lane-wise arithmetic right shift by {@code s mod 64}. */
  public static V128 i64x2ShrS(V128 v, int s) {
    return new V128(v.low() >> s, v.high() >> s);
  }

  /** {@code i64x2.shr_u}: lane-wise logical right shift by {@code s mod 64}. */
  public static V128 i64x2ShrU(V128 v, int s) {
    return new V128(v.low() >>> s, v.high() >>> s);
  }

  // ---- arithmetic ----

  /** {@code i32x4.add}: lane-wise wrapping addition. */
  public static V128 i32x4Add(V128 a, V128 b) {
    return new V128(add32(a.low(), b.low()), add32(a.high(), b.high()));
  }

  /** {@code i32x4.sub}: lane-wise wrapping subtraction. */
  public static V128 i32x4Sub(V128 a, V128 b) {
    return new V128(sub32(a.low(), b.low()), sub32(a.high(), b.high()));
  }

  /** {@code i32x4.mul}: lane-wise wrapping multiplication. */
  public static V128 i32x4Mul(V128 a, V128 b) {
    return new V128(mul32(a.low(), b.low()), mul32(a.high(), b.high()));
  }

  /** {@code i64x2.add}: lane-wise wrapping addition. */
  public static V128 i64x2Add(V128 a, V128 b) {
    return new V128(a.low() + b.low(), a.high() + b.high());
  }

  /** {@code i64x2.sub}: lane-wise wrapping subtraction. */
  public static V128 i64x2Sub(V128 a, V128 b) {
    return new V128(a.low() - b.low(), a.high() - b.high());
  }

  /** {@code i64x2.mul}: lane-wise wrapping multiplication. */
  public static V128 i64x2Mul(V128 a, V128 b) {
    return new V128(a.low() * b.low(), a.high() * b.high());
  }

  /** {@code i32x4.min_s}: lane-wise signed minimum. */
  public static V128 i32x4MinS(V128 a, V128 b) {
    return new V128(minS32(a.low(), b.low()), minS32(a.high(), b.high()));
  }

  /** {@code i32x4.min_u}: lane-wise unsigned minimum. */
  public static V128 i32x4MinU(V128 a, V128 b) {
    return new V128(minU32(a.low(), b.low()), minU32(a.high(), b.high()));
  }

  /** {@code i32x4.max_s}: lane-wise signed maximum. */
  public static V128 i32x4MaxS(V128 a, V128 b) {
    return new V128(maxS32(a.low(), b.low()), maxS32(a.high(), b.high()));
  }

  /** {@code i32x4.max_u}: lane-wise unsigned maximum. */
  public static V128 i32x4MaxU(V128 a, V128 b) {
    return new V128(maxU32(a.low(), b.low()), maxU32(a.high(), b.high()));
  }

  /**
   * {@code i32x4.dot_i16x8_s}: lane i is {@code a[2i]*b[2i] + a[2i+1]*b[2i+1]} on signed i16 lanes,
   * wrapping.
   */
  public static V128 i32x4DotI16x8S(V128 a, V128 b) {
    return new V128(dot16(a.low(), b.low()), dot16(a.high(), b.high()));
  }

  /** {@code i32x4.extadd_pairwise_i16x8_s}: lane i is {@code v[2i] + v[2i+1]}, signed i16 lanes. */
  public static V128 i32x4ExtaddPairwiseI16x8S(V128 v) {
    return new V128(pairwise16S(v.low()), pairwise16S(v.high()));
  }

  /**
   * {@code i32x4.extadd_pairwise_i16x8_u}: lane i is {@code v[2i] + v[2i+1]}, unsigned i16 lanes.
   */
  public static V128 i32x4ExtaddPairwiseI16x8U(V128 v) {
    return new V128(pairwise16U(v.low()), pairwise16U(v.high()));
  }

  /** {@code i32x4.extmul_low_i16x8_s}: signed products of i16 lanes 0-3. */
  public static V128 i32x4ExtmulLowI16x8S(V128 a, V128 b) {
    return new V128(mul16S(a.low(), b.low()), mul16S(a.low() >>> 32, b.low() >>> 32));
  }

  /** {@code i32x4.extmul_high_i16x8_s}: signed products of i16 lanes 4-7. */
  public static V128 i32x4ExtmulHighI16x8S(V128 a, V128 b) {
    return new V128(mul16S(a.high(), b.high()), mul16S(a.high() >>> 32, b.high() >>> 32));
  }

  /** {@code i32x4.extmul_low_i16x8_u}: unsigned products of i16 lanes 0-3. */
  public static V128 i32x4ExtmulLowI16x8U(V128 a, V128 b) {
    return new V128(mul16U(a.low(), b.low()), mul16U(a.low() >>> 32, b.low() >>> 32));
  }

  /** {@code i32x4.extmul_high_i16x8_u}: unsigned products of i16 lanes 4-7. */
  public static V128 i32x4ExtmulHighI16x8U(V128 a, V128 b) {
    return new V128(mul16U(a.high(), b.high()), mul16U(a.high() >>> 32, b.high() >>> 32));
  }

  /** {@code i64x2.extmul_low_i32x4_s}: signed products of i32 lanes 0-1. */
  public static V128 i64x2ExtmulLowI32x4S(V128 a, V128 b) {
    return new V128((long) (int) a.low() * (int) b.low(), (a.low() >> 32) * (b.low() >> 32));
  }

  /** {@code i64x2.extmul_high_i32x4_s}: signed products of i32 lanes 2-3. */
  public static V128 i64x2ExtmulHighI32x4S(V128 a, V128 b) {
    return new V128((long) (int) a.high() * (int) b.high(), (a.high() >> 32) * (b.high() >> 32));
  }

  /** {@code i64x2.extmul_low_i32x4_u}: unsigned products of i32 lanes 0-1. */
  public static V128 i64x2ExtmulLowI32x4U(V128 a, V128 b) {
    return new V128((a.low() & LO) * (b.low() & LO), (a.low() >>> 32) * (b.low() >>> 32));
  }

  /** {@code i64x2.extmul_high_i32x4_u}: unsigned products of i32 lanes 2-3. */
  public static V128 i64x2ExtmulHighI32x4U(V128 a, V128 b) {
    return new V128((a.high() & LO) * (b.high() & LO), (a.high() >>> 32) * (b.high() >>> 32));
  }

  // ---- saturating truncation from floats ----

  /** {@code i32x4.trunc_sat_f32x4_s}: lane-wise signed saturating truncation; NaN gives 0. */
  public static V128 i32x4TruncSatF32x4S(V128 v) {
    return new V128(truncSatF32S(v.low()), truncSatF32S(v.high()));
  }

  /** {@code i32x4.trunc_sat_f32x4_u}: lane-wise unsigned saturating truncation; NaN gives 0. */
  public static V128 i32x4TruncSatF32x4U(V128 v) {
    return new V128(truncSatF32U(v.low()), truncSatF32U(v.high()));
  }

  /**
   * {@code i32x4.trunc_sat_f64x2_s_zero}: f64 lanes 0-1 to signed saturated i32 lanes 0-1; lanes
   * 2-3 are zero.
   */
  public static V128 i32x4TruncSatF64x2SZero(V128 v) {
    return new V128(truncSatF64S(v.low(), v.high()), 0);
  }

  /**
   * {@code i32x4.trunc_sat_f64x2_u_zero}: f64 lanes 0-1 to unsigned saturated i32 lanes 0-1; lanes
   * 2-3 are zero.
   */
  public static V128 i32x4TruncSatF64x2UZero(V128 v) {
    return new V128(truncSatF64U(v.low(), v.high()), 0);
  }

  // ---- per-half helpers: a half holds i32 lanes (bits 0-31, 32-63) or one i64 lane ----

  /** Two i32 lanes as a half, {@code lane0} in bits 0-31. */
  private static long pack(int lane0, int lane1) {
    return (lane0 & LO) | ((long) lane1 << 32);
  }

  private static long replace32(long half, int x, int lane) {
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

  /** The bits of {@code a} where {@code mask} is set, else those of {@code b}. */
  private static long select(long mask, long a, long b) {
    return (a & mask) | (b & ~mask);
  }

  private static long minS32(long a, long b) {
    return select(ltS32(a, b), a, b);
  }

  private static long minU32(long a, long b) {
    return select(ltU32(a, b), a, b);
  }

  private static long maxS32(long a, long b) {
    return select(ltS32(a, b), b, a);
  }

  private static long maxU32(long a, long b) {
    return select(ltU32(a, b), b, a);
  }

  private static long abs32(long h) {
    return pack(Math.abs((int) h), Math.abs((int) (h >>> 32)));
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
    return pack((short) h, (short) (h >>> 16));
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

  private static long dot16(long a, long b) {
    int lane0 = (short) a * (short) b + (short) (a >>> 16) * (short) (b >>> 16);
    int lane1 = (short) (a >>> 32) * (short) (b >>> 32) + (short) (a >>> 48) * (short) (b >>> 48);
    return pack(lane0, lane1);
  }

  private static long pairwise16S(long h) {
    return pack((short) h + (short) (h >>> 16), (short) (h >>> 32) + (short) (h >>> 48));
  }

  private static long pairwise16U(long h) {
    return ((h & 0xFFFF) + ((h >>> 16) & 0xFFFF)) | ((((h >>> 32) & 0xFFFF) + (h >>> 48)) << 32);
  }

  /** Signed products of the two i16 lanes in bits 0-31 of {@code a} and {@code b}. */
  private static long mul16S(long a, long b) {
    return pack((short) a * (short) b, (short) (a >>> 16) * (short) (b >>> 16));
  }

  /** Unsigned products of the two i16 lanes in bits 0-31 of {@code a} and {@code b}. */
  private static long mul16U(long a, long b) {
    long lane0 = (a & 0xFFFF) * (b & 0xFFFF);
    long lane1 = ((a >>> 16) & 0xFFFF) * ((b >>> 16) & 0xFFFF);
    return lane0 | (lane1 << 32);
  }

  private static long truncSatF32S(long h) {
    return pack(
        Numerics.i32TruncSatF32S(Float.intBitsToFloat((int) h)),
        Numerics.i32TruncSatF32S(Float.intBitsToFloat((int) (h >>> 32))));
  }

  private static long truncSatF32U(long h) {
    return pack(
        Numerics.i32TruncSatF32U(Float.intBitsToFloat((int) h)),
        Numerics.i32TruncSatF32U(Float.intBitsToFloat((int) (h >>> 32))));
  }

  /** The two f64 lanes truncated to a half of two signed saturated i32 lanes. */
  private static long truncSatF64S(long lane0, long lane1) {
    return pack(
        Numerics.i32TruncSatF64S(Double.longBitsToDouble(lane0)),
        Numerics.i32TruncSatF64S(Double.longBitsToDouble(lane1)));
  }

  /** The two f64 lanes truncated to a half of two unsigned saturated i32 lanes. */
  private static long truncSatF64U(long lane0, long lane1) {
    return pack(
        Numerics.i32TruncSatF64U(Double.longBitsToDouble(lane0)),
        Numerics.i32TruncSatF64U(Double.longBitsToDouble(lane1)));
  }
}

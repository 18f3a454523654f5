package dev.teracage.runtime.support;

/**
 * The lane arithmetic of {@link SimdI8I16} on one 64-bit half of a {@code v128}: eight i8 or four
 * i16 lanes packed in a {@code long}, computed branch-free where the trick is simple (SWAR) and
 * lane by lane where it is not. Every method takes and returns halves; {@link SimdI8I16} pairs
 * them.
 */
final class SimdSwar {
  /** The top bit of every i8 lane. */
  static final long H8 = 0x8080_8080_8080_8080L;

  /** The top bit of every i16 lane. */
  static final long H16 = 0x8000_8000_8000_8000L;

  /** 1 in every i8 lane. */
  static final long ONES8 = 0x0101_0101_0101_0101L;

  /** 1 in every i16 lane. */
  static final long ONES16 = 0x0001_0001_0001_0001L;

  /** The low byte of every i16 lane. */
  static final long LOW_BYTES = 0x00FF_00FF_00FF_00FFL;

  private SimdSwar() {}

  // ---------------------------------------------------------------- half helpers (SWAR)
  // In the generic helpers, hi is H8 or H16 (the top bit of each lane) and top is 7 or 15 (its
  // position within the lane). Comparisons give lane masks: all bits of a lane set or clear.

  // The generic helpers below for i8 lanes (H8, 7) and for i16 lanes (H16, 15).

  static long add8(long a, long b) {
    return add(a, b, H8);
  }

  static long add16(long a, long b) {
    return add(a, b, H16);
  }

  static long sub8(long a, long b) {
    return sub(a, b, H8);
  }

  static long sub16(long a, long b) {
    return sub(a, b, H16);
  }

  static long neg8(long a) {
    return sub(0, a, H8);
  }

  static long neg16(long a) {
    return sub(0, a, H16);
  }

  static long addSatS8(long a, long b) {
    return addSatS(a, b, H8, 7);
  }

  static long addSatS16(long a, long b) {
    return addSatS(a, b, H16, 15);
  }

  static long addSatU8(long a, long b) {
    return addSatU(a, b, H8, 7);
  }

  static long addSatU16(long a, long b) {
    return addSatU(a, b, H16, 15);
  }

  static long subSatS8(long a, long b) {
    return subSatS(a, b, H8, 7);
  }

  static long subSatS16(long a, long b) {
    return subSatS(a, b, H16, 15);
  }

  static long subSatU8(long a, long b) {
    return subSatU(a, b, H8, 7);
  }

  static long subSatU16(long a, long b) {
    return subSatU(a, b, H16, 15);
  }

  static long minS8(long a, long b) {
    return minS(a, b, H8, 7);
  }

  static long minS16(long a, long b) {
    return minS(a, b, H16, 15);
  }

  static long minU8(long a, long b) {
    return minU(a, b, H8, 7);
  }

  static long minU16(long a, long b) {
    return minU(a, b, H16, 15);
  }

  static long maxS8(long a, long b) {
    return maxS(a, b, H8, 7);
  }

  static long maxS16(long a, long b) {
    return maxS(a, b, H16, 15);
  }

  static long maxU8(long a, long b) {
    return maxU(a, b, H8, 7);
  }

  static long maxU16(long a, long b) {
    return maxU(a, b, H16, 15);
  }

  static long avgrU8(long a, long b) {
    return avgrU(a, b, H8);
  }

  static long avgrU16(long a, long b) {
    return avgrU(a, b, H16);
  }

  static long abs8(long a) {
    return abs(a, H8, 7);
  }

  static long abs16(long a) {
    return abs(a, H16, 15);
  }

  static long nonZero8(long a) {
    return nonZero(a, H8);
  }

  static long nonZero16(long a) {
    return nonZero(a, H16);
  }

  /** Lane-wise a + b: the low bits add without crossing lanes, the top bits are xor-ed in. */
  static long add(long a, long b, long hi) {
    return ((a & ~hi) + (b & ~hi)) ^ ((a ^ b) & hi);
  }

  /** Lane-wise a - b: each lane of a gets its top bit set so no borrow leaves it; fixed by xor. */
  static long sub(long a, long b, long hi) {
    return ((a | hi) - (b & ~hi)) ^ ((a ^ ~b) & hi);
  }

  /** Spreads the top bit of each lane (the only bits of h) over the lane: 0x80 -> 0xFF. */
  static long spread(long h, int top) {
    return h | (h - (h >>> top));
  }

  /** The top bit of each lane set iff the lane is non-zero (low bits + all-ones carry into it). */
  static long nonZero(long x, long hi) {
    return (((x & ~hi) + ~hi) | x) & hi;
  }

  /** The top bit of each lane set iff a < b unsigned, lane-wise. */
  static long ltUTop(long a, long b, long hi) {
    // top bit of t: the low bits of a are >= those of b; decide on the top bits, else on t
    long t = (a | hi) - (b & ~hi);
    return ((~a & b) | (~(a ^ b) & ~t)) & hi;
  }

  static long eq8(long a, long b) {
    return ~spread(nonZero(a ^ b, H8), 7);
  }

  static long ne8(long a, long b) {
    return spread(nonZero(a ^ b, H8), 7);
  }

  static long ltU8(long a, long b) {
    return spread(ltUTop(a, b, H8), 7);
  }

  /** Signed order is unsigned order with the top bits flipped. */
  static long ltS8(long a, long b) {
    return spread(ltUTop(a ^ H8, b ^ H8, H8), 7);
  }

  static long geU8(long a, long b) {
    return ~ltU8(a, b);
  }

  static long geS8(long a, long b) {
    return ~ltS8(a, b);
  }

  static long eq16(long a, long b) {
    return ~spread(nonZero(a ^ b, H16), 15);
  }

  static long ne16(long a, long b) {
    return spread(nonZero(a ^ b, H16), 15);
  }

  static long ltU16(long a, long b) {
    return spread(ltUTop(a, b, H16), 15);
  }

  static long ltS16(long a, long b) {
    return spread(ltUTop(a ^ H16, b ^ H16, H16), 15);
  }

  static long geU16(long a, long b) {
    return ~ltU16(a, b);
  }

  static long geS16(long a, long b) {
    return ~ltS16(a, b);
  }

  /** Lane-wise |x|: negates the lanes whose top bit is set. */
  static long abs(long x, long hi, int top) {
    long negative = spread(x & hi, top);
    return (sub(0, x, hi) & negative) | (x & ~negative);
  }

  /** Lane-wise saturating signed a + b: overflow iff both operands' signs differ from the sum's. */
  static long addSatS(long a, long b, long hi, int top) {
    long sum = add(a, b, hi);
    long overflow = spread((sum ^ a) & (sum ^ b) & hi, top);
    return (sum & ~overflow) | (signedLimit(a, hi, top) & overflow);
  }

  /** Lane-wise saturating signed a - b: overflow iff the signs differ and the result's is b's. */
  static long subSatS(long a, long b, long hi, int top) {
    long diff = sub(a, b, hi);
    long overflow = spread((a ^ b) & (a ^ diff) & hi, top);
    return (diff & ~overflow) | (signedLimit(a, hi, top) & overflow);
  }

  /** The limit an overflow of a lane saturates to: MAX for a >= 0, MIN for a < 0. */
  static long signedLimit(long a, long hi, int top) {
    return ~hi ^ spread(a & hi, top);
  }

  /** Lane-wise saturating unsigned a + b: all ones in the lanes that carry out. */
  static long addSatU(long a, long b, long hi, int top) {
    long sum = add(a, b, hi);
    long carry = ((a & b) | ((a | b) & ~sum)) & hi;
    return sum | spread(carry, top);
  }

  /** Lane-wise saturating unsigned a - b: zero in the lanes where a < b. */
  static long subSatU(long a, long b, long hi, int top) {
    return sub(a, b, hi) & ~spread(ltUTop(a, b, hi), top);
  }

  static long minS(long a, long b, long hi, int top) {
    long aLess = spread(ltUTop(a ^ hi, b ^ hi, hi), top);
    return (a & aLess) | (b & ~aLess);
  }

  static long minU(long a, long b, long hi, int top) {
    long aLess = spread(ltUTop(a, b, hi), top);
    return (a & aLess) | (b & ~aLess);
  }

  static long maxS(long a, long b, long hi, int top) {
    long bLess = spread(ltUTop(b ^ hi, a ^ hi, hi), top);
    return (a & bLess) | (b & ~bLess);
  }

  static long maxU(long a, long b, long hi, int top) {
    long bLess = spread(ltUTop(b, a, hi), top);
    return (a & bLess) | (b & ~bLess);
  }

  /** Lane-wise ceil((a + b) / 2) = (a | b) - ((a ^ b) >> 1), which never borrows across lanes. */
  static long avgrU(long a, long b, long hi) {
    return (a | b) - (((a ^ b) >>> 1) & ~hi);
  }

  /** Lane-wise x << (n mod 8), the bits shifted out of each lane masked off. */
  static long shl8(long x, int n) {
    n &= 7;
    return (x << n) & (((0xFF << n) & 0xFF) * ONES8);
  }

  /** Lane-wise x >>> (n mod 8), the bits shifted in from the next lane masked off. */
  static long shrU8(long x, int n) {
    n &= 7;
    return (x >>> n) & ((0xFF >>> n) * ONES8);
  }

  /** Lane-wise x >> (n mod 8): x >>> n with the top n bits of each negative lane set. */
  static long shrS8(long x, int n) {
    n &= 7;
    long fill = ((x >>> 7) & ONES8) * ((0xFF << (8 - n)) & 0xFF);
    return ((x >>> n) & ((0xFF >>> n) * ONES8)) | fill;
  }

  /** Lane-wise x << (n mod 16), the bits shifted out of each lane masked off. */
  static long shl16(long x, int n) {
    n &= 15;
    return (x << n) & (((0xFFFF << n) & 0xFFFF) * ONES16);
  }

  /** Lane-wise x >>> (n mod 16), the bits shifted in from the next lane masked off. */
  static long shrU16(long x, int n) {
    n &= 15;
    return (x >>> n) & ((0xFFFF >>> n) * ONES16);
  }

  /** Lane-wise x >> (n mod 16): x >>> n with the top n bits of each negative lane set. */
  static long shrS16(long x, int n) {
    n &= 15;
    long fill = ((x >>> 15) & ONES16) * ((0xFFFF << (16 - n)) & 0xFFFF);
    return ((x >>> n) & ((0xFFFF >>> n) * ONES16)) | fill;
  }

  static long popcnt8(long x) {
    // classic bit count, stopped at byte granularity
    x -= (x >>> 1) & 0x5555_5555_5555_5555L;
    x = (x & 0x3333_3333_3333_3333L) + ((x >>> 2) & 0x3333_3333_3333_3333L);
    return (x + (x >>> 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
  }

  static int bitmask8(long x) {
    // bit 8k moves to bit 56 + k; every other partial product lands below 56 or above 63
    return (int) ((((x & H8) >>> 7) * 0x0102_0408_1020_4080L) >>> 56);
  }

  static int bitmask16(long x) {
    return (int) (((x >>> 15) & 1) | ((x >>> 30) & 2) | ((x >>> 45) & 4) | ((x >>> 60) & 8));
  }

  /** Zero-extends the four bytes of the low 32 bits of x to four i16 lanes. */
  static long widenU(long x) {
    long t = x & 0xFFFF_FFFFL;
    t = (t | (t << 16)) & 0x0000_FFFF_0000_FFFFL;
    return (t | (t << 8)) & LOW_BYTES;
  }

  /** Sign-extends the four bytes of the low 32 bits of x to four i16 lanes. */
  static long widenS(long x) {
    long t = widenU(x);
    return t | ((t >>> 7) & ONES16) * 0xFF00;
  }

  /** Pairwise unsigned byte sums, at most 510: no carry leaves an i16 lane. */
  static long extaddU(long x) {
    return (x & LOW_BYTES) + ((x >>> 8) & LOW_BYTES);
  }

  /** Pairwise signed byte sums: biased by +128 per byte (top bit flipped), minus 256 per lane. */
  static long extaddS(long x) {
    return sub(extaddU(x ^ H8), 0x0100_0100_0100_0100L, H16);
  }

  static long extmulS(long a, long b, int from) {
    return mulS8(a, b, from)
        | mulS8(a, b, from + 8) << 16
        | mulS8(a, b, from + 16) << 32
        | mulS8(a, b, from + 24) << 48;
  }

  static long extmulU(long a, long b, int from) {
    return mulU8(a, b, from)
        | mulU8(a, b, from + 8) << 16
        | mulU8(a, b, from + 16) << 32
        | mulU8(a, b, from + 24) << 48;
  }

  /** The product of the signed bytes at bit {@code at} of a and b, as 16 bits. */
  static long mulS8(long a, long b, int at) {
    return ((byte) (a >>> at) * (byte) (b >>> at)) & 0xFFFFL;
  }

  /** The product of the unsigned bytes at bit {@code at} of a and b (at most 65025). */
  static long mulU8(long a, long b, int at) {
    return ((a >>> at) & 0xFF) * ((b >>> at) & 0xFF);
  }

  static long mul16(long a, long b) {
    return mulLane(a, b, 0) | mulLane(a, b, 16) | mulLane(a, b, 32) | mulLane(a, b, 48);
  }

  /** The low 16 bits of the product of the i16 lanes at bit {@code at}, in place. */
  static long mulLane(long a, long b, int at) {
    return (((a >>> at) * (b >>> at)) & 0xFFFFL) << at;
  }

  static long q15mulr(long a, long b) {
    return q15Lane(a, b, 0) | q15Lane(a, b, 16) | q15Lane(a, b, 32) | q15Lane(a, b, 48);
  }

  /** Only -32768 * -32768 overflows (to 32768), so only the upper bound needs the clamp. */
  static long q15Lane(long a, long b, int at) {
    int product = (short) (a >>> at) * (short) (b >>> at);
    return (Math.min((product + 0x4000) >> 15, Short.MAX_VALUE) & 0xFFFFL) << at;
  }

  /** The eight i16 lanes of lo, hi, each signed saturated to a byte. */
  static long narrowS8(long lo, long hi) {
    return narrowS8(lo) | narrowS8(hi) << 32;
  }

  static long narrowS8(long x) {
    return satS8(x, 0) | satS8(x, 16) << 8 | satS8(x, 32) << 16 | satS8(x, 48) << 24;
  }

  static long satS8(long x, int at) {
    return Math.clamp((short) (x >>> at), Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL;
  }

  /** The eight signed i16 lanes of lo, hi, each saturated to an unsigned byte. */
  static long narrowU8(long lo, long hi) {
    return narrowU8(lo) | narrowU8(hi) << 32;
  }

  static long narrowU8(long x) {
    return satU8(x, 0) | satU8(x, 16) << 8 | satU8(x, 32) << 16 | satU8(x, 48) << 24;
  }

  static long satU8(long x, int at) {
    return Math.clamp((short) (x >>> at), 0, 0xFF);
  }

  /** The four i32 lanes of lo, hi, each signed saturated to an i16. */
  static long narrowS16(long lo, long hi) {
    return satS16((int) lo)
        | satS16((int) (lo >>> 32)) << 16
        | satS16((int) hi) << 32
        | satS16((int) (hi >>> 32)) << 48;
  }

  static long satS16(int x) {
    return Math.clamp(x, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFFL;
  }

  /** The four signed i32 lanes of lo, hi, each saturated to an unsigned i16. */
  static long narrowU16(long lo, long hi) {
    return satU16((int) lo)
        | satU16((int) (lo >>> 32)) << 16
        | satU16((int) hi) << 32
        | satU16((int) (hi >>> 32)) << 48;
  }

  static long satU16(int x) {
    return Math.clamp(x, 0, 0xFFFF);
  }

  /**
   * {@code h} with its lane {@code lane} (of bits {@code width}) set to x, if that lane is in half
   * {@code half}.
   */
  static long put(long h, int x, int lane, int half, int width) {
    if ((lane * width) >>> 6 != half) {
      return h;
    }
    int at = lane * width; // mod 64 by the shift
    long mask = ((1L << width) - 1) << at;
    return (h & ~mask) | ((x & ((1L << width) - 1)) << at);
  }

  /**
   * Eight result bytes of i8x16.shuffle, chosen by the eight index bytes of {@code s} (each taken
   * mod 32) from the 32 bytes of the v128s {@code a} then {@code b}, given as their halves.
   */
  static long shuffle(long aLow, long aHigh, long bLow, long bHigh, long s) {
    long r = 0;
    for (int k = 0; k < 64; k += 8) {
      int i = (int) (s >>> k) & 31;
      long from = i < 16 ? (i < 8 ? aLow : aHigh) : (i < 24 ? bLow : bHigh);
      r |= ((from >>> ((i & 7) << 3)) & 0xFF) << k;
    }
    return r;
  }

  /**
   * Eight result bytes of i8x16.swizzle, chosen by the eight index bytes of {@code s} from the 16
   * bytes of the v128 {@code low}, {@code high}; an index of 16 or more gives 0.
   */
  static long swizzle(long low, long high, long s) {
    long r = 0;
    for (int k = 0; k < 64; k += 8) {
      int i = (int) (s >>> k) & 0xFF;
      long from = i < 8 ? low : high;
      r |= i < 16 ? ((from >>> ((i & 7) << 3)) & 0xFF) << k : 0;
    }
    return r;
  }
}

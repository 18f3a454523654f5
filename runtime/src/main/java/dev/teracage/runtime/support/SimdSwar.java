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
  // Generated code gets a copy of each helper it uses, with a copy of every helper that one
  // calls, so the helpers of the common instructions are flat expressions of i8 lanes (H8, top
  // bit 7) or i16 lanes (H16, top bit 15). The generic ones take hi (H8 or H16, the top bit of
  // each lane) and top (7 or 15, its position within the lane). Comparisons give lane masks: all
  // bits of a lane set or clear. A lane mask is made from the top bits t of its lanes by
  // "spreading" them: t | (t - (t >>> top)) turns 0x80 into 0xFF.

  /** Lane-wise a + b: the low bits add without crossing lanes, the top bits are xor-ed in. */
  static long add8(long a, long b) {
    return ((a & ~H8) + (b & ~H8)) ^ ((a ^ b) & H8);
  }

  /** As {@link #add8}. */
  static long add16(long a, long b) {
    return ((a & ~H16) + (b & ~H16)) ^ ((a ^ b) & H16);
  }

  /** Lane-wise a - b: each lane of a gets its top bit set so no borrow leaves it; fixed by xor. */
  static long sub8(long a, long b) {
    return ((a | H8) - (b & ~H8)) ^ ((a ^ ~b) & H8);
  }

  /** As {@link #sub8}. */
  static long sub16(long a, long b) {
    return ((a | H16) - (b & ~H16)) ^ ((a ^ ~b) & H16);
  }

  /** Lane-wise 0 - a, as {@link #sub8}. */
  static long neg8(long a) {
    return (H8 - (a & ~H8)) ^ (~a & H8);
  }

  /** As {@link #neg8}. */
  static long neg16(long a) {
    return (H16 - (a & ~H16)) ^ (~a & H16);
  }

  /** The top bit of each lane set iff the lane is non-zero (low bits + all-ones carry into it). */
  static long nonZero8(long a) {
    return (((a & ~H8) + ~H8) | a) & H8;
  }

  /** As {@link #nonZero8}. */
  static long nonZero16(long a) {
    return (((a & ~H16) + ~H16) | a) & H16;
  }

  /** All ones in the lanes where a != b: the lanes of a ^ b that are non-zero, spread. */
  static long ne8(long a, long b) {
    long x = a ^ b;
    long t = (((x & ~H8) + ~H8) | x) & H8;
    return t | (t - (t >>> 7));
  }

  /** As {@link #ne8}. */
  static long ne16(long a, long b) {
    long x = a ^ b;
    long t = (((x & ~H16) + ~H16) | x) & H16;
    return t | (t - (t >>> 15));
  }

  /**
   * All ones in the lanes where a < b unsigned. The top bit of t = (a | hi) - (b & ~hi) is set iff
   * the low bits of a are >= those of b; the lane is less if its top bits differ and b's is set (x
   * & b, x = a ^ b), or they are equal and t's is clear (~(x | t)).
   */
  static long ltU8(long a, long b) {
    long x = a ^ b;
    long t = ((x & b) | ~(x | ((a | H8) - (b & ~H8)))) & H8;
    return t | (t - (t >>> 7));
  }

  /** As {@link #ltU8}, the top bits signed: less if they differ and a's is set (x & a). */
  static long ltS8(long a, long b) {
    long x = a ^ b;
    long t = ((x & a) | ~(x | ((a | H8) - (b & ~H8)))) & H8;
    return t | (t - (t >>> 7));
  }

  /** As {@link #ltU8}. */
  static long ltU16(long a, long b) {
    long x = a ^ b;
    long t = ((x & b) | ~(x | ((a | H16) - (b & ~H16)))) & H16;
    return t | (t - (t >>> 15));
  }

  /** As {@link #ltS8}. */
  static long ltS16(long a, long b) {
    long x = a ^ b;
    long t = ((x & a) | ~(x | ((a | H16) - (b & ~H16)))) & H16;
    return t | (t - (t >>> 15));
  }

  // min and max: the lane mask m of a < b (as ltU8, ltS8) chooses lanes, b ^ ((a ^ b) & m) is a
  // where a < b, else b; a ^ ((a ^ b) & m) is b where a < b, else a.

  static long minU8(long a, long b) {
    long x = a ^ b;
    long t = ((x & b) | ~(x | ((a | H8) - (b & ~H8)))) & H8;
    return b ^ (x & (t | (t - (t >>> 7))));
  }

  static long minS8(long a, long b) {
    long x = a ^ b;
    long t = ((x & a) | ~(x | ((a | H8) - (b & ~H8)))) & H8;
    return b ^ (x & (t | (t - (t >>> 7))));
  }

  static long minU16(long a, long b) {
    long x = a ^ b;
    long t = ((x & b) | ~(x | ((a | H16) - (b & ~H16)))) & H16;
    return b ^ (x & (t | (t - (t >>> 15))));
  }

  static long minS16(long a, long b) {
    long x = a ^ b;
    long t = ((x & a) | ~(x | ((a | H16) - (b & ~H16)))) & H16;
    return b ^ (x & (t | (t - (t >>> 15))));
  }

  static long maxU8(long a, long b) {
    long x = a ^ b;
    long t = ((x & b) | ~(x | ((a | H8) - (b & ~H8)))) & H8;
    return a ^ (x & (t | (t - (t >>> 7))));
  }

  static long maxS8(long a, long b) {
    long x = a ^ b;
    long t = ((x & a) | ~(x | ((a | H8) - (b & ~H8)))) & H8;
    return a ^ (x & (t | (t - (t >>> 7))));
  }

  static long maxU16(long a, long b) {
    long x = a ^ b;
    long t = ((x & b) | ~(x | ((a | H16) - (b & ~H16)))) & H16;
    return a ^ (x & (t | (t - (t >>> 15))));
  }

  static long maxS16(long a, long b) {
    long x = a ^ b;
    long t = ((x & a) | ~(x | ((a | H16) - (b & ~H16)))) & H16;
    return a ^ (x & (t | (t - (t >>> 15))));
  }

  /** Lane-wise |x|: negates (as {@link #sub8}) the lanes whose top bit is set. */
  static long abs(long x, long hi, int top) {
    long t = x & hi;
    long negative = t | (t - (t >>> top));
    long negated = (hi - (x & ~hi)) ^ (~x & hi);
    return (negated & negative) | (x & ~negative);
  }

  /**
   * Lane-wise saturating signed a + b: overflow iff both operands' signs differ from the sum's; an
   * overflowing lane saturates to MAX for a >= 0, MIN for a < 0 (~hi ^ the sign of a, spread).
   */
  static long addSatS(long a, long b, long hi, int top) {
    long sum = ((a & ~hi) + (b & ~hi)) ^ ((a ^ b) & hi); // as add8
    long t = (sum ^ a) & (sum ^ b) & hi;
    long overflow = t | (t - (t >>> top));
    long sign = a & hi;
    return (sum & ~overflow) | ((~hi ^ (sign | (sign - (sign >>> top)))) & overflow);
  }

  /** Lane-wise saturating signed a - b: overflow iff the signs differ and the result's is b's. */
  static long subSatS(long a, long b, long hi, int top) {
    long diff = ((a | hi) - (b & ~hi)) ^ ((a ^ ~b) & hi);
    long t = (a ^ b) & (a ^ diff) & hi;
    long overflow = t | (t - (t >>> top));
    long sign = a & hi;
    return (diff & ~overflow) | ((~hi ^ (sign | (sign - (sign >>> top)))) & overflow);
  }

  /** Lane-wise saturating unsigned a + b: all ones in the lanes that carry out. */
  static long addSatU(long a, long b, long hi, int top) {
    long sum = ((a & ~hi) + (b & ~hi)) ^ ((a ^ b) & hi);
    long carry = ((a & b) | ((a | b) & ~sum)) & hi;
    return sum | carry | (carry - (carry >>> top));
  }

  /** Lane-wise saturating unsigned a - b: zero in the lanes where a < b (as {@link #ltU8}). */
  static long subSatU(long a, long b, long hi, int top) {
    long x = a ^ b;
    long t = (a | hi) - (b & ~hi);
    long less = ((x & b) | ~(x | t)) & hi;
    return (t ^ (~x & hi)) & ~(less | (less - (less >>> top)));
  }

  /** Lane-wise ceil((a + b) / 2) = (a | b) - ((a ^ b) >> 1), which never borrows across lanes. */
  static long avgrU(long a, long b, long hi) {
    return (a | b) - (((a ^ b) >>> 1) & ~hi);
  }

  /** Lane-wise x << (n mod 8): the bits that would leave their lane are cleared first. */
  static long shl8(long x, int n) {
    n &= 7;
    return (x & ((0xFF >>> n) * ONES8)) << n;
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

  /** Lane-wise x << (n mod 16): the bits that would leave their lane are cleared first. */
  static long shl16(long x, int n) {
    n &= 15;
    return (x & ((0xFFFF >>> n) * ONES16)) << n;
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

  /** Sign-extends the four bytes of the low 32 bits of x to four i16 lanes: widenU, then fill. */
  static long widenS(long x) {
    long t = x & 0xFFFF_FFFFL;
    t = (t | (t << 16)) & 0x0000_FFFF_0000_FFFFL;
    t = (t | (t << 8)) & LOW_BYTES;
    return t | ((t >>> 7) & ONES16) * 0xFF00;
  }

  /** Pairwise unsigned byte sums, at most 510: no carry leaves an i16 lane. */
  static long extaddU(long x) {
    return (x & LOW_BYTES) + ((x >>> 8) & LOW_BYTES);
  }

  /**
   * Pairwise signed byte sums: the bytes biased by +128 (top bit flipped) sum without carries out
   * of the lane as in {@link #extaddU}, then 256 comes off each lane (as {@link #sub8}, on i16).
   */
  static long extaddS(long x) {
    long biased = ((x ^ H8) & LOW_BYTES) + (((x ^ H8) >>> 8) & LOW_BYTES);
    return ((biased | H16) - 0x0100_0100_0100_0100L) ^ (~biased & H16);
  }

  /** The signed products of the bytes in bits 0-31 of a and b, as four i16 lanes. */
  static long extmulS(long a, long b) {
    return ((byte) a * (byte) b & 0xFFFFL)
        | ((byte) (a >>> 8) * (byte) (b >>> 8) & 0xFFFFL) << 16
        | ((byte) (a >>> 16) * (byte) (b >>> 16) & 0xFFFFL) << 32
        | (long) ((byte) (a >>> 24) * (byte) (b >>> 24)) << 48;
  }

  /** The unsigned products (at most 65025) of the bytes in bits 0-31 of a and b, as i16 lanes. */
  static long extmulU(long a, long b) {
    return (a & 0xFF) * (b & 0xFF)
        | ((a >>> 8) & 0xFF) * ((b >>> 8) & 0xFF) << 16
        | ((a >>> 16) & 0xFF) * ((b >>> 16) & 0xFF) << 32
        | ((a >>> 24) & 0xFF) * ((b >>> 24) & 0xFF) << 48;
  }

  /**
   * Lane-wise low 16 bits of a * b. Those depend only on the low 16 bits of the factors, so lane k
   * is the product of a shifted down to bring lane k to bit 0 and b with only lane k kept, masked
   * to lane k (lane 3: the product's bits above 63 are gone anyway).
   */
  static long mul16(long a, long b) {
    return (a * b & 0xFFFFL)
        | ((a >>> 16) * (b & 0xFFFF_0000L) & 0xFFFF_0000L)
        | ((a >>> 32) * (b & 0xFFFF_0000_0000L) & 0xFFFF_0000_0000L)
        | (a >>> 48) * (b & 0xFFFF_0000_0000_0000L);
  }

  /**
   * Lane-wise (a * b + 2^14) >> 15. Only -32768 * -32768 overflows (to 32768), so only the upper
   * bound needs the clamp.
   */
  static long q15mulr(long a, long b) {
    return (Math.min(((short) a * (short) b + 0x4000) >> 15, Short.MAX_VALUE) & 0xFFFFL)
        | (Math.min(((short) (a >>> 16) * (short) (b >>> 16) + 0x4000) >> 15, Short.MAX_VALUE)
                & 0xFFFFL)
            << 16
        | (Math.min(((short) (a >>> 32) * (short) (b >>> 32) + 0x4000) >> 15, Short.MAX_VALUE)
                & 0xFFFFL)
            << 32
        | (long) Math.min(((short) (a >>> 48) * (short) (b >>> 48) + 0x4000) >> 15, Short.MAX_VALUE)
            << 48;
  }

  /** The eight i16 lanes of lo, hi, each signed saturated to a byte. */
  static long narrowS8(long lo, long hi) {
    return (Math.clamp((short) lo, Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL)
        | (Math.clamp((short) (lo >>> 16), Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL) << 8
        | (Math.clamp((short) (lo >>> 32), Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL) << 16
        | (Math.clamp(lo >> 48, Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL) << 24
        | (Math.clamp((short) hi, Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL) << 32
        | (Math.clamp((short) (hi >>> 16), Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL) << 40
        | (Math.clamp((short) (hi >>> 32), Byte.MIN_VALUE, Byte.MAX_VALUE) & 0xFFL) << 48
        | (long) Math.clamp(hi >> 48, Byte.MIN_VALUE, Byte.MAX_VALUE) << 56;
  }

  /** The eight signed i16 lanes of lo, hi, each saturated to an unsigned byte. */
  static long narrowU8(long lo, long hi) {
    return Math.clamp((short) lo, 0, 0xFF)
        | (long) Math.clamp((short) (lo >>> 16), 0, 0xFF) << 8
        | (long) Math.clamp((short) (lo >>> 32), 0, 0xFF) << 16
        | (long) Math.clamp(lo >> 48, 0, 0xFF) << 24
        | (long) Math.clamp((short) hi, 0, 0xFF) << 32
        | (long) Math.clamp((short) (hi >>> 16), 0, 0xFF) << 40
        | (long) Math.clamp((short) (hi >>> 32), 0, 0xFF) << 48
        | (long) Math.clamp(hi >> 48, 0, 0xFF) << 56;
  }

  /** The four i32 lanes of lo, hi, each signed saturated to an i16. */
  static long narrowS16(long lo, long hi) {
    return (Math.clamp((int) lo, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFFL)
        | (Math.clamp(lo >> 32, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFFL) << 16
        | (Math.clamp((int) hi, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFFL) << 32
        | (long) Math.clamp(hi >> 32, Short.MIN_VALUE, Short.MAX_VALUE) << 48;
  }

  /** The four signed i32 lanes of lo, hi, each saturated to an unsigned i16. */
  static long narrowU16(long lo, long hi) {
    return Math.clamp((int) lo, 0, 0xFFFF)
        | (long) Math.clamp(lo >> 32, 0, 0xFFFF) << 16
        | (long) Math.clamp((int) hi, 0, 0xFFFF) << 32
        | (long) Math.clamp(hi >> 32, 0, 0xFFFF) << 48;
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

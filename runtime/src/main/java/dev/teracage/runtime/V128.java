package dev.teracage.runtime;

/**
 * A WebAssembly {@code v128} value: 128 bits as two {@code long}s, {@code low} holding bytes 0-7
 * and {@code high} bytes 8-15 in little-endian order (lane 0 of every shape starts at bit 0 of
 * {@code low}). Immutable. It is how a {@code v128} crosses a boundary: parameters and results of
 * exported functions, host functions and globals, and calls between generated methods; inside a
 * generated method a {@code v128} is two {@code long}s and no instance is made (RATIONALE.md, "SIMD
 * as two longs").
 *
 * @param low bits 0-63: bytes 0-7, i32 lanes 0-1, i64 and f64 lane 0
 * @param high bits 64-127: bytes 8-15, i32 lanes 2-3, i64 and f64 lane 1
 */
public record V128(long low, long high) {
  /** All zero bits. */
  public static final V128 ZERO = new V128(0, 0);

  /**
   * Returns the value with these 16 bytes, byte 0 first.
   *
   * @param bytes 16 bytes
   * @return the value
   * @throws IllegalArgumentException if {@code bytes} is not 16 long
   */
  public static V128 ofBytes(byte... bytes) {
    if (bytes.length != 16) {
      throw new IllegalArgumentException("a v128 has 16 bytes, got " + bytes.length);
    }
    return new V128(littleEndian(bytes, 0), littleEndian(bytes, 8));
  }

  /**
   * Returns the value with these four i32 lanes, lane 0 first.
   *
   * @param lanes 4 lanes
   * @return the value
   * @throws IllegalArgumentException if {@code lanes} is not 4 long
   */
  public static V128 ofInts(int... lanes) {
    if (lanes.length != 4) {
      throw new IllegalArgumentException("a v128 has 4 i32 lanes, got " + lanes.length);
    }
    return new V128(pair(lanes[0], lanes[1]), pair(lanes[2], lanes[3]));
  }

  /**
   * Returns the value with these four f32 lanes, lane 0 first (bit patterns kept, NaNs included).
   *
   * @param lanes 4 lanes
   * @return the value
   * @throws IllegalArgumentException if {@code lanes} is not 4 long
   */
  public static V128 ofFloats(float... lanes) {
    if (lanes.length != 4) {
      throw new IllegalArgumentException("a v128 has 4 f32 lanes, got " + lanes.length);
    }
    int[] bits = new int[4];
    for (int i = 0; i < 4; i++) {
      bits[i] = Float.floatToRawIntBits(lanes[i]);
    }
    return ofInts(bits);
  }

  /**
   * Returns the value with these two f64 lanes, lane 0 first (bit patterns kept).
   *
   * @param lane0 lane 0
   * @param lane1 lane 1
   * @return the value
   */
  public static V128 ofDoubles(double lane0, double lane1) {
    return new V128(Double.doubleToRawLongBits(lane0), Double.doubleToRawLongBits(lane1));
  }

  /**
   * Returns the 16 bytes, byte 0 first.
   *
   * @return a fresh array
   */
  public byte[] toBytes() {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (low >>> (8 * i));
      bytes[i + 8] = (byte) (high >>> (8 * i));
    }
    return bytes;
  }

  /**
   * Returns an i8 lane, sign-extended.
   *
   * @param lane 0 to 15
   * @return the lane
   */
  public byte byteLane(int lane) {
    return (byte) (half(lane, 16) >>> (8 * (lane & 7)));
  }

  /**
   * Returns an i16 lane, sign-extended.
   *
   * @param lane 0 to 7
   * @return the lane
   */
  public short shortLane(int lane) {
    return (short) (half(lane, 8) >>> (16 * (lane & 3)));
  }

  /**
   * Returns an i32 lane.
   *
   * @param lane 0 to 3
   * @return the lane
   */
  public int intLane(int lane) {
    return (int) (half(lane, 4) >>> (32 * (lane & 1)));
  }

  /**
   * Returns an i64 lane.
   *
   * @param lane 0 or 1
   * @return the lane
   */
  public long longLane(int lane) {
    return half(lane, 2);
  }

  /**
   * Returns an f32 lane with its bit pattern.
   *
   * @param lane 0 to 3
   * @return the lane
   */
  public float floatLane(int lane) {
    return Float.intBitsToFloat(intLane(lane));
  }

  /**
   * Returns an f64 lane with its bit pattern.
   *
   * @param lane 0 or 1
   * @return the lane
   */
  public double doubleLane(int lane) {
    return Double.longBitsToDouble(longLane(lane));
  }

  /** Returns the value as the text format writes it: {@code i32x4 0x... 0x... 0x... 0x...}. */
  @Override
  public String toString() {
    return String.format(
        "i32x4 0x%08x 0x%08x 0x%08x 0x%08x", intLane(0), intLane(1), intLane(2), intLane(3));
  }

  private long half(int lane, int count) {
    if (lane < 0 || lane >= count) {
      throw new IndexOutOfBoundsException("lane " + lane + " of " + count);
    }
    return lane < count / 2 ? low : high;
  }

  private static long pair(int lane0, int lane1) {
    return (lane0 & 0xFFFF_FFFFL) | ((long) lane1 << 32);
  }

  private static long littleEndian(byte[] bytes, int from) {
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (bytes[from + i] & 0xFF);
    }
    return v;
  }
}

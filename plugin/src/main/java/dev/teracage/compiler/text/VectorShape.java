package dev.teracage.compiler.text;

import dev.teracage.compiler.model.ValType;

/**
 * The lane shapes of a {@code v128.const} literal, and how a lane's bits are placed in the vector:
 * lane {@code i} of width {@code w} occupies bits {@code i*w .. i*w+w-1} of the 128-bit
 * little-endian value, which is kept as two longs (bytes 0..7 and 8..15).
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/text/instructions.html#vector-instructions">
 *     Vector instructions</a>
 */
enum VectorShape {
  /** Sixteen 8-bit integer lanes. */
  I8X16("i8x16", 16, null),
  /** Eight 16-bit integer lanes. */
  I16X8("i16x8", 8, null),
  /** Four 32-bit integer lanes. */
  I32X4("i32x4", 4, null),
  /** Two 64-bit integer lanes. */
  I64X2("i64x2", 2, null),
  /** Four {@code f32} lanes. */
  F32X4("f32x4", 4, ValType.F32),
  /** Two {@code f64} lanes. */
  F64X2("f64x2", 2, ValType.F64);

  private final String keyword;
  private final int laneCount;
  private final ValType floatType;

  VectorShape(String keyword, int laneCount, ValType floatType) {
    this.keyword = keyword;
    this.laneCount = laneCount;
    this.floatType = floatType;
  }

  /**
   * Returns the shape a keyword names.
   *
   * @param keyword for example {@code "i32x4"}
   * @return the shape, or {@code null} when the keyword is not a shape
   */
  static VectorShape of(String keyword) {
    for (VectorShape s : values()) {
      if (s.keyword.equals(keyword)) {
        return s;
      }
    }
    return null;
  }

  /**
   * Returns the shape's keyword.
   *
   * @return for example {@code "f32x4"}
   */
  String keyword() {
    return keyword;
  }

  /**
   * Returns the number of lanes.
   *
   * @return 2, 4, 8 or 16
   */
  int laneCount() {
    return laneCount;
  }

  /**
   * Returns the width of a lane.
   *
   * @return 8, 16, 32 or 64 bits
   */
  int laneBits() {
    return 128 / laneCount;
  }

  /**
   * Returns the mask of a lane's bits.
   *
   * @return {@code 2^laneBits - 1}
   */
  long laneMask() {
    return laneBits() == 64 ? -1L : (1L << laneBits()) - 1;
  }

  /**
   * Returns the float type of the lanes.
   *
   * @return {@link ValType#F32} or {@link ValType#F64}, or {@code null} for integer lanes
   */
  ValType laneType() {
    return floatType;
  }

  /**
   * Stores a lane's bits into a vector.
   *
   * @param halves the vector: {@code [0]} bytes 0..7, {@code [1]} bytes 8..15, little-endian
   * @param lane the lane index, {@code 0 .. laneCount()-1}
   * @param bits the lane's value; only its low {@link #laneBits()} bits are used
   */
  void put(long[] halves, int lane, long bits) {
    int offset = lane * laneBits();
    halves[offset >>> 6] |= (bits & laneMask()) << (offset & 63);
  }
}

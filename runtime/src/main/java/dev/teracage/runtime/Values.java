package dev.teracage.runtime;

import dev.teracage.runtime.layout.ValueCode;

/** Conversions between raw bits and boxed values, by value type. */
final class Values {
  private Values() {}

  /**
   * Boxes raw bits as the Java value of a numeric type.
   *
   * @param type a value type code
   * @param bits the bits
   * @return an Integer, Long, Float or Double
   */
  static Object fromBits(int type, long bits) {
    return switch (type) {
      case ValueCode.I32 -> (int) bits;
      case ValueCode.I64 -> bits;
      case ValueCode.F32 -> Float.intBitsToFloat((int) bits);
      case ValueCode.F64 -> Double.longBitsToDouble(bits);
      default ->
          throw new IllegalArgumentException(
              ValueCode.name(type) + " is not numeric: use apply(Object...)");
    };
  }

  /**
   * Returns the raw bits of a boxed numeric value.
   *
   * @param type a value type code
   * @param value an Integer, Long, Float or Double
   * @return the bits, i32 and f32 zero-extended
   */
  static long toBits(int type, Object value) {
    return switch (type) {
      case ValueCode.I32 -> Integer.toUnsignedLong((Integer) value);
      case ValueCode.I64 -> (Long) value;
      case ValueCode.F32 -> Integer.toUnsignedLong(Float.floatToRawIntBits((Float) value));
      case ValueCode.F64 -> Double.doubleToRawLongBits((Double) value);
      default ->
          throw new IllegalArgumentException(
              ValueCode.name(type) + " is not numeric: use apply(Object...)");
    };
  }
}

package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumericEmitterTest {
  private static final String I32 =
      """
      (module
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.sub)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.mul)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.shr_u)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.rotl)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.lt_u)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.ge_s)
        (func (param i32) (result i32) local.get 0 i32.clz)
        (func (param i32) (result i32) local.get 0 i32.popcnt)
        (func (param i32) (result i32) local.get 0 i32.eqz)
        (func (param i32) (result i32) local.get 0 i32.extend8_s)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
        (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_u))
      """;

  @Test
  void i32Operations() {
    Compiled m = Compiled.of(I32);
    assertEquals(Integer.MIN_VALUE, m.call(0, Integer.MAX_VALUE, 1));
    assertEquals(-1, m.call(1, 0, 1));
    assertEquals(0, m.call(2, 0x10000, 0x10000));
    assertEquals(0x7FFFFFFF, m.call(3, -1, 33));
    assertEquals(0x00000003, m.call(4, 0x80000001, 1));
    assertEquals(1, m.call(5, 1, -1));
    assertEquals(0, m.call(5, -1, 1));
    assertEquals(1, m.call(6, -1, -1));
    assertEquals(0, m.call(6, -2, -1));
    assertEquals(32, m.call(7, 0));
    assertEquals(32, m.call(8, -1));
    assertEquals(1, m.call(9, 0));
    assertEquals(0, m.call(9, 5));
    assertEquals(-128, m.call(10, 0x80));
    assertEquals(-3, m.call(11, -7, 2));
    assertEquals(1, m.call(12, -1, 2));
  }

  private static final String I64 =
      """
      (module
        (func (param i64 i64) (result i64) local.get 0 local.get 1 i64.shl)
        (func (param i64 i64) (result i64) local.get 0 local.get 1 i64.rotr)
        (func (param i64 i64) (result i32) local.get 0 local.get 1 i64.gt_u)
        (func (param i64 i64) (result i32) local.get 0 local.get 1 i64.le_s)
        (func (param i64) (result i64) local.get 0 i64.ctz)
        (func (param i64) (result i32) local.get 0 i64.eqz)
        (func (param i64) (result i64) local.get 0 i64.extend32_s)
        (func (param i64 i64) (result i64) local.get 0 local.get 1 i64.div_u)
        (func (result i64) i64.const -9223372036854775808))
      """;

  @Test
  void i64Operations() {
    Compiled m = Compiled.of(I64);
    assertEquals(Long.MIN_VALUE, m.call(0, 1L, 127L));
    assertEquals(Long.MIN_VALUE, m.call(1, 1L, 65L));
    assertEquals(1, m.call(2, -1L, 1L));
    assertEquals(1, m.call(3, -5L, -5L));
    assertEquals(0, m.call(3, 5L, -5L));
    assertEquals(64L, m.call(4, 0L));
    assertEquals(1, m.call(5, 0L));
    assertEquals(-1L, m.call(6, 0xFFFF_FFFFL));
    assertEquals(Long.MAX_VALUE, m.call(7, -1L, 2L));
    assertEquals(Long.MIN_VALUE, m.call(8));
  }

  private static final String FLOAT =
      """
      (module
        (func (param f32) (result f32) local.get 0 f32.neg)
        (func (param f32) (result f32) local.get 0 f32.abs)
        (func (param f32 f32) (result f32) local.get 0 local.get 1 f32.copysign)
        (func (param f64 f64) (result f64) local.get 0 local.get 1 f64.copysign)
        (func (param f64 f64) (result i32) local.get 0 local.get 1 f64.lt)
        (func (param f32 f32) (result i32) local.get 0 local.get 1 f32.ne)
        (func (param f64 f64) (result f64) local.get 0 local.get 1 f64.min)
        (func (param f32) (result f32) local.get 0 f32.nearest)
        (func (result f32) f32.const nan:0x200000)
        (func (result f64) f64.const -0x0p+0)
        (func (param f32) (result f32) local.get 0 f32.sqrt)
        (func (param f64) (result f64) local.get 0 f64.neg))
      """;

  @Test
  void floatOperations() {
    Compiled m = Compiled.of(FLOAT);
    float snan = Float.intBitsToFloat(0x7FA0_0000);
    assertEquals(0xFFA0_0000, Float.floatToRawIntBits((float) m.call(0, snan)));
    assertEquals(
        0x7FA0_0000, Float.floatToRawIntBits((float) m.call(1, Float.intBitsToFloat(0xFFA0_0000))));
    assertEquals(-2.0f, m.call(2, 2.0f, -0.0f));
    assertEquals(3.0, m.call(3, -3.0, 1.0));
    assertEquals(0, m.call(4, Double.NaN, 1.0));
    assertEquals(1, m.call(4, -1.0, 1.0));
    assertEquals(1, m.call(5, Float.NaN, Float.NaN));
    assertEquals(-0.0, m.call(6, 0.0, -0.0));
    assertEquals(2.0f, m.call(7, 2.5f));
    assertEquals(0x7FA0_0000, Float.floatToRawIntBits((float) m.call(8)));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((double) m.call(9)));
    assertEquals(3.0f, m.call(10, 9.0f));
    assertEquals(
        0x7FF4_0000_0000_0001L,
        Double.doubleToRawLongBits(
            (double) m.call(11, Double.longBitsToDouble(0xFFF4_0000_0000_0001L))));
  }
}

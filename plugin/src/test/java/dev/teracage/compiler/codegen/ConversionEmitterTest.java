package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.trap.TrapException;
import org.junit.jupiter.api.Test;

class ConversionEmitterTest {
  private static final String MODULE =
      """
      (module
        (func (param f32) (result i32) local.get 0 i32.trunc_f32_s)
        (func (param f64) (result i32) local.get 0 i32.trunc_sat_f64_u)
        (func (param f64) (result i64) local.get 0 i64.trunc_sat_f64_s)
        (func (param i32) (result f32) local.get 0 f32.convert_i32_u)
        (func (param i64) (result f64) local.get 0 f64.convert_i64_u)
        (func (param i32) (result i64) local.get 0 i64.extend_i32_u)
        (func (param i64) (result i64) local.get 0 i64.extend16_s)
        (func (param f64) (result f32) local.get 0 f32.demote_f64)
        (func (param i32) (result f32) local.get 0 f32.reinterpret_i32))
      """;

  @Test
  void conversions() {
    Compiled m = Compiled.of(MODULE);
    assertEquals(-2, m.call(0, -2.9f));
    assertEquals(
        "invalid conversion to integer",
        assertThrows(TrapException.class, () -> m.call(0, Float.NaN)).reason());
    assertEquals(
        "integer overflow", assertThrows(TrapException.class, () -> m.call(0, 3e9f)).reason());
    assertEquals(-1, m.call(1, 1e20));
    assertEquals(0, m.call(1, -5.0));
    assertEquals(0, m.call(1, Double.NaN));
    assertEquals(Long.MIN_VALUE, m.call(2, -1e300));
    assertEquals(4294967296.0f, m.call(3, -1));
    assertEquals(18446744073709551616.0, m.call(4, -1L));
    assertEquals(0xFFFF_FFFFL, m.call(5, -1));
    assertEquals(-32768L, m.call(6, 0x1234_8000L));
    assertEquals(Float.POSITIVE_INFINITY, m.call(7, 1e300));
    assertEquals(0x7FA0_0001, Float.floatToRawIntBits((float) m.call(8, 0x7FA0_0001)));
  }
}

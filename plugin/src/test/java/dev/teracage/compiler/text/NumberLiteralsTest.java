package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class NumberLiteralsTest {
  private static String reason(Executable e) {
    return assertThrows(MalformedException.class, e).reason();
  }

  @Test
  void integers() {
    assertEquals(0, NumberLiterals.i32("0"));
    assertEquals(-1, NumberLiterals.i32("0xffff_ffff"));
    assertEquals(-1, NumberLiterals.i32("4294967295"));
    assertEquals(Integer.MIN_VALUE, NumberLiterals.i32("-2147483648"));
    assertEquals(Integer.MIN_VALUE, NumberLiterals.i32("-0x8000_0000"));
    assertEquals(Integer.MAX_VALUE, NumberLiterals.i32("+2147483647"));
    assertEquals(1_000_000, NumberLiterals.i32("1_000_000"));
    assertEquals(-1L, NumberLiterals.i64("18446744073709551615"));
    assertEquals(Long.MIN_VALUE, NumberLiterals.i64("-9223372036854775808"));
    assertEquals(Long.MIN_VALUE, NumberLiterals.i64("-0x8000000000000000"));
    assertEquals(-1L, NumberLiterals.integer("255", 8));
    assertEquals(-128L, NumberLiterals.integer("-128", 8));
    assertEquals(-1L, NumberLiterals.integer("0xffff", 16));
  }

  @Test
  void integerErrors() {
    assertEquals("constant out of range", reason(() -> NumberLiterals.i32("0x100000000")));
    assertEquals("constant out of range", reason(() -> NumberLiterals.i32("-0x80000001")));
    assertEquals("constant out of range", reason(() -> NumberLiterals.i32("4294967296")));
    assertEquals("constant out of range", reason(() -> NumberLiterals.i32("-2147483649")));
    assertEquals("constant out of range", reason(() -> NumberLiterals.i64("18446744073709551616")));
    assertEquals("constant out of range", reason(() -> NumberLiterals.integer("256", 8)));
    assertEquals("constant out of range", reason(() -> NumberLiterals.integer("-129", 8)));
    for (String bad : new String[] {"0x", "1x", "0xg", "1__0", "_1", "1_", "0x_1", "+", ""}) {
      assertEquals("unknown operator", reason(() -> NumberLiterals.i32(bad)), bad);
    }
  }

  @Test
  void floatsWhereIntegersBelongAreUnexpected() {
    assertEquals("unexpected token", reason(() -> NumberLiterals.i32("1.0")));
    assertEquals("unexpected token", reason(() -> NumberLiterals.i64("inf")));
    assertEquals("unexpected token", reason(() -> NumberLiterals.i32("nan:0x1")));
  }

  @Test
  void unsigned32() {
    assertEquals(-1, NumberLiterals.u32("0xffff_ffff"));
    assertEquals(65536, NumberLiterals.u32("65536"));
    assertEquals("i32 constant out of range", reason(() -> NumberLiterals.u32("0x1_0000_0000")));
    assertEquals("unexpected token", reason(() -> NumberLiterals.u32("-1")));
  }

  private static int f32(String s) {
    return NumberLiterals.f32(s);
  }

  private static long f64(String s) {
    return NumberLiterals.f64(s);
  }

  @Test
  void specialFloats() {
    assertEquals(0x7f800000, f32("inf"));
    assertEquals(0xff800000, f32("-inf"));
    assertEquals(0x7fc00000, f32("nan"));
    assertEquals(0xffc00000, f32("-nan"));
    assertEquals(0x7f800001, f32("nan:0x1"));
    assertEquals(0x7fffffff, f32("+nan:0x7f_ffff"));
    assertEquals(0xfff0000000000001L, f64("-nan:0x1"));
    assertEquals(0x7ff8000000000000L, f64("nan"));
    assertEquals(0x80000000, f32("-0"));
    assertEquals(0x8000000000000000L, f64("-0.0"));
    assertEquals("constant out of range", reason(() -> f32("nan:0x0")));
    assertEquals("constant out of range", reason(() -> f32("nan:0x80_0000")));
    assertEquals("constant out of range", reason(() -> f64("nan:0x10_0000_0000_0000")));
  }

  @Test
  void decimalFloats() {
    assertEquals(Float.floatToIntBits(1.5f), f32("1.5"));
    assertEquals(Float.floatToIntBits(1f), f32("1."));
    assertEquals(Float.floatToIntBits(100f), f32("1e2"));
    assertEquals(Float.floatToIntBits(100f), f32("1.E+2"));
    assertEquals(Float.floatToIntBits(1_000.5f), f32("1_000.5"));
    assertEquals(Double.doubleToLongBits(0.1), f64("0.1"));
    assertEquals(Double.doubleToLongBits(Double.MAX_VALUE), f64("1.7976931348623157e308"));
    assertEquals(
        Float.floatToIntBits(Float.MAX_VALUE), f32("340282346638528859811704183484516925440"));
    assertEquals(1, f32("1.4e-45"));
    assertEquals(0, f32("1e-50"));
    // f32 rounding of a value that a double would round first: 1 + 2^-24 + 2^-60
    assertEquals(0x3f800001, f32("1.000000059604644861070923523404e0"));
    // decimal ties to even: 2^24 + 1 and 2^24 + 3 are halfway between f32 neighbours
    assertEquals(Float.floatToIntBits(16777216f), f32("16777217"));
    assertEquals(Float.floatToIntBits(16777220f), f32("16777219"));
    assertEquals(1L, f64("4.9e-324"));
    assertEquals(0L, f64("2.4e-324"));
    assertEquals(1L, f64("2.5e-324"));
    assertEquals(Double.doubleToLongBits(1e300), f64("1_000e2_97"));
    assertEquals("constant out of range", reason(() -> f32("1e39")));
    assertEquals(
        "constant out of range", reason(() -> f32("340282356779733661637539395458142568448")));
    assertEquals("constant out of range", reason(() -> f64("1e309")));
    for (String bad :
        new String[] {".5", "1e", "1.e", "1e+", "1._5", "1.5_", "e5", "1..5", "0x1q"}) {
      assertEquals("unknown operator", reason(() -> f32(bad)), bad);
    }
  }

  @Test
  void hexFloats() {
    assertEquals(Float.floatToIntBits(12f), f32("0x1.8p3"));
    assertEquals(Float.floatToIntBits(16f), f32("0x10"));
    assertEquals(Float.floatToIntBits(1f), f32("0x1.p0"));
    assertEquals(Double.doubleToLongBits(0x1.fffffffffffffp1023), f64("0x1.fffffffffffffp1023"));
    assertEquals(Float.floatToIntBits(Float.MAX_VALUE), f32("0x1.fffffep127"));
    // ties to even: 1 + 2^-24 is halfway between 1 and 1 + 2^-23
    assertEquals(0x3f800000, f32("0x1.000001p0"));
    // 1 + 3 * 2^-24 is halfway, rounds up to even 1 + 2^-22
    assertEquals(0x3f800002, f32("0x1.000003p0"));
    // just above halfway
    assertEquals(0x3f800001, f32("0x1.00000100000000001p0"));
    // the f32 of this must not be rounded via double (double rounding would go to even 1.0)
    assertEquals(0x3f800001, f32("0x1.0000010000000001p0"));
    // subnormals
    assertEquals(1, f32("0x1p-149"));
    assertEquals(0, f32("0x1p-150"));
    assertEquals(1, f32("0x1.8p-150"));
    assertEquals(2, f32("0x1.8p-149"));
    assertEquals(0x00800000, f32("0x1.fffffffp-127"));
    assertEquals(1L, f64("0x1p-1074"));
    assertEquals(0, f32("0x1p-1000000000000"));
    assertEquals("constant out of range", reason(() -> f32("0x1p128")));
    assertEquals("constant out of range", reason(() -> f32("0x1.ffffffp127")));
    assertEquals("constant out of range", reason(() -> f64("0x1.fffffffffffff8p1023")));
    assertEquals("constant out of range", reason(() -> f64("0x1p99999999999999999")));
  }

  @Test
  void wellFormedness() {
    assertTrue(NumberLiterals.isNumber("-0x1.8p3"));
    assertTrue(NumberLiterals.isNumber("nan:0x12"));
    assertTrue(NumberLiterals.isNumber("1_000"));
    assertFalse(NumberLiterals.isNumber("0x"));
    assertFalse(NumberLiterals.isNumber("1x"));
  }
}

package dev.teracage.runtime.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * The implementation the code generator uses for each numeric instruction, on raw bits: a {@link
 * Numerics} helper, or the JVM operation that is already exact. Arguments and the result are raw
 * bits, i32 and f32 zero-extended.
 */
final class SpecOps {
  interface Op {
    long apply(long[] args);
  }

  interface FloatUnary {
    float apply(float x);
  }

  interface FloatBinary {
    float apply(float x, float y);
  }

  interface FloatTest {
    boolean test(float x, float y);
  }

  interface DoubleTest {
    boolean test(double x, double y);
  }

  static final Map<String, Op> ALL = new HashMap<>();

  private SpecOps() {}

  static {
    integers();
    floats();
    conversions();
  }

  private static void integers() {
    i32b("add", (a, b) -> a + b);
    i32b("sub", (a, b) -> a - b);
    i32b("mul", (a, b) -> a * b);
    i32b("div_s", Numerics::i32DivS);
    i32b("div_u", Numerics::i32DivU);
    i32b("rem_s", Numerics::i32RemS);
    i32b("rem_u", Numerics::i32RemU);
    i32b("and", (a, b) -> a & b);
    i32b("or", (a, b) -> a | b);
    i32b("xor", (a, b) -> a ^ b);
    i32b("shl", (a, b) -> a << b);
    i32b("shr_s", (a, b) -> a >> b);
    i32b("shr_u", (a, b) -> a >>> b);
    i32b("rotl", Integer::rotateLeft);
    i32b("rotr", Integer::rotateRight);
    i32u("clz", Integer::numberOfLeadingZeros);
    i32u("ctz", Integer::numberOfTrailingZeros);
    i32u("popcnt", Integer::bitCount);
    i32u("eqz", a -> a == 0 ? 1 : 0);
    i32u("extend8_s", a -> (byte) a);
    i32u("extend16_s", a -> (short) a);
    i32b("eq", (a, b) -> a == b ? 1 : 0);
    i32b("ne", (a, b) -> a != b ? 1 : 0);
    i32b("lt_s", (a, b) -> a < b ? 1 : 0);
    i32b("lt_u", (a, b) -> Integer.compareUnsigned(a, b) < 0 ? 1 : 0);
    i32b("le_s", (a, b) -> a <= b ? 1 : 0);
    i32b("le_u", (a, b) -> Integer.compareUnsigned(a, b) <= 0 ? 1 : 0);
    i32b("gt_s", (a, b) -> a > b ? 1 : 0);
    i32b("gt_u", (a, b) -> Integer.compareUnsigned(a, b) > 0 ? 1 : 0);
    i32b("ge_s", (a, b) -> a >= b ? 1 : 0);
    i32b("ge_u", (a, b) -> Integer.compareUnsigned(a, b) >= 0 ? 1 : 0);

    i64b("add", (a, b) -> a + b);
    i64b("sub", (a, b) -> a - b);
    i64b("mul", (a, b) -> a * b);
    i64b("div_s", Numerics::i64DivS);
    i64b("div_u", Numerics::i64DivU);
    i64b("rem_s", Numerics::i64RemS);
    i64b("rem_u", Numerics::i64RemU);
    i64b("and", (a, b) -> a & b);
    i64b("or", (a, b) -> a | b);
    i64b("xor", (a, b) -> a ^ b);
    i64b("shl", (a, b) -> a << (int) b);
    i64b("shr_s", (a, b) -> a >> (int) b);
    i64b("shr_u", (a, b) -> a >>> (int) b);
    i64b("rotl", (a, b) -> Long.rotateLeft(a, (int) b));
    i64b("rotr", (a, b) -> Long.rotateRight(a, (int) b));
    i64u("clz", Long::numberOfLeadingZeros);
    i64u("ctz", Long::numberOfTrailingZeros);
    i64u("popcnt", Long::bitCount);
    ALL.put("i64.eqz", a -> a[0] == 0 ? 1 : 0);
    i64u("extend8_s", a -> (byte) a);
    i64u("extend16_s", a -> (short) a);
    i64u("extend32_s", a -> (int) a);
    i64cmp("eq", (a, b) -> a == b ? 1 : 0);
    i64cmp("ne", (a, b) -> a != b ? 1 : 0);
    i64cmp("lt_s", (a, b) -> a < b ? 1 : 0);
    i64cmp("lt_u", (a, b) -> Long.compareUnsigned(a, b) < 0 ? 1 : 0);
    i64cmp("le_s", (a, b) -> a <= b ? 1 : 0);
    i64cmp("le_u", (a, b) -> Long.compareUnsigned(a, b) <= 0 ? 1 : 0);
    i64cmp("gt_s", (a, b) -> a > b ? 1 : 0);
    i64cmp("gt_u", (a, b) -> Long.compareUnsigned(a, b) > 0 ? 1 : 0);
    i64cmp("ge_s", (a, b) -> a >= b ? 1 : 0);
    i64cmp("ge_u", (a, b) -> Long.compareUnsigned(a, b) >= 0 ? 1 : 0);
  }

  private static void floats() {
    f32b("add", (a, b) -> a + b);
    f32b("sub", (a, b) -> a - b);
    f32b("mul", (a, b) -> a * b);
    f32b("div", (a, b) -> a / b);
    f32b("min", Numerics::f32Min);
    f32b("max", Numerics::f32Max);
    f32b("copysign", Numerics::f32Copysign);
    f32u("sqrt", a -> (float) Math.sqrt(a));
    f32u("abs", Numerics::f32Abs);
    f32u("neg", Numerics::f32Neg);
    f32u("ceil", Numerics::f32Ceil);
    f32u("floor", Numerics::f32Floor);
    f32u("trunc", Numerics::f32Trunc);
    f32u("nearest", Numerics::f32Nearest);
    f32cmp("eq", (a, b) -> a == b);
    f32cmp("ne", (a, b) -> a != b);
    f32cmp("lt", (a, b) -> a < b);
    f32cmp("le", (a, b) -> a <= b);
    f32cmp("gt", (a, b) -> a > b);
    f32cmp("ge", (a, b) -> a >= b);

    f64b("add", (a, b) -> a + b);
    f64b("sub", (a, b) -> a - b);
    f64b("mul", (a, b) -> a * b);
    f64b("div", (a, b) -> a / b);
    f64b("min", Numerics::f64Min);
    f64b("max", Numerics::f64Max);
    f64b("copysign", Numerics::f64Copysign);
    f64u("sqrt", Math::sqrt);
    f64u("abs", Numerics::f64Abs);
    f64u("neg", Numerics::f64Neg);
    f64u("ceil", Numerics::f64Ceil);
    f64u("floor", Numerics::f64Floor);
    f64u("trunc", Numerics::f64Trunc);
    f64u("nearest", Numerics::f64Nearest);
    f64cmp("eq", (a, b) -> a == b);
    f64cmp("ne", (a, b) -> a != b);
    f64cmp("lt", (a, b) -> a < b);
    f64cmp("le", (a, b) -> a <= b);
    f64cmp("gt", (a, b) -> a > b);
    f64cmp("ge", (a, b) -> a >= b);
  }

  private static void conversions() {
    ALL.put("i64.extend_i32_s", a -> (long) (int) a[0]);
    ALL.put("i64.extend_i32_u", a -> Integer.toUnsignedLong((int) a[0]));
    ALL.put("i32.wrap_i64", a -> u32((int) a[0]));
    ALL.put("i32.trunc_f32_s", a -> u32(Numerics.i32TruncF32S(f32(a[0]))));
    ALL.put("i32.trunc_f32_u", a -> u32(Numerics.i32TruncF32U(f32(a[0]))));
    ALL.put("i32.trunc_f64_s", a -> u32(Numerics.i32TruncF64S(f64(a[0]))));
    ALL.put("i32.trunc_f64_u", a -> u32(Numerics.i32TruncF64U(f64(a[0]))));
    ALL.put("i64.trunc_f32_s", a -> Numerics.i64TruncF32S(f32(a[0])));
    ALL.put("i64.trunc_f32_u", a -> Numerics.i64TruncF32U(f32(a[0])));
    ALL.put("i64.trunc_f64_s", a -> Numerics.i64TruncF64S(f64(a[0])));
    ALL.put("i64.trunc_f64_u", a -> Numerics.i64TruncF64U(f64(a[0])));
    ALL.put("i32.trunc_sat_f32_s", a -> u32(Numerics.i32TruncSatF32S(f32(a[0]))));
    ALL.put("i32.trunc_sat_f32_u", a -> u32(Numerics.i32TruncSatF32U(f32(a[0]))));
    ALL.put("i32.trunc_sat_f64_s", a -> u32(Numerics.i32TruncSatF64S(f64(a[0]))));
    ALL.put("i32.trunc_sat_f64_u", a -> u32(Numerics.i32TruncSatF64U(f64(a[0]))));
    ALL.put("i64.trunc_sat_f32_s", a -> Numerics.i64TruncSatF32S(f32(a[0])));
    ALL.put("i64.trunc_sat_f32_u", a -> Numerics.i64TruncSatF32U(f32(a[0])));
    ALL.put("i64.trunc_sat_f64_s", a -> Numerics.i64TruncSatF64S(f64(a[0])));
    ALL.put("i64.trunc_sat_f64_u", a -> Numerics.i64TruncSatF64U(f64(a[0])));
    ALL.put("f32.convert_i32_s", a -> bits((float) (int) a[0]));
    ALL.put("f32.convert_i64_s", a -> bits((float) a[0]));
    ALL.put("f64.convert_i32_s", a -> bits((double) (int) a[0]));
    ALL.put("f64.convert_i64_s", a -> bits((double) a[0]));
    ALL.put("f32.convert_i32_u", a -> bits(Numerics.f32ConvertI32U((int) a[0])));
    ALL.put("f32.convert_i64_u", a -> bits(Numerics.f32ConvertI64U(a[0])));
    ALL.put("f64.convert_i32_u", a -> bits(Numerics.f64ConvertI32U((int) a[0])));
    ALL.put("f64.convert_i64_u", a -> bits(Numerics.f64ConvertI64U(a[0])));
    ALL.put("f64.promote_f32", a -> bits(Numerics.f64PromoteF32(f32(a[0]))));
    ALL.put("f32.demote_f64", a -> bits(Numerics.f32DemoteF64(f64(a[0]))));
    ALL.put("f32.reinterpret_i32", a -> bits(Float.intBitsToFloat((int) a[0])));
    ALL.put("f64.reinterpret_i64", a -> bits(Double.longBitsToDouble(a[0])));
    ALL.put("i32.reinterpret_f32", a -> u32(Float.floatToRawIntBits(f32(a[0]))));
    ALL.put("i64.reinterpret_f64", a -> Double.doubleToRawLongBits(f64(a[0])));
  }

  static float f32(long bits) {
    return Float.intBitsToFloat((int) bits);
  }

  static double f64(long bits) {
    return Double.longBitsToDouble(bits);
  }

  static long bits(float x) {
    return u32(Float.floatToRawIntBits(x));
  }

  static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  static long u32(int x) {
    return Integer.toUnsignedLong(x);
  }

  private static void i32u(String name, IntUnaryOperator f) {
    ALL.put("i32." + name, a -> u32(f.applyAsInt((int) a[0])));
  }

  private static void i32b(String name, IntBinaryOperator f) {
    ALL.put("i32." + name, a -> u32(f.applyAsInt((int) a[0], (int) a[1])));
  }

  private static void i64u(String name, LongUnaryOperator f) {
    ALL.put("i64." + name, a -> f.applyAsLong(a[0]));
  }

  private static void i64b(String name, LongBinaryOperator f) {
    ALL.put("i64." + name, a -> f.applyAsLong(a[0], a[1]));
  }

  private static void i64cmp(String name, LongBinaryOperator f) {
    i64b(name, f);
  }

  private static void f32u(String name, FloatUnary f) {
    ALL.put("f32." + name, a -> bits(f.apply(f32(a[0]))));
  }

  private static void f32b(String name, FloatBinary f) {
    ALL.put("f32." + name, a -> bits(f.apply(f32(a[0]), f32(a[1]))));
  }

  private static void f32cmp(String name, FloatTest f) {
    ALL.put("f32." + name, a -> f.test(f32(a[0]), f32(a[1])) ? 1 : 0);
  }

  private static void f64u(String name, DoubleUnaryOperator f) {
    ALL.put("f64." + name, a -> bits(f.applyAsDouble(f64(a[0]))));
  }

  private static void f64b(String name, DoubleBinaryOperator f) {
    ALL.put("f64." + name, a -> bits(f.applyAsDouble(f64(a[0]), f64(a[1]))));
  }

  private static void f64cmp(String name, DoubleTest f) {
    ALL.put("f64." + name, a -> f.test(f64(a[0]), f64(a[1])) ? 1 : 0);
  }
}

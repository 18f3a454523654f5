package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hand-picked edge cases of {@link Numerics} (boundaries, NaN payloads, signed zeros, the
 * compositions of float_exprs.wast), and checks the spec scripts cannot make: exact rounding of
 * random unsigned conversions and the bytecode size that keeps each helper inlinable.
 */
class NumericsTest {

  private static void assertTrap(TrapKind kind, Executable op) {
    TrapException trap = assertThrows(TrapException.class, op);
    assertEquals(kind, trap.kind());
    assertEquals(kind.message(), trap.getMessage());
  }

  private static int bits(float x) {
    return Float.floatToRawIntBits(x);
  }

  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  private static float f32(int bits) {
    return Float.intBitsToFloat(bits);
  }

  private static double f64(long bits) {
    return Double.longBitsToDouble(bits);
  }

  @Test
  void integerDivisionTraps() {
    assertTrap(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i32DivS(Integer.MIN_VALUE, -1));
    assertTrap(TrapKind.INTEGER_OVERFLOW, () -> Numerics.i64DivS(Long.MIN_VALUE, -1));
    for (Executable op :
        List.<Executable>of(
            () -> Numerics.i32DivS(1, 0),
            () -> Numerics.i32DivU(1, 0),
            () -> Numerics.i32RemS(Integer.MIN_VALUE, 0),
            () -> Numerics.i32RemU(1, 0),
            () -> Numerics.i64DivS(Long.MIN_VALUE, 0),
            () -> Numerics.i64DivU(1, 0),
            () -> Numerics.i64RemS(1, 0),
            () -> Numerics.i64RemU(1, 0))) {
      assertTrap(TrapKind.INTEGER_DIVIDE_BY_ZERO, op);
    }
  }

  @Test
  void integerDivisionValues() {
    assertEquals(0, Numerics.i32RemS(Integer.MIN_VALUE, -1));
    assertEquals(0L, Numerics.i64RemS(Long.MIN_VALUE, -1));
    assertEquals(-2, Numerics.i32DivS(-7, 3));
    assertEquals(-1, Numerics.i32RemS(-7, 3));
    assertEquals(1, Numerics.i32RemS(7, -3));
    assertEquals(0x7FFF_FFFF, Numerics.i32DivU(-1, 2));
    assertEquals(1, Numerics.i32RemU(-1, 2));
    assertEquals(1, Numerics.i32DivU(Integer.MIN_VALUE, Integer.MIN_VALUE));
    assertEquals(Long.MAX_VALUE, Numerics.i64DivU(-1L, 2L));
    assertEquals(5L, Numerics.i64RemU(-1L, 10L));
    assertEquals(Long.MIN_VALUE, Numerics.i64DivS(Long.MIN_VALUE, 1));
  }

  @Test
  void trappingTruncationBoundaries() {
    assertEquals(Integer.MIN_VALUE, Numerics.i32TruncF64S(-2147483648.9));
    assertEquals(Integer.MAX_VALUE, Numerics.i32TruncF64S(2147483647.9));
    assertEquals(Integer.MIN_VALUE, Numerics.i32TruncF32S(-0x1p31f));
    assertEquals(0, Numerics.i32TruncF32U(-0.9f));
    assertEquals(0, Numerics.i32TruncF64U(-0.9999999));
    assertEquals(-1, Numerics.i32TruncF64U(4294967295.9));
    assertEquals(0xFFFF_FF00, Numerics.i32TruncF32U(Math.nextDown(0x1p32f)));
    assertEquals(Long.MIN_VALUE, Numerics.i64TruncF64S(-0x1p63));
    assertEquals(0x7FFF_FFFF_FFFF_FC00L, Numerics.i64TruncF64S(Math.nextDown(0x1p63)));
    assertEquals(Long.MIN_VALUE, Numerics.i64TruncF32S(-0x1p63f));
    assertEquals(Long.MIN_VALUE, Numerics.i64TruncF64U(0x1p63));
    assertEquals(0xFFFF_FFFF_FFFF_F800L, Numerics.i64TruncF64U(Math.nextDown(0x1p64)));
    assertEquals(0xFFFF_FF00_0000_0000L, Numerics.i64TruncF32U(Math.nextDown(0x1p64f)));
    assertEquals(0L, Numerics.i64TruncF32U(-0.5f));

    for (Executable op :
        List.<Executable>of(
            () -> Numerics.i32TruncF64S(2147483648.0),
            () -> Numerics.i32TruncF64S(-2147483649.0),
            () -> Numerics.i32TruncF32S(0x1p31f),
            () -> Numerics.i32TruncF32S(Math.nextDown(-0x1p31f)),
            () -> Numerics.i32TruncF32U(-1f),
            () -> Numerics.i32TruncF64U(4294967296.0),
            () -> Numerics.i32TruncF64U(-1.0),
            () -> Numerics.i64TruncF64S(0x1p63),
            () -> Numerics.i64TruncF64S(Math.nextDown(-0x1p63)),
            () -> Numerics.i64TruncF32S(0x1p63f),
            () -> Numerics.i64TruncF32U(0x1p64f),
            () -> Numerics.i64TruncF64U(0x1p64),
            () -> Numerics.i64TruncF64U(-1.0),
            () -> Numerics.i64TruncF64U(Double.POSITIVE_INFINITY),
            () -> Numerics.i32TruncF32S(Float.NEGATIVE_INFINITY))) {
      assertTrap(TrapKind.INTEGER_OVERFLOW, op);
    }
    for (Executable op :
        List.<Executable>of(
            () -> Numerics.i32TruncF32S(Float.NaN),
            () -> Numerics.i32TruncF32U(f32(0xFFA0_0000)),
            () -> Numerics.i32TruncF64S(Double.NaN),
            () -> Numerics.i32TruncF64U(Double.NaN),
            () -> Numerics.i64TruncF32S(Float.NaN),
            () -> Numerics.i64TruncF32U(Float.NaN),
            () -> Numerics.i64TruncF64S(Double.NaN),
            () -> Numerics.i64TruncF64U(f64(0xFFF4_0000_0000_0000L)))) {
      assertTrap(TrapKind.INVALID_CONVERSION_TO_INTEGER, op);
    }
  }

  @Test
  void saturatingTruncation() {
    float nanF = f32(0x7FA0_0000);
    double nanD = f64(0xFFF4_0000_0000_0000L);
    assertEquals(0, Numerics.i32TruncSatF32S(nanF));
    assertEquals(0, Numerics.i32TruncSatF32U(nanF));
    assertEquals(0, Numerics.i32TruncSatF64S(nanD));
    assertEquals(0, Numerics.i32TruncSatF64U(nanD));
    assertEquals(0L, Numerics.i64TruncSatF32S(nanF));
    assertEquals(0L, Numerics.i64TruncSatF32U(nanF));
    assertEquals(0L, Numerics.i64TruncSatF64S(nanD));
    assertEquals(0L, Numerics.i64TruncSatF64U(nanD));

    assertEquals(Integer.MIN_VALUE, Numerics.i32TruncSatF32S(Float.NEGATIVE_INFINITY));
    assertEquals(Integer.MAX_VALUE, Numerics.i32TruncSatF64S(0x1p40));
    assertEquals(0, Numerics.i32TruncSatF32U(-5f));
    assertEquals(0, Numerics.i32TruncSatF64U(Double.NEGATIVE_INFINITY));
    assertEquals(-1, Numerics.i32TruncSatF32U(0x1p32f));
    assertEquals(-1, Numerics.i32TruncSatF64U(4294967296.0));
    assertEquals(-1, Numerics.i32TruncSatF64U(4294967295.5));
    assertEquals(0x8000_0000, Numerics.i32TruncSatF64U(2147483648.0));
    assertEquals(Long.MAX_VALUE, Numerics.i64TruncSatF32S(Float.POSITIVE_INFINITY));
    assertEquals(Long.MIN_VALUE, Numerics.i64TruncSatF64S(-0x1p70));
    assertEquals(0L, Numerics.i64TruncSatF32U(-0x1p70f));
    assertEquals(-1L, Numerics.i64TruncSatF32U(0x1p64f));
    assertEquals(-1L, Numerics.i64TruncSatF64U(Double.POSITIVE_INFINITY));
    assertEquals(Long.MIN_VALUE, Numerics.i64TruncSatF64U(0x1p63));
    assertEquals(0xFFFF_FFFF_FFFF_F800L, Numerics.i64TruncSatF64U(Math.nextDown(0x1p64)));
    assertEquals(0xFFFF_FF00_0000_0000L, Numerics.i64TruncSatF32U(Math.nextDown(0x1p64f)));
  }

  @Test
  void unsignedConversionRoundsOnceToNearestEven() {
    long[] edges = {
      0,
      1,
      -1L,
      Long.MIN_VALUE,
      Long.MIN_VALUE + 1,
      0x8000_0080_0000_0000L,
      0x8000_0080_0000_0001L,
      0x8000_0180_0000_0000L,
      0xFFFF_FF80_0000_0000L,
      0xFFFF_FF7F_FFFF_FFFFL,
      0x8000_0000_0000_0400L,
      0x8000_0000_0000_0401L,
      0x8000_0000_0000_0C00L,
      0xFFFF_FFFF_FFFF_FBFFL,
      0xFFFF_FFFF_FFFF_FC00L
    };
    for (long x : edges) {
      checkUnsignedConversion(x);
    }
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      long x = random.nextLong();
      checkUnsignedConversion(x >> (i % 40)); // vary magnitude and low bits
      checkUnsignedConversion(x | Long.MIN_VALUE);
    }
    for (int x : new int[] {0, 1, -1, Integer.MIN_VALUE, 0xFFFF_FF7F, 0xFFFF_FF80, 0x8000_0081}) {
      BigInteger exact = BigInteger.valueOf(Integer.toUnsignedLong(x));
      assertEquals(exact.floatValue(), Numerics.f32ConvertI32U(x), Integer.toHexString(x));
      assertEquals(exact.doubleValue(), Numerics.f64ConvertI32U(x), Integer.toHexString(x));
    }
  }

  private static void checkUnsignedConversion(long x) {
    BigInteger exact = new BigInteger(Long.toUnsignedString(x));
    assertEquals(bits(exact.floatValue()), bits(Numerics.f32ConvertI64U(x)), Long.toHexString(x));
    assertEquals(bits(exact.doubleValue()), bits(Numerics.f64ConvertI64U(x)), Long.toHexString(x));
  }

  @Test
  void demoteAndPromoteMakeNanQuietKeepingSignAndPayload() {
    assertEquals(0x7FFC_0000_0000_0000L, bits(Numerics.f64PromoteF32(f32(0x7FA0_0000))));
    assertEquals(0xFFF8_0000_2000_0000L, bits(Numerics.f64PromoteF32(f32(0xFF80_0001))));
    assertEquals(0x7FF8_0000_0000_0000L, bits(Numerics.f64PromoteF32(f32(0x7FC0_0000))));
    assertEquals(0x7FE0_0000, bits(Numerics.f32DemoteF64(f64(0x7FF4_0000_0000_0000L))));
    assertEquals(0xFFC0_0000, bits(Numerics.f32DemoteF64(f64(0xFFF8_0000_0000_0000L))));
    assertEquals(0x7FC0_0000, bits(Numerics.f32DemoteF64(f64(0x7FF0_0000_0000_0001L))));
    assertEquals(0x7F80_0000, bits(Numerics.f32DemoteF64(0x1p128)));
    assertEquals(0x8000_0000, bits(Numerics.f32DemoteF64(-0x1p-150)));
    assertEquals(0x0000_0001, bits(Numerics.f32DemoteF64(Math.nextUp(0x1p-150))));
  }

  @Test
  void floatExprsCompositions() {
    // no_fold_promote_demote: bit-preserving except NaN, which becomes arithmetic
    for (int x :
        new int[] {
          0,
          0x8000_0000,
          1,
          0x8000_0001,
          0x007F_FFFF,
          0x0080_0000,
          0x7F7F_FFFF,
          0x7F80_0000,
          0xFF80_0000
        }) {
      assertEquals(x, bits(Numerics.f32DemoteF64(Numerics.f64PromoteF32(f32(x)))));
    }
    int nan = bits(Numerics.f32DemoteF64(Numerics.f64PromoteF32(f32(0x7FA0_0000))));
    assertEquals(0x7FC0_0000, nan & 0x7FC0_0000);
    // no_fold_demote_promote
    assertEquals(
        -0x1.decep-133, Numerics.f64PromoteF32(Numerics.f32DemoteF64(-0x1.dece272390f5dp-133)));
    assertEquals(
        0x1.49b298p+107, Numerics.f64PromoteF32(Numerics.f32DemoteF64(0x1.49b297ec44dc1p+107)));
    // no_fold_trunc_*_convert_*
    assertEquals(0x1p32f, Numerics.f32ConvertI32U(Numerics.i32TruncF32S(-1.5f)));
    assertEquals(0x1.fffffffep+31, Numerics.f64ConvertI32U(Numerics.i32TruncF64S(-1.5)));
    assertEquals(0x1p64f, Numerics.f32ConvertI64U(Numerics.i64TruncF32S(-1.5f)));
    assertEquals(0x1p64, Numerics.f64ConvertI64U(Numerics.i64TruncF64S(-1.5)));
    assertEquals(0f, (float) Numerics.i32TruncF32U(-0.5f));
    // nonarithmetic_nan_bitpattern: neg flips only the sign, even of a signalling NaN
    assertEquals(0xFF80_3210, bits(Numerics.f32Neg(f32(0x7F80_3210))));
    assertEquals(0x7FF8_0000_0000_3210L, bits(Numerics.f64Neg(f64(0xFFF8_0000_0000_3210L))));
  }

  @Test
  void signOperationsUseRawBits() {
    assertEquals(0x7FA0_0001, bits(Numerics.f32Abs(f32(0xFFA0_0001))));
    assertEquals(0xFFA0_0001, bits(Numerics.f32Neg(f32(0x7FA0_0001))));
    assertEquals(0xFFA0_0001, bits(Numerics.f32Copysign(f32(0x7FA0_0001), -0f)));
    assertEquals(bits(-1f), bits(Numerics.f32Copysign(1f, f32(0xFFC0_0000))));
    assertEquals(bits(1f), bits(Numerics.f32Copysign(-1f, f32(0x7F80_0001))));
    assertEquals(0x7FF4_0000_0000_0001L, bits(Numerics.f64Abs(f64(0xFFF4_0000_0000_0001L))));
    assertEquals(0xFFF4_0000_0000_0001L, bits(Numerics.f64Neg(f64(0x7FF4_0000_0000_0001L))));
    assertEquals(bits(-0.0), bits(Numerics.f64Copysign(0.0, f64(0xFFF8_0000_0000_0000L))));
    assertEquals(bits(-0.0), bits(Numerics.f64Neg(0.0)));
    assertEquals(bits(0f), bits(Numerics.f32Abs(-0f)));
  }

  @Test
  void minMaxOrderZerosAndCanonicaliseNan() {
    assertEquals(bits(-0f), bits(Numerics.f32Min(0f, -0f)));
    assertEquals(bits(-0f), bits(Numerics.f32Min(-0f, 0f)));
    assertEquals(bits(0f), bits(Numerics.f32Max(-0f, 0f)));
    assertEquals(bits(-0.0), bits(Numerics.f64Min(0.0, -0.0)));
    assertEquals(bits(0.0), bits(Numerics.f64Max(0.0, -0.0)));
    assertEquals(0x7FC0_0000, bits(Numerics.f32Min(1f, f32(0xFFA0_0001))));
    assertEquals(0x7FC0_0000, bits(Numerics.f32Max(f32(0x7F80_0001), Float.POSITIVE_INFINITY)));
    assertEquals(0x7FF8_0000_0000_0000L, bits(Numerics.f64Min(f64(0xFFF0_0000_0000_0001L), 1)));
    assertEquals(0x7FF8_0000_0000_0000L, bits(Numerics.f64Max(2, f64(0x7FF4_0000_0000_0000L))));
    assertEquals(
        Float.NEGATIVE_INFINITY, Numerics.f32Min(Float.NEGATIVE_INFINITY, -Float.MAX_VALUE));
    assertEquals(Double.POSITIVE_INFINITY, Numerics.f64Max(Double.POSITIVE_INFINITY, 1e308));
  }

  @Test
  void roundingToIntegral() {
    float[][] f32Nearest = {
      {0.5f, 0f},
      {1.5f, 2f},
      {2.5f, 2f},
      {-2.5f, -2f},
      {-0.5f, -0f},
      {-0f, -0f},
      {0x1.fffffep22f, 0x1p23f},
      {8388609f, 8388609f},
      {0x1.fffffep127f, 0x1.fffffep127f},
      {-0x1p-149f, -0f}
    };
    for (float[] c : f32Nearest) {
      assertEquals(bits(c[1]), bits(Numerics.f32Nearest(c[0])), "nearest " + c[0]);
    }
    double[][] f64Nearest = {
      {0.5, 0},
      {1.5, 2},
      {2.5, 2},
      {-3.5, -4},
      {-0.5, -0.0},
      {4503599627370497.0, 4503599627370497.0},
      {0x1.fffffffffffffp51, 0x1p52},
      {-0x1p-1074, -0.0}
    };
    for (double[] c : f64Nearest) {
      assertEquals(bits(c[1]), bits(Numerics.f64Nearest(c[0])), "nearest " + c[0]);
    }
    assertEquals(bits(-0f), bits(Numerics.f32Ceil(-0.5f)));
    assertEquals(bits(-0f), bits(Numerics.f32Trunc(-0.7f)));
    assertEquals(bits(0f), bits(Numerics.f32Floor(0.3f)));
    assertEquals(bits(-1f), bits(Numerics.f32Floor(-0x1p-149f)));
    assertEquals(bits(1f), bits(Numerics.f32Ceil(0x1p-149f)));
    assertEquals(bits(-0.0), bits(Numerics.f64Ceil(-0.5)));
    assertEquals(bits(-0.0), bits(Numerics.f64Trunc(-0.99)));
    assertEquals(bits(-0.0), bits(Numerics.f64Floor(-0.0)));
    assertEquals(bits(-2.0), bits(Numerics.f64Floor(-1.5)));
    assertEquals(bits(2.0), bits(Numerics.f64Trunc(2.9)));
  }

  @Test
  void roundingKeepsNanPayloadAndMakesItQuiet() {
    assertEquals(0x7FC0_0000, bits(Numerics.f32Nearest(f32(0x7FC0_0000))));
    assertEquals(0xFFE0_0000, bits(Numerics.f32Nearest(f32(0xFFA0_0000))));
    assertEquals(0x7FC0_0001, bits(Numerics.f32Ceil(f32(0x7F80_0001))));
    assertEquals(0xFFC0_0000, bits(Numerics.f32Floor(f32(0xFFC0_0000))));
    assertEquals(0x7FE0_0000, bits(Numerics.f32Trunc(f32(0x7FA0_0000))));
    assertEquals(0xFFF8_0000_0000_0000L, bits(Numerics.f64Nearest(f64(0xFFF8_0000_0000_0000L))));
    assertEquals(0x7FFC_0000_0000_0000L, bits(Numerics.f64Ceil(f64(0x7FF4_0000_0000_0000L))));
    assertEquals(0x7FF8_0000_0000_0001L, bits(Numerics.f64Floor(f64(0x7FF0_0000_0000_0001L))));
    assertEquals(0xFFFC_0000_0000_0000L, bits(Numerics.f64Trunc(f64(0xFFF4_0000_0000_0000L))));
  }

  /** HotSpot inlines any callee of at most 35 bytecode bytes (MaxInlineSize), hot or not. */
  @Test
  void everyPublicHelperIsSmallEnoughToInline() throws IOException {
    InlineSizes.Report sizes = InlineSizes.of(Numerics.class);
    assertTrue(sizes.count() >= 48, "public static methods: " + sizes.count());
    assertEquals(List.of(), sizes.tooBig());
  }
}

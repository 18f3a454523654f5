package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/**
 * Vectors passed as four lanes from producer to consumer ({@link LaneWise}) compute what the packed
 * form computes, and chains of lane-wise instructions pack nothing.
 */
class LaneWiseTest {
  private static final String MODULE =
      """
      (module (memory 1)
        (func (param $x i32) (param $y i32) (param $out i32)
          (v128.store (local.get $out)
            (f32x4.add
              (f32x4.mul (v128.load (local.get $x)) (f32x4.splat (f32.const 2.5)))
              (v128.load offset=16 (local.get $y)))))
        (func (param $a i32) (param $b i32) (result i32)
          (i32x4.extract_lane 2
            (i32x4.sub
              (i32x4.mul (v128.load16x4_s (local.get $a)) (v128.load16x4_u (local.get $b)))
              (v128.load (i32.const 512)))))
        (func (param $in i32) (param $out i32)
          (v128.store (local.get $out)
            (i32x4.mul
              (v128.xor
                (i8x16.shuffle 0 16 16 16 1 16 16 16 2 16 16 16 3 16 16 16
                  (v128.load (local.get $in)) (v128.const i32x4 0 0 0 0))
                (v128.const i32x4 1 2 3 4))
              (v128.const i32x4 16777619 16777619 16777619 16777619))))
        (func (param $x i32) (param $out i32)
          (v128.store (local.get $out)
            (i32x4.add (f32x4.div (v128.load (local.get $x)) (v128.load offset=16 (local.get $x)))
              (v128.andnot (v128.load offset=32 (local.get $x)) (i32x4.splat (i32.const 0xFF))))))
        (func (param $x i32) (param $out i32)
          (v128.store (local.get $out)
            (f32x4.add (v128.load (local.get $x)) (v128.load offset=16 (local.get $x)))))
        (func (param $src i32) (param $dst i32) (param $alpha i32) (param $out i32)
          (v128.store (local.get $out)
            (i8x16.narrow_i16x8_u
              (i16x8.shr_u
                (i16x8.add
                  (i16x8.add
                    (i16x8.mul
                      (i8x16.shuffle 0 16 1 16 2 16 3 16 4 16 5 16 6 16 7 16
                        (v128.load (local.get $src)) (v128.const i32x4 0 0 0 0))
                      (i16x8.splat (local.get $alpha)))
                    (i16x8.mul
                      (i8x16.shuffle 0 16 1 16 2 16 3 16 4 16 5 16 6 16 7 16
                        (v128.load (local.get $dst)) (v128.const i32x4 0 0 0 0))
                      (i16x8.splat (i32.sub (i32.const 255) (local.get $alpha)))))
                  (v128.const i16x8 128 128 128 128 128 128 128 128))
                (i32.const 8))
              (i16x8.shl (v128.load offset=32 (local.get $src)) (i32.const 17)))))
        (func (param $p i32) (param $n i32) (result i32) (local $acc v128)
          (loop $next
            (local.set $acc
              (i32x4.add (local.get $acc)
                (i32x4.mul (v128.load16x4_s (local.get $p)) (v128.load16x4_s offset=8 (local.get $p)))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
          (i32.add
            (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
            (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))
        (func (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
        (func (param $x i32) (result i32) (local $v v128)
          (i32x4.extract_lane 1
            (i32x4.add (local.tee $v (v128.load (local.get $x))) (local.get $v))))
        (func (param $x i32) (result i32)
          (i16x8.extract_lane_s 5
            (i16x8.sub (v128.load (local.get $x)) (i16x8.shr_s (v128.load offset=16 (local.get $x))
              (i32.const 1))))))
      """;

  @Test
  void saxpyShape() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    for (int i = 0; i < 4; i++) {
      mem.set(ValueLayout.JAVA_FLOAT_UNALIGNED, 4L * i, i + 0.5f);
      mem.set(ValueLayout.JAVA_FLOAT_UNALIGNED, 116 + 4L * i, 100f * i);
    }
    m.call(0, 0, 100, 200);
    for (int i = 0; i < 4; i++) {
      assertEquals(
          (i + 0.5f) * 2.5f + 100f * i, mem.get(ValueLayout.JAVA_FLOAT_UNALIGNED, 200 + 4L * i));
    }
  }

  @Test
  void widenedMultiplyThenExtract() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    short[] a = {-3, 7, -30000, 12};
    short[] b = {5, -1, -2, 9};
    for (int i = 0; i < 4; i++) {
      mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 64 + 2L * i, a[i]);
      mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 128 + 2L * i, b[i]);
      mem.set(ValueLayout.JAVA_INT_UNALIGNED, 512 + 4L * i, 1000 * i);
    }
    assertEquals(-30000 * 65534 - 2000, m.call(1, 64, 128));
  }

  @Test
  void byteWideningShuffleXorMultiply() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    byte[] in = {(byte) 0xF0, 0x11, (byte) 0x80, 0x7F};
    for (int i = 0; i < 4; i++) {
      mem.set(ValueLayout.JAVA_BYTE, 300 + i, in[i]);
    }
    m.call(2, 300, 400);
    for (int i = 0; i < 4; i++) {
      assertEquals(
          ((in[i] & 0xFF) ^ (i + 1)) * 16777619,
          mem.get(ValueLayout.JAVA_INT_UNALIGNED, 400 + 4L * i));
    }
  }

  @Test
  void shapesMixedThroughTheSameBits() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    float[] x = {1f, -8f, Float.NaN, 0f};
    float[] y = {4f, 2f, 1f, -0f};
    int[] z = {0x1234, -1, 0x100, 0};
    for (int i = 0; i < 4; i++) {
      mem.set(ValueLayout.JAVA_FLOAT_UNALIGNED, 4L * i, x[i]);
      mem.set(ValueLayout.JAVA_FLOAT_UNALIGNED, 16 + 4L * i, y[i]);
      mem.set(ValueLayout.JAVA_INT_UNALIGNED, 32 + 4L * i, z[i]);
    }
    m.call(3, 0, 700);
    for (int i = 0; i < 2; i++) {
      assertEquals(
          Float.floatToRawIntBits(x[i] / y[i]) + (z[i] & ~0xFF),
          mem.get(ValueLayout.JAVA_INT_UNALIGNED, 700 + 4L * i));
    }
    // NaN / 1 is a NaN, whichever: its bits plus 0x100 (0x100 with the low byte cleared).
    assertTrue(
        Float.isNaN(Float.intBitsToFloat(mem.get(ValueLayout.JAVA_INT_UNALIGNED, 708) - 0x100)));
    assertTrue(Float.isNaN(mem.get(ValueLayout.JAVA_FLOAT_UNALIGNED, 712)), "0 / -0");
  }

  @Test
  void aLaneWiseStoreOutOfBoundsWritesNothing() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    mem.set(ValueLayout.JAVA_FLOAT_UNALIGNED, 0, 1f);
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(4, 0, 65536 - 12));
    for (int i = 0; i < 12; i++) {
      assertEquals(0, mem.get(ValueLayout.JAVA_BYTE, 65536 - 12 + i));
    }
    m.call(4, 0, 65536 - 16);
    assertEquals(1f, mem.get(ValueLayout.JAVA_FLOAT_UNALIGNED, 65536 - 16));
  }

  @Test
  void blendShapeOfI16Lanes() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    int alpha = 77;
    short[] third = {1, -1, 0x7F, 0x80, -300, 300, 0x40, 0};
    for (int i = 0; i < 8; i++) {
      mem.set(ValueLayout.JAVA_BYTE, 1000 + i, (byte) (i * 37 + 5));
      mem.set(ValueLayout.JAVA_BYTE, 2000 + i, (byte) (250 - i * 29));
      mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 1032 + 2L * i, third[i]);
    }
    m.call(5, 1000, 2000, alpha, 3000);
    for (int i = 0; i < 8; i++) {
      int s = (i * 37 + 5) & 0xFF;
      int d = (250 - i * 29) & 0xFF;
      int blended = ((s * alpha + d * (255 - alpha) + 128) & 0xFFFF) >>> 8;
      assertEquals((byte) Math.clamp(blended, 0, 255), mem.get(ValueLayout.JAVA_BYTE, 3000 + i));
      int shifted = (short) (third[i] << 1);
      assertEquals(
          (byte) Math.clamp(shifted, 0, 255),
          mem.get(ValueLayout.JAVA_BYTE, 3008 + i),
          "lane " + i);
    }
  }

  @Test
  void i16LanesSignedShiftAndExtract() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4000 + 10, (short) 5);
    mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4016 + 10, (short) -32768);
    assertEquals(5 - (-16384), m.call(9, 4000));
    mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4000 + 10, (short) 32767);
    mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4016 + 10, (short) -2);
    assertEquals(-32768, m.call(9, 4000), "32767 - (-1) wraps");
  }

  @Test
  void v128LocalsInLaneForm() {
    Compiled m = Compiled.of(MODULE);
    MemorySegment mem = m.context.memory0;
    int expected = 0;
    for (int i = 0; i < 3 * 8; i++) {
      short v = (short) (i * 1234 - 9000);
      mem.set(ValueLayout.JAVA_SHORT_UNALIGNED, 6000 + 2L * i, v);
    }
    for (int k = 0; k < 3; k++) {
      for (int j = 0; j < 4; j++) {
        short a = (short) ((8 * k + j) * 1234 - 9000);
        short b = (short) ((8 * k + 4 + j) * 1234 - 9000);
        expected += a * b;
      }
    }
    assertEquals(expected, m.call(6, 6000, 3));
    V128Check.assertFloats(
        new float[] {1.5f, -2f, 3f, Float.MAX_VALUE},
        m.call(
            7,
            dev.teracage.runtime.V128.ofFloats(1f, -1f, 1f, Float.MAX_VALUE),
            dev.teracage.runtime.V128.ofFloats(0.5f, -1f, 2f, 0f)));
    mem.set(ValueLayout.JAVA_INT_UNALIGNED, 7004, 21);
    assertEquals(42, m.call(8, 7000));
  }

  /** Compares a v128 result with float lanes. */
  private static final class V128Check {
    static void assertFloats(float[] expected, Object actual) {
      dev.teracage.runtime.V128 v = (dev.teracage.runtime.V128) actual;
      assertEquals(dev.teracage.runtime.V128.ofFloats(expected), v);
    }
  }

  @Test
  void aLaneWiseChainPacksNothing() {
    ClassModel model = ClassFile.of().parse(Compiled.compileOnly(MODULE).bytes());
    assertEquals(0, count(model, "f0", Opcode.LOR));
    assertEquals(0, count(model, "f4", Opcode.LOR));
    assertEquals(0, count(model, "f6", Opcode.LOR), "a v128 local in lane form");
    assertEquals(0, count(model, "f9", Opcode.LOR), "i16 lanes");
  }

  private static long count(ClassModel model, String method, Opcode opcode) {
    MethodModel m =
        model.methods().stream().filter(x -> x.methodName().equalsString(method)).findFirst().get();
    return m.code()
        .get()
        .elementStream()
        .filter(e -> e instanceof Instruction i && i.opcode() == opcode)
        .count();
  }
}

package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.V128;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * {@code i8x16.shuffle} with many lane patterns, against the spec's byte-by-byte definition, in
 * each form {@link ShuffleEmitter} emits: two longs (the vector stored as it is), four i32 lanes
 * (the vector consumed by {@code i32x4.add}) and eight i16 lanes ({@code i16x8.add}).
 */
class ShuffleEmitterTest {
  private static final int PATTERNS = 60;
  private static final int A = 0;
  private static final int B = 16;
  private static final int OUT = 64;

  @Test
  void everyFormMatchesTheDefinition() {
    List<byte[]> patterns = patterns(new Random(20261203));
    Compiled m = Compiled.of(module(patterns));
    MemorySegment mem = m.context.memory0;
    byte[] a = new byte[16];
    byte[] b = new byte[16];
    Random values = new Random(7);
    for (int round = 0; round < 3; round++) {
      values.nextBytes(a);
      values.nextBytes(b);
      if (round == 2) {
        Arrays.fill(a, (byte) 0xFF); // a set top bit in every byte: masks must clear what shifts in
        Arrays.fill(b, (byte) 0x80);
      }
      MemorySegment.copy(a, 0, mem, ValueLayout.JAVA_BYTE, A, 16);
      MemorySegment.copy(b, 0, mem, ValueLayout.JAVA_BYTE, B, 16);
      for (int p = 0; p < patterns.size(); p++) {
        byte[] lanes = patterns.get(p);
        byte[] expected = new byte[16];
        for (int i = 0; i < 16; i++) {
          expected[i] = lanes[i] < 16 ? a[lanes[i]] : b[lanes[i] - 16];
        }
        for (int form = 0; form < 3; form++) {
          Object result = m.call(3 * p + form);
          byte[] actual =
              form == 0
                  ? ((V128) result).toBytes()
                  : mem.asSlice(OUT, 16).toArray(ValueLayout.JAVA_BYTE);
          assertArrayEquals(
              expected,
              actual,
              "pattern "
                  + Arrays.toString(lanes)
                  + ", form "
                  + List.of("v128", "i32", "i16").get(form));
        }
      }
    }
  }

  @Test
  void theLaneFormsBuildInts() {
    ClassModel model =
        ClassFile.of().parse(Compiled.compileOnly(module(patterns(new Random(1)))).bytes());
    for (String lanes : List.of("f1", "f2")) {
      assertEquals(0, count(model, lanes, Opcode.LOR), lanes);
      assertTrue(count(model, lanes, Opcode.IOR) > 0, lanes);
    }
    assertTrue(count(model, "f0", Opcode.LOR) > 0, "two longs");
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

  /**
   * Lane patterns: widening (bytes to zero-extended i16 and i32 lanes, from each quarter), byte
   * reversal, interleaving, identity, runs that cross a 32-bit or 64-bit word, and random ones.
   */
  private static List<byte[]> patterns(Random random) {
    List<byte[]> out = new ArrayList<>();
    for (int quarter = 0; quarter < 4; quarter++) {
      byte[] toI32 = new byte[16];
      byte[] toI16 = new byte[16];
      for (int i = 0; i < 16; i++) {
        toI32[i] = (byte) (i % 4 == 0 ? 4 * quarter + i / 4 : 16 + i);
        toI16[i] = (byte) (i % 2 == 0 ? (quarter & 1) * 8 + i / 2 : 16 + i);
      }
      out.add(toI32);
      out.add(toI16);
    }
    byte[] reverse = new byte[16];
    byte[] interleave = new byte[16];
    byte[] identity = new byte[16];
    for (int i = 0; i < 16; i++) {
      reverse[i] = (byte) (15 - i);
      interleave[i] = (byte) (i % 2 == 0 ? i / 2 : 16 + i / 2);
      identity[i] = (byte) i;
    }
    out.add(reverse);
    out.add(interleave);
    out.add(identity);
    while (out.size() < PATTERNS) {
      byte[] lanes = new byte[16];
      int i = 0;
      while (i < 16) { // runs of consecutive source bytes, of random length and start
        int start = random.nextInt(32);
        int run = 1 + random.nextInt(6);
        for (int k = 0; k < run && i < 16; k++, i++) {
          lanes[i] = (byte) ((start + k) % 32);
        }
      }
      out.add(lanes);
    }
    return out;
  }

  /**
   * Three functions per pattern: the shuffle stored whole, through i32x4.add, through i16x8.add.
   */
  private static String module(List<byte[]> patterns) {
    StringBuilder wat = new StringBuilder("(module (memory 1)\n");
    for (byte[] lanes : patterns) {
      StringJoiner immediates = new StringJoiner(" ");
      for (byte lane : lanes) {
        immediates.add(Integer.toString(lane));
      }
      String shuffle =
          "(i8x16.shuffle %s (v128.load (i32.const %d)) (v128.load (i32.const %d)))"
              .formatted(immediates, A, B);
      String zero = "(v128.const i32x4 0 0 0 0)";
      wat.append("(func (result v128) %s)\n".formatted(shuffle));
      wat.append(
          "(func (v128.store (i32.const %d) (i32x4.add %s %s)))\n".formatted(OUT, shuffle, zero));
      wat.append(
          "(func (v128.store (i32.const %d) (i16x8.add %s %s)))\n".formatted(OUT, shuffle, zero));
    }
    return wat.append(")").toString();
  }
}

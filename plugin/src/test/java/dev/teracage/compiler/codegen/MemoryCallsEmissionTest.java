package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A function with {@link MemoryEmitter#CALLS_FROM} or more loads and stores outside its loops, and
 * more outside than inside, makes all its accesses calls to {@code MemoryCalls}, with the same
 * results as accesses in place (every width and extension, unsigned offsets, out of bounds); every
 * access of another function stays in place.
 */
class MemoryCallsEmissionTest {
  /** Each pair copies its width from {@code src + k} to {@code dst + k}. */
  private static final String[][] COPIES = {
    {"i32.load8_u", "i32.store8", "1"},
    {"i32.load8_s", "i32.store8", "1"},
    {"i32.load16_u", "i32.store16", "2"},
    {"i32.load16_s", "i32.store16", "2"},
    {"i32.load", "i32.store", "4"},
    {"i64.load8_u", "i64.store8", "1"},
    {"i64.load8_s", "i64.store8", "1"},
    {"i64.load16_u", "i64.store16", "2"},
    {"i64.load16_s", "i64.store16", "2"},
    {"i64.load32_u", "i64.store32", "4"},
    {"i64.load32_s", "i64.store32", "4"},
    {"i64.load", "i64.store", "8"},
    {"f32.load", "f32.store", "4"},
    {"f64.load", "f64.store", "8"},
  };

  /** How many bytes {@link #module}'s copies cover. */
  private static final int COPIED;

  static {
    int k = 0;
    for (String[] c : COPIES) {
      k += Integer.parseInt(c[2]);
    }
    COPIED = 2 * k;
  }

  /**
   * Function 0 copies {@link #COPIED} bytes from {@code $src} to {@code $dst} through every width
   * (twice over: 56 accesses outside loops), then sums {@code $n} bytes in a loop, then returns the
   * sum plus sign- and zero-extended loads. Function 1 has 12 accesses outside loops and 28 in one;
   * function 2 has 10, no loop; function 3 has 12, no loop.
   */
  private static String module() {
    java.util.List<String> pairs = new java.util.ArrayList<>();
    int k = 0;
    for (int round = 0; round < 2; round++) {
      for (String[] c : COPIES) {
        pairs.add(
            String.format(
                "(%s offset=%d (local.get $dst) (%s offset=%d (local.get $src)))",
                c[1], k, c[0], k));
        k += Integer.parseInt(c[2]);
      }
    }
    return """
    (module (memory 1)
      (func (param $src i32) (param $dst i32) (param $n i32) (result i64) (local $sum i64)
        COPIES
        (block $done
          (loop $next
            (br_if $done (i32.eqz (local.get $n)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (local.set $sum
              (i64.add (local.get $sum) (i64.load8_u (i32.add (local.get $src) (local.get $n)))))
            (br $next)))
        (i64.add (local.get $sum)
          (i64.add (i64.load8_s offset=1 (local.get $src))
            (i64.extend_i32_u (i32.load16_s offset=2 (local.get $src))))))
      (func (param $src i32) (param $dst i32)
        (loop ONCE)
        SIX)
      (func (param $src i32) (param $dst i32)
        FIVE)
      (func (param $src i32) (param $dst i32)
        SIX))
    """
        .replace("COPIES", String.join("\n", pairs))
        .replace("ONCE", String.join("\n", pairs.subList(0, COPIES.length)))
        .replace("FIVE", String.join("\n", pairs.subList(0, 5)))
        .replace("SIX", String.join("\n", pairs.subList(0, 6)));
  }

  @Test
  void callsComputeWhatAccessesInPlaceCompute() {
    Compiled m = Compiled.of(module());
    MemorySegment mem = m.context.memory0;
    byte[] src = new byte[COPIED];
    new Random(42).nextBytes(src);
    src[1] = (byte) 0x80;
    src[2] = (byte) 0xFE;
    src[3] = (byte) 0xFF;
    MemorySegment.copy(src, 0, mem, ValueLayout.JAVA_BYTE, 1000, COPIED);
    long sum = 0;
    for (int i = 0; i < 16; i++) {
      sum += src[i] & 0xFF;
    }
    long expected = sum + (byte) 0x80 + Integer.toUnsignedLong((short) 0xFFFE);
    assertEquals(expected, m.call(0, 1000, 5000, 16));
    byte[] dst = new byte[COPIED];
    MemorySegment.copy(mem, ValueLayout.JAVA_BYTE, 5000, dst, 0, COPIED);
    assertEquals(java.util.HexFormat.of().formatHex(src), java.util.HexFormat.of().formatHex(dst));
  }

  @Test
  void outOfBoundsThroughACallWritesNothingAfter() {
    Compiled m = Compiled.of(module());
    MemorySegment mem = m.context.memory0;
    mem.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, -1L);
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(0, -1, 0, 0));
    assertEquals(-1L, mem.get(ValueLayout.JAVA_LONG_UNALIGNED, 0), "the first load traps first");
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(0, 65536 - 8, 0, 0));
    assertEquals(
        mem.get(ValueLayout.JAVA_BYTE, 65536 - 8), mem.get(ValueLayout.JAVA_BYTE, 0), "copied");
  }

  @Test
  void onlyMostlyStraightLineFunctionsWithManyAccessesMakeCalls() {
    ClassModel model = ClassFile.of().parse(Compiled.compileOnly(module()).bytes());
    assertEquals(2 * 2 * COPIES.length + 3, calls(model, "f0"), "copies, loop and final loads");
    assertEquals(0, handles(model, "f0"));
    assertEquals(0, calls(model, "f1"), "more accesses inside loops than outside");
    assertEquals(2 * COPIES.length + 12, handles(model, "f1"));
    assertEquals(0, calls(model, "f2"), "fewer than CALLS_FROM");
    assertEquals(10, handles(model, "f2"));
    assertEquals(MemoryEmitter.CALLS_FROM, calls(model, "f3"));
    assertEquals(0, handles(model, "f3"));
  }

  private static long calls(ClassModel model, String method) {
    return method(model, method)
        .code()
        .get()
        .elementStream()
        .filter(e ->
            e instanceof InvokeInstruction i
                && i.owner().asInternalName().equals("dev/teracage/runtime/support/MemoryCalls"))
        .count();
  }

  private static long handles(ClassModel model, String method) {
    return method(model, method)
        .code()
        .get()
        .elementStream()
        .filter(e -> e instanceof FieldInstruction f && f.name().stringValue().startsWith("LE_"))
        .count();
  }

  private static MethodModel method(ClassModel model, String name) {
    return model.methods().stream()
        .filter(x -> x.methodName().equalsString(name))
        .findFirst()
        .orElseThrow();
  }
}

package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ConstantStoresTest {
  private static final ValueLayout.OfLong LE_LONG =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  /** Function 0: a run of every kind of constant store, all inside the first page. */
  private static final String RUN =
      """
      (module (memory 1)
        (func
          i32.const 0 i64.const 0x0102030405060708 i64.store offset=16
          i32.const 8 i32.const -2 i32.store
          i32.const 4 i32.const 0x1234 i32.store16 offset=2
          i32.const 1 i32.const 0xAB i32.store8
          i32.const 24 f32.const -1.5 f32.store
          i32.const 32 f64.const 0.25 f64.store
          i32.const 40 i64.const -1 i64.store32
          i32.const 44 i64.const 0x7766 i64.store16
          i32.const 46 i64.const 0x55 i64.store8
          i32.const 48 i64.const 0xD800DBFFDC00DFFF i64.store
          i32.const 65528 i64.const 0x1122334455667788 i64.store)
        (func (param i32) (result i64) local.get 0 i64.load))
      """;

  @Test
  void aRunOfConstantStoresWritesWhatEachStoreWould() {
    Compiled m = Compiled.of(RUN);
    var mem = m.context.memory0;
    m.call(0);
    assertEquals(0x0102030405060708L, mem.get(LE_LONG, 16));
    assertEquals(-2, mem.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 8));
    assertEquals(0x34, mem.get(ValueLayout.JAVA_BYTE, 6));
    assertEquals(0x12, mem.get(ValueLayout.JAVA_BYTE, 7));
    assertEquals((byte) 0xAB, mem.get(ValueLayout.JAVA_BYTE, 1));
    assertEquals(0, mem.get(ValueLayout.JAVA_BYTE, 2), "a narrow store writes only its bytes");
    assertEquals(Float.floatToRawIntBits(-1.5f), (int) (long) m.call(1, 24) & 0xFFFF_FFFF);
    assertEquals(Double.doubleToRawLongBits(0.25), (long) m.call(1, 32));
    assertEquals(0x0055_7766_FFFF_FFFFL, (long) m.call(1, 40));
    assertEquals(
        0xD800DBFFDC00DFFFL, (long) m.call(1, 48), "surrogate code units in the constant string");
    assertEquals(0x1122334455667788L, (long) m.call(1, 65528), "the page's last 8 bytes");
    assertTrue(callsStoreConstants(m), "the run became one call");
  }

  @Test
  void storesThatMayTrapStayStoresAndTrapInOrder() {
    // The third store reaches past the minimum size (one page): no run of four in bounds.
    Compiled m =
        Compiled.of(
            """
            (module (memory 1 2)
              (func
                i32.const 0 i32.const 1 i32.store
                i32.const 4 i32.const 2 i32.store
                i32.const 65534 i32.const 3 i32.store
                i32.const 8 i32.const 4 i32.store
                i32.const 12 i32.const 5 i32.store))
            """);
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(0));
    var mem = m.context.memory0;
    var le = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    assertEquals(1, mem.get(le, 0));
    assertEquals(2, mem.get(le, 4));
    assertEquals(0, mem.get(le, 8), "nothing after the trapping store");
    assertFalse(callsStoreConstants(m));
  }

  @Test
  void shortRunsAndStoresOfComputedValuesAreLeftAlone() {
    Compiled m =
        Compiled.of(
            """
            (module (memory 1)
              (func (param i32)
                i32.const 0 i32.const 1 i32.store
                i32.const 4 i32.const 2 i32.store
                i32.const 8 i32.const 3 i32.store
                i32.const 12 local.get 0 i32.store))
            """);
    m.call(0, 9);
    assertEquals(9, m.context.memory0.get(ValueLayout.JAVA_INT_UNALIGNED, 12));
    assertFalse(callsStoreConstants(m));
  }

  private static boolean callsStoreConstants(Compiled m) {
    ClassModel cm = ClassFile.of().parse(m.compiled.bytes());
    for (MethodModel mm : cm.methods()) {
      CodeModel code = mm.code().orElse(null);
      if (code == null) {
        continue;
      }
      for (var e : code.elementList()) {
        if (e instanceof InvokeInstruction i && i.name().equalsString("storeConstants")) {
          return true;
        }
      }
    }
    return false;
  }
}

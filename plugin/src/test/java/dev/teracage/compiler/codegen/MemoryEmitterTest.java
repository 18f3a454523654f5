package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class MemoryEmitterTest {
  private static final String MODULE =
      """
      (module (memory 1)
        (func (param i32 i32) local.get 0 local.get 1 i32.store offset=4)
        (func (param i32) (result i32) local.get 0 i32.load offset=4)
        (func (param i32) (result i32) local.get 0 i32.load8_s)
        (func (param i32) (result i32) local.get 0 i32.load16_u)
        (func (param i32) (result i64) local.get 0 i64.load32_u)
        (func (param i32 i64) local.get 0 local.get 1 i64.store16)
        (func (param i32) (result i64) local.get 0 i64.load)
        (func (param i32 f64) local.get 0 local.get 1 f64.store)
        (func (param i32) (result f32) local.get 0 f32.load)
        (func (result i32) memory.size))
      """;

  @Test
  void loadsAndStoresAreLittleEndian() {
    Compiled m = Compiled.of(MODULE);
    var mem = m.context.memory0;
    m.call(0, 0, 0x8081_8283);
    assertEquals((byte) 0x83, mem.get(ValueLayout.JAVA_BYTE, 4));
    assertEquals(0x8081_8283, m.call(1, 0));
    assertEquals(-125, m.call(2, 4));
    assertEquals(0x8283, m.call(3, 4));
    assertEquals(0x8081_8283L, m.call(4, 4));
    m.call(5, 100, 0x1234_5678_9ABCL);
    assertEquals(0x9ABCL, m.call(6, 100));
    m.call(7, 200, Double.longBitsToDouble(0x7FF4_0000_0000_0001L));
    assertEquals(0x7FF4_0000_0000_0001L, (long) m.call(6, 200));
    mem.set(ValueLayout.JAVA_INT_UNALIGNED, 300, 0x7FA0_0001);
    assertEquals(0x7FA0_0001, Float.floatToRawIntBits((float) m.call(8, 300)));
    assertEquals(1, m.call(9));
  }

  @Test
  void outOfBoundsAccessesThrow() {
    Compiled m = Compiled.of(MODULE);
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(1, 65532));
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(1, -1));
    assertEquals(0, m.call(1, 65528));
  }

  @Test
  void globalsLiveInTheArena() {
    Compiled m =
        Compiled.of(
            """
            (module
              (global $a (mut i32) (i32.const 0))
              (global $b (mut i64) (i64.const 0))
              (global $c (mut f64) (f64.const 0))
              (func (param i32) (result i32)
                local.get 0 global.set $a
                global.get $a i64.extend_i32_s i64.const 3 i64.mul global.set $b
                global.get $b f64.convert_i64_s global.set $c
                global.get $a)
              (func (result f64) global.get $c))
            """);
    assertEquals(-7, m.call(0, -7));
    assertEquals(-7, m.context.arena.get(ValueLayout.JAVA_INT_UNALIGNED, m.layout.globalOffset(0)));
    assertEquals(
        -21L, m.context.arena.get(ValueLayout.JAVA_LONG_UNALIGNED, m.layout.globalOffset(1)));
    assertEquals(-21.0, m.call(1));
  }
}

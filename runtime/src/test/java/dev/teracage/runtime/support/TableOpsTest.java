package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableOpsTest {
  private static void assertTrap(TrapKind kind, org.junit.jupiter.api.function.Executable op) {
    assertEquals(kind, assertThrows(TrapException.class, op).kind());
  }

  private static void assertOutOfBounds(org.junit.jupiter.api.function.Executable op) {
    assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, op);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void getSetGrowFill(boolean reserved) {
    Context ctx = SupportFixture.context(1, reserved);
    Object x = new Object();
    TableOps.set(3, x, ctx, 1);
    assertSame(x, TableOps.get(3, ctx, 1));
    assertNull(TableOps.get(0, ctx, 1));
    assertOutOfBounds(() -> TableOps.get(4, ctx, 1));
    assertOutOfBounds(() -> TableOps.set(-1, x, ctx, 1));
    assertEquals(4, TableOps.grow("n", 2, ctx, 1));
    assertEquals(6, TableOps.size(ctx, 1));
    assertEquals("n", TableOps.get(5, ctx, 1));
    assertSame(x, TableOps.get(3, ctx, 1));
    assertEquals(-1, TableOps.grow(null, 3, ctx, 1)); // max 8
    assertEquals(-1, TableOps.grow(null, -1, ctx, 1));
    TableOps.fill(1, "f", 2, ctx, 1);
    assertEquals("f", TableOps.get(2, ctx, 1));
    assertSame(x, TableOps.get(3, ctx, 1));
    TableOps.fill(6, "f", 0, ctx, 1);
    assertOutOfBounds(() -> TableOps.fill(5, "g", 2, ctx, 1));
    assertEquals("n", TableOps.get(5, ctx, 1));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void copyAndInitCheckBothRanges(boolean reserved) {
    Context ctx = SupportFixture.context(1, reserved);
    TableOps.init(0, 0, 3, ctx, 0, 1);
    assertEquals("a", TableOps.get(0, ctx, 1));
    assertNull(TableOps.get(1, ctx, 1));
    assertEquals("c", TableOps.get(2, ctx, 1));
    TableOps.copy(1, 0, 3, ctx, 1, 1); // overlapping
    assertEquals("a", TableOps.get(1, ctx, 1));
    assertNull(TableOps.get(2, ctx, 1));
    assertEquals("c", TableOps.get(3, ctx, 1));
    TableOps.copy(0, 0, 4, ctx, 0, 1); // between tables
    assertEquals("c", TableOps.get(3, ctx, 0));
    assertOutOfBounds(() -> TableOps.copy(2, 0, 3, ctx, 0, 1));
    assertOutOfBounds(() -> TableOps.init(0, 2, 2, ctx, 0, 1));
    assertOutOfBounds(() -> TableOps.init(3, 0, 2, ctx, 0, 1));
    TableOps.init(4, 3, 0, ctx, 0, 1);
    TableOps.elemDrop(ctx, 0);
    assertEquals(1, ctx.arena.get(ValueLayout.JAVA_BYTE, 8));
    TableOps.init(0, 0, 0, ctx, 0, 1);
    assertOutOfBounds(() -> TableOps.init(0, 0, 1, ctx, 0, 1));
  }

  @Test
  void indirectCallsCheckElementAndType() {
    Context ctx = SupportFixture.context(1, true);
    FuncRef f = new FuncRef(MethodHandles.zero(int.class), 77, "f");
    ctx.typeIds = new int[] {77, 78};
    TableOps.set(1, f, ctx, 0);
    assertSame(f, Calls.indirect(ctx, 0, 1, 0));
    assertTrap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, () -> Calls.indirect(ctx, 0, 1, 1));
    assertTrap(TrapKind.UNINITIALIZED_ELEMENT, () -> Calls.indirect(ctx, 0, 0, 0));
    assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> Calls.indirect(ctx, 0, 4, 0));
    assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> Calls.indirect(ctx, 0, -1, 0));
  }

  @Test
  void externalTableInternsByIdentity() {
    ExternalTable objects = new ExternalTable(new Object[0]);
    assertEquals(0, objects.handleOf(null));
    assertNull(objects.get(0));
    String a = new String("a");
    String b = new String("a");
    int ha = objects.handleOf(a);
    int hb = objects.handleOf(b);
    assertEquals(ha, objects.handleOf(a));
    assertEquals(ha + 1, hb);
    assertSame(a, objects.get(ha));
    assertSame(b, objects.get(hb));
    for (int i = 0; i < 100; i++) {
      objects.handleOf(new Object());
    }
    assertSame(a, objects.get(ha));
    assertEquals(103, objects.size());
  }
}

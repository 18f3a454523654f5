package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.teracage.runtime.layout.ArenaHeader;
import dev.teracage.runtime.layout.ValueCode;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

class TableInstanceTest {
  @Test
  void aTableOverARegionThatHoldsHandlesReadsTheirObjects() {
    Object a = new Object();
    Object b = new Object();
    ExternalTable objects = new ExternalTable(new Object[] {a, b});
    MemorySegment region = ArenaMemory.allocate(4 * 8);
    region.set(ArenaHeader.U32, 0, 2);
    region.set(ArenaHeader.U32, 8, 1);
    TableInstance t = new TableInstance(ValueCode.EXTERNREF, objects, region, 3, 8, 8, null);
    assertSame(b, t.getUnchecked(0));
    assertNull(t.getUnchecked(1));
    assertSame(a, t.getUnchecked(2));
  }

  @Test
  void everyWriteKeepsHandlesAndReadsInStep() {
    Object a = new Object();
    Object b = new Object();
    ExternalTable objects = new ExternalTable(new Object[0]);
    MemorySegment region = ArenaMemory.allocate(4 * 16);
    TableInstance t = new TableInstance(ValueCode.EXTERNREF, objects, region, 2, 16, 16, null);
    t.setUnchecked(1, a);
    assertEquals(2, t.grow(3, b));
    t.copyFrom(0, t, 1, 3); // a b b -> slots 0..2, overlapping
    Object[] expected = {a, b, b, b, b};
    for (int i = 0; i < expected.length; i++) {
      assertSame(expected[i], t.getUnchecked(i), "element " + i);
      int handle = region.get(ArenaHeader.U32, 4L * i);
      assertSame(expected[i], objects.get(handle), "handle of element " + i);
    }
    assertEquals(-1, t.grow(12, null), "past the limit of 16");
    assertEquals(5, t.size());
  }

  private static final MethodHandle TARGET = MethodHandles.constant(int.class, 0);

  private static Context context() {
    return new Context(
        ArenaMemory.allocate(64), new MemorySegment[1], new FuncRef[0], 1, new Object[0], null);
  }

  @Test
  void ownFunctionNamesOnlyTheAskingInstancesFunctionsAndFollowsEveryWrite() {
    Context mine = context();
    Context other = context();
    FuncRef f3 = new FuncRef(TARGET, 7, "m.func[3]", mine, 3);
    FuncRef f5 = new FuncRef(TARGET, 7, "m.func[5]", mine, 5);
    FuncRef foreign = new FuncRef(TARGET, 7, "n.func[3]", other, 3);
    FuncRef host = new FuncRef(TARGET, 7, "host.f");
    ExternalTable objects = new ExternalTable(new Object[0]);
    TableInstance t = new TableInstance(ValueCode.FUNCREF, objects, null, 4, 16, 16, null);
    t.setUnchecked(0, f3);
    t.setUnchecked(1, foreign);
    t.setUnchecked(2, host);
    assertEquals(3, t.ownFunction(0, mine));
    assertEquals(-1, t.ownFunction(0, other), "another instance asking");
    assertEquals(3, t.ownFunction(1, other));
    assertEquals(-1, t.ownFunction(1, mine), "another instance's function");
    assertEquals(-1, t.ownFunction(2, mine), "a host function");
    assertEquals(-1, t.ownFunction(3, mine), "null");
    assertEquals(-1, t.ownFunction(4, mine), "past the end");
    assertEquals(-1, t.ownFunction(-1, mine), "past the end, unsigned");

    t.setUnchecked(0, null);
    assertEquals(-1, t.ownFunction(0, mine), "overwritten with null");
    assertEquals(4, t.grow(2, f5));
    assertEquals(5, t.ownFunction(4, mine), "grown with a function");
    assertEquals(5, t.ownFunction(5, mine));
    t.copyFrom(0, t, 4, 2);
    assertEquals(5, t.ownFunction(0, mine), "copied within the table");
    assertEquals(5, t.ownFunction(1, mine));
    TableInstance u = new TableInstance(ValueCode.FUNCREF, objects, null, 2, 4, 4, null);
    u.copyFrom(0, t, 1, 2);
    assertEquals(5, u.ownFunction(0, mine), "copied between tables");
    assertEquals(-1, u.ownFunction(1, mine), "a host function, copied");
  }

  @Test
  void ownFunctionIsRebuiltFromHandles() {
    Context mine = context();
    FuncRef f9 = new FuncRef(TARGET, 1, "m.func[9]", mine, 9);
    ExternalTable objects = new ExternalTable(new Object[] {f9});
    MemorySegment region = ArenaMemory.allocate(4 * 4);
    region.set(ArenaHeader.U32, 4, 1);
    TableInstance t = new TableInstance(ValueCode.FUNCREF, objects, region, 2, 4, 4, null);
    assertEquals(-1, t.ownFunction(0, mine));
    assertEquals(9, t.ownFunction(1, mine));
  }
}

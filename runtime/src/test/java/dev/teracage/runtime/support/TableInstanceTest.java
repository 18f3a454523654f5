package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.teracage.runtime.layout.ArenaHeader;
import dev.teracage.runtime.layout.ValueCode;
import java.lang.foreign.MemorySegment;
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
}

package dev.teracage.runtime.support;

import dev.teracage.runtime.layout.ValueCode;
import java.lang.foreign.MemorySegment;

/** Builds small contexts for the support helpers' tests. */
final class SupportFixture {
  private SupportFixture() {}

  /**
   * A context with one memory of {@code pages} (max 4), two funcref tables of 4 elements (max 8)
   * sharing its external table, data segments {1,2,3} and {}, an element segment of 3 references.
   */
  static Context context(long pages, boolean reserved) {
    MemorySegment arena = ArenaMemory.allocate(256);
    Context ctx = new Context(arena, new MemorySegment[1], new FuncRef[0], 1, new Object[0], null);
    MemoryInstance memory =
        new MemoryInstance(
            reserved ? ArenaMemory.reserve(4 * MemoryInstance.PAGE_SIZE) : null, pages, 4, 4, null);
    ctx.memoryInstances = new MemoryInstance[] {memory};
    memory.subscribe(ctx, 0);
    ctx.tables =
        new TableInstance[] {
          new TableInstance(
              ValueCode.FUNCREF,
              ctx.objects,
              reserved ? ArenaMemory.reserve(8 * 4) : null,
              4,
              8,
              8,
              null),
          new TableInstance(ValueCode.EXTERNREF, ctx.objects, null, 4, 8, 8, null)
        };
    ctx.data = new byte[][] {{1, 2, 3}, {}};
    ctx.elements = new Object[][] {{"a", null, "c"}};
    ctx.dataDroppedFlags = 0;
    ctx.elemDroppedFlags = 8;
    return ctx;
  }
}

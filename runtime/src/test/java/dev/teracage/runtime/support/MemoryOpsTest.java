package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryOpsTest {
  private static byte[] bytes(Context ctx, long at, int n) {
    return ctx.memory0.asSlice(at, n).toArray(ValueLayout.JAVA_BYTE);
  }

  private static void assertOutOfBounds(org.junit.jupiter.api.function.Executable op) {
    TrapException trap = assertThrows(TrapException.class, op);
    assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void growPublishesANewViewWithoutLosingBytes(boolean reserved) {
    Context ctx = SupportFixture.context(1, reserved);
    ctx.memory0.set(ValueLayout.JAVA_BYTE, 65535, (byte) 9);
    MemorySegment before = ctx.memory0;
    assertEquals(1, MemoryOps.size(ctx, 0));
    assertEquals(1, MemoryOps.grow(2, ctx, 0));
    assertEquals(3, MemoryOps.size(ctx, 0));
    assertNotSame(before, ctx.memory0);
    assertSame(ctx.memory0, ctx.memories[0]);
    assertEquals(9, ctx.memory0.get(ValueLayout.JAVA_BYTE, 65535));
    assertEquals(0, ctx.memory0.get(ValueLayout.JAVA_BYTE, 3 * 65536 - 1));
    assertEquals(-1, MemoryOps.grow(2, ctx, 0)); // max 4
    assertEquals(-1, MemoryOps.grow(-1, ctx, 0)); // 4 Gi pages, unsigned
    assertEquals(3, MemoryOps.grow(0, ctx, 0));
    assertEquals(3, MemoryOps.grow(1, ctx, 0));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void fillAndCopyCheckTheWholeRangeFirst(boolean reserved) {
    Context ctx = SupportFixture.context(1, reserved);
    MemoryOps.fill(10, 0x1FF, 3, ctx, 0);
    assertArrayEquals(new byte[] {0, -1, -1, -1, 0}, bytes(ctx, 9, 5));
    MemoryOps.copy(11, 10, 3, ctx, 0, 0); // overlapping, forward
    assertArrayEquals(new byte[] {-1, -1, -1, -1, 0}, bytes(ctx, 10, 5));
    MemoryOps.fill(65536, 1, 0, ctx, 0); // empty at the end is fine
    assertOutOfBounds(() -> MemoryOps.fill(65535, 7, 2, ctx, 0));
    assertEquals(0, ctx.memory0.get(ValueLayout.JAVA_BYTE, 65535));
    assertOutOfBounds(() -> MemoryOps.fill(65537, 7, 0, ctx, 0));
    assertOutOfBounds(() -> MemoryOps.copy(0, -1, 1, ctx, 0, 0));
    assertOutOfBounds(() -> MemoryOps.copy(65530, 0, 7, ctx, 0, 0));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void initReadsTheSegmentAndDropEmptiesIt(boolean reserved) {
    Context ctx = SupportFixture.context(1, reserved);
    MemoryOps.init(100, 1, 2, ctx, 0, 0);
    assertArrayEquals(new byte[] {2, 3}, bytes(ctx, 100, 2));
    MemoryOps.init(65536, 3, 0, ctx, 0, 0);
    assertOutOfBounds(() -> MemoryOps.init(0, 2, 2, ctx, 0, 0));
    assertOutOfBounds(() -> MemoryOps.init(65535, 0, 2, ctx, 0, 0));
    assertOutOfBounds(() -> MemoryOps.init(0, 4, 0, ctx, 0, 0));
    MemoryOps.dataDrop(ctx, 0);
    assertEquals(1, ctx.arena.get(ValueLayout.JAVA_BYTE, 0));
    MemoryOps.init(0, 0, 0, ctx, 0, 0);
    assertOutOfBounds(() -> MemoryOps.init(0, 0, 1, ctx, 0, 0));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everySubscriberSeesGrowth(boolean reserved) {
    Context owner = SupportFixture.context(1, reserved);
    Context importer = SupportFixture.context(1, reserved);
    owner.memoryInstances[0].subscribe(importer, 0);
    owner.memory0.set(ValueLayout.JAVA_BYTE, 5, (byte) 4);
    assertEquals(4, importer.memory0.get(ValueLayout.JAVA_BYTE, 5));
    MemoryOps.grow(1, owner, 0);
    assertEquals(2 * 65536, importer.memory0.byteSize());
    assertEquals(4, importer.memory0.get(ValueLayout.JAVA_BYTE, 5));
  }
}

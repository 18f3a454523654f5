package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * {@link MemoryCalls}: every width reads and writes little-endian at {@code address + offset}, both
 * u32, in the memory named by its index; out of bounds throws before writing; and every method is
 * too large for C1 to inline, which is why it exists.
 */
class MemoryCallsTest {
  private static final ValueLayout.OfLong LE_LONG =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  /** A context with memory 0 of 64 KiB and memory 1 of 256 bytes. */
  private static Context twoMemories() {
    Context ctx =
        new Context(
            ArenaMemory.allocate(256),
            new MemorySegment[2],
            new FuncRef[0],
            1,
            new Object[0],
            null);
    ctx.memories[0] = Arena.ofAuto().allocate(65536);
    ctx.memories[1] = Arena.ofAuto().allocate(256);
    ctx.memory0 = ctx.memories[0];
    return ctx;
  }

  @Test
  void everyWidthIsLittleEndianAtAddressPlusOffset() {
    Context ctx = twoMemories();
    MemorySegment m = ctx.memory0;
    MemoryCalls.storeI64(100, 0x0807060504030201L, ctx, 0, 8);
    assertEquals(0x0807060504030201L, m.get(LE_LONG, 108));
    assertEquals(0x0807060504030201L, MemoryCalls.loadI64(8, ctx, 0, 100));
    assertEquals(0x04030201, MemoryCalls.loadI32(108, ctx, 0, 0));
    assertEquals((short) 0x0403, MemoryCalls.loadI16(110, ctx, 0, 0));
    assertEquals((byte) 0x08, MemoryCalls.loadI8(115, ctx, 0, 0));
    MemoryCalls.storeI32(200, 0xCAFEBABE, ctx, 0, 0);
    MemoryCalls.storeI16(204, (short) 0xBEEF, ctx, 0, 0);
    MemoryCalls.storeI8(206, (byte) 0x99, ctx, 0, 0);
    assertEquals(0x0099BEEFCAFEBABEL, m.get(LE_LONG, 200));
  }

  @Test
  void floatBitsSurviveTheCall() {
    Context ctx = twoMemories();
    int signalingNan = 0x7FA00001;
    ctx.memory0.set(
        ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 40, signalingNan);
    MemoryCalls.storeF32(44, MemoryCalls.loadF32(40, ctx, 0, 0), ctx, 0, 0);
    assertEquals(signalingNan, MemoryCalls.loadI32(44, ctx, 0, 0));
    long nan = 0x7FF4000000000005L;
    ctx.memory0.set(LE_LONG, 48, nan);
    MemoryCalls.storeF64(56, MemoryCalls.loadF64(48, ctx, 0, 0), ctx, 0, 0);
    assertEquals(nan, MemoryCalls.loadI64(56, ctx, 0, 0));
  }

  @Test
  void anotherMemoryByItsIndex() {
    Context ctx = twoMemories();
    MemoryCalls.storeI32(252, 7, ctx, 1, 0);
    assertEquals(7, ctx.memories[1].get(ValueLayout.JAVA_INT_UNALIGNED, 252));
    assertEquals(0, MemoryCalls.loadI32(252, ctx, 0, 0), "memory 0 untouched");
    assertThrows(IndexOutOfBoundsException.class, () -> MemoryCalls.loadI32(253, ctx, 1, 0));
  }

  @Test
  void addressAndOffsetAreUnsignedAndNeverWrap() {
    Context ctx = twoMemories();
    assertThrows(IndexOutOfBoundsException.class, () -> MemoryCalls.loadI8(-1, ctx, 0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> MemoryCalls.loadI8(0, ctx, 0, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> MemoryCalls.loadI8(1, ctx, 0, -1));
    assertThrows(
        IndexOutOfBoundsException.class, () -> MemoryCalls.storeI8(-1, (byte) 1, ctx, 0, 1));
    assertEquals(0, MemoryCalls.loadI8(65535, ctx, 0, 0));
  }

  @Test
  void aStoreOutOfBoundsWritesNothing() {
    Context ctx = twoMemories();
    ctx.memory0.set(LE_LONG, 65528, -1L);
    assertThrows(IndexOutOfBoundsException.class, () -> MemoryCalls.storeI64(65529, 0L, ctx, 0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> MemoryCalls.storeI32(65530, 0, ctx, 0, 3));
    assertEquals(-1L, ctx.memory0.get(LE_LONG, 65528));
  }

  @Test
  void everyMethodIsTooLargeForC1ToInline() throws Exception {
    InlineSizes.Report sizes = InlineSizes.of(MemoryCalls.class);
    assertEquals(12, sizes.count());
    assertEquals(12, sizes.tooBig().size(), "over " + InlineSizes.MAX_INLINE_SIZE + ": " + sizes);
  }
}

package dev.teracage.runtime.support;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Memory instructions that are more than one load or store, called by generated code with the wasm
 * operands in stack order, then the {@link Context}, then the immediates. Addresses, lengths and
 * sizes are unsigned {@code int}s. A range outside the memory (or segment) traps with "out of
 * bounds memory access" before anything is written.
 *
 * <p>Not API.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions">
 *     Memory instructions</a>
 */
public final class MemoryOps {
  private MemoryOps() {}

  /**
   * {@code memory.size}.
   *
   * @param ctx the context
   * @param memory the memory index
   * @return the size in pages
   */
  public static int size(Context ctx, int memory) {
    return (int) (ctx.memories[memory].byteSize() >>> 16);
  }

  /**
   * {@code memory.grow}: grows by {@code delta} pages (up to the maximum and the configured limit).
   *
   * @param delta pages to add, unsigned
   * @param ctx the context
   * @param memory the memory index
   * @return the old size in pages, or -1 when the memory cannot grow
   */
  public static int grow(int delta, Context ctx, int memory) {
    return (int) ctx.memoryInstances[memory].grow(Integer.toUnsignedLong(delta));
  }

  /**
   * {@code memory.fill}.
   *
   * @param dst the first address
   * @param value the byte value (low 8 bits)
   * @param count the number of bytes
   * @param ctx the context
   * @param memory the memory index
   */
  public static void fill(int dst, int value, int count, Context ctx, int memory) {
    MemorySegment m = ctx.memories[memory];
    long d = Integer.toUnsignedLong(dst);
    long n = Integer.toUnsignedLong(count);
    if (d + n > m.byteSize()) {
      throw Traps.outOfBoundsMemoryAccess();
    }
    m.asSlice(d, n).fill((byte) value);
  }

  /**
   * {@code memory.copy}, overlap-safe.
   *
   * @param dst the first destination address
   * @param src the first source address
   * @param count the number of bytes
   * @param ctx the context
   * @param dstMemory the destination memory index
   * @param srcMemory the source memory index
   */
  public static void copy(int dst, int src, int count, Context ctx, int dstMemory, int srcMemory) {
    MemorySegment to = ctx.memories[dstMemory];
    MemorySegment from = ctx.memories[srcMemory];
    long d = Integer.toUnsignedLong(dst);
    long s = Integer.toUnsignedLong(src);
    long n = Integer.toUnsignedLong(count);
    if (d + n > to.byteSize() || s + n > from.byteSize()) {
      throw Traps.outOfBoundsMemoryAccess();
    }
    MemorySegment.copy(from, s, to, d, n);
  }

  /**
   * {@code memory.init}: copies from a data segment (length 0 once dropped).
   *
   * @param dst the first memory address
   * @param src the first segment offset
   * @param count the number of bytes
   * @param ctx the context
   * @param data the data segment index
   * @param memory the memory index
   */
  public static void init(int dst, int src, int count, Context ctx, int data, int memory) {
    byte[] bytes = ctx.data[data];
    MemorySegment m = ctx.memories[memory];
    long d = Integer.toUnsignedLong(dst);
    long s = Integer.toUnsignedLong(src);
    long n = Integer.toUnsignedLong(count);
    long length = bytes == null ? 0 : bytes.length;
    if (s + n > length || d + n > m.byteSize()) {
      throw Traps.outOfBoundsMemoryAccess();
    }
    if (n > 0) {
      MemorySegment.copy(bytes, (int) s, m, ValueLayout.JAVA_BYTE, d, (int) n);
    }
  }

  /**
   * {@code data.drop}: the segment's length becomes 0.
   *
   * @param ctx the context
   * @param data the data segment index
   */
  public static void dataDrop(Context ctx, int data) {
    ctx.data[data] = null;
    ctx.arena.set(ValueLayout.JAVA_BYTE, ctx.dataDroppedFlags + (long) data, (byte) 1);
  }
}

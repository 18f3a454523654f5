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
  private static final ValueLayout.OfShort LE_SHORT =
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt LE_INT =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong LE_LONG =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

  /** Characters per store in {@link #storeConstants}' encoding. */
  public static final int CONSTANT_STORE_CHARS = 7;

  private MemoryOps() {}

  /**
   * Performs a run of stores of constants to constant addresses in memory 0, each encoded in
   * {@value #CONSTANT_STORE_CHARS} characters: the address (2, high first), the width in bytes (1,
   * 2, 4 or 8) and the value (4, high first; its low bytes are written, little-endian). The
   * compiler emits only stores that lie inside memory 0's minimum size, so none can trap.
   *
   * @param stores the encoded stores
   * @param ctx the context
   */
  public static void storeConstants(String stores, Context ctx) {
    MemorySegment m = ctx.memory0;
    for (int i = 0; i + CONSTANT_STORE_CHARS <= stores.length(); i += CONSTANT_STORE_CHARS) {
      long address = (long) stores.charAt(i) << 16 | stores.charAt(i + 1);
      long value =
          (long) stores.charAt(i + 3) << 48
              | (long) stores.charAt(i + 4) << 32
              | (long) stores.charAt(i + 5) << 16
              | stores.charAt(i + 6);
      // In bounds: the compiler checked address + width against memory 0's minimum size.
      switch (stores.charAt(i + 2)) {
        case 1 -> m.set(ValueLayout.JAVA_BYTE, address, (byte) value);
        case 2 -> m.set(LE_SHORT, address, (short) value);
        case 4 -> m.set(LE_INT, address, (int) value);
        default -> m.set(LE_LONG, address, value);
      }
    }
  }

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

package dev.teracage.runtime;

import dev.teracage.runtime.support.MemoryInstance;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A linear memory, exported by an instance or created by the host to be imported. Reads and writes
 * go to the memory instances use, and growth is visible to every instance that imports it.
 */
public final class Memory {
  private final MemoryInstance memory;

  Memory(MemoryInstance memory) {
    this.memory = memory;
  }

  /**
   * Creates a memory for the host to provide as an import.
   *
   * @param minPages the initial size in pages
   * @param maxPages the maximum in pages, or -1 for none
   * @return the memory, zero-filled
   */
  public static Memory create(long minPages, long maxPages) {
    return new Memory(
        MemoryInstance.standalone(minPages, maxPages, InstanceLimits.DEFAULT.memoryPages()));
  }

  MemoryInstance instance() {
    return memory;
  }

  /**
   * Returns the current size.
   *
   * @return pages of 64 KiB
   */
  public long pages() {
    return memory.pages();
  }

  /**
   * Returns the declared maximum.
   *
   * @return pages, or -1 for none
   */
  public long maxPages() {
    return memory.declaredMax();
  }

  /**
   * Grows the memory as {@code memory.grow} does.
   *
   * @param deltaPages pages to add
   * @return the old size in pages, or -1 if it cannot grow that much
   */
  public long grow(long deltaPages) {
    return memory.grow(deltaPages);
  }

  /**
   * Returns the memory's bytes at the current size. The view does not follow later growth.
   *
   * @return the current view
   */
  public MemorySegment segment() {
    return memory.segment();
  }

  /**
   * Copies bytes out of the memory.
   *
   * @param address the first address
   * @param length the number of bytes
   * @return the bytes
   * @throws IndexOutOfBoundsException if the range is outside the memory
   */
  public byte[] read(long address, int length) {
    return memory.segment().asSlice(address, length).toArray(ValueLayout.JAVA_BYTE);
  }

  /**
   * Copies bytes into the memory.
   *
   * @param address the first address
   * @param bytes the bytes
   * @throws IndexOutOfBoundsException if the range is outside the memory
   */
  public void write(long address, byte[] bytes) {
    MemorySegment.copy(bytes, 0, memory.segment(), ValueLayout.JAVA_BYTE, address, bytes.length);
  }
}

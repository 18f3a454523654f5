package dev.teracage.runtime.wasi;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * A checked iovec array: the offset and length of each buffer in guest memory, every one inside it.
 * Channels take them as {@link ByteBuffer} views ({@link #buffers}); streams copy through a byte
 * array without creating views, which costs more than the copy for small writes.
 *
 * @param offsets each buffer's offset in memory
 * @param lengths each buffer's length
 * @param total the sum of the lengths, at most 2^32-1
 */
record Iovecs(long[] offsets, int[] lengths, long total) {
  /** Most iovecs in one call, as POSIX's {@code IOV_MAX} in wasi-libc. */
  static final int IOV_MAX = 1024;

  /**
   * Reads and checks an iovec array: the array itself and every buffer inside memory ({@link
   * Errno#FAULT}), at most {@link #IOV_MAX} entries and at most 2^32-1 bytes in all (else {@link
   * Errno#INVAL}: the total must fit the u32 result).
   */
  static Iovecs read(MemorySegment memory, int iovs, int iovsLen) {
    long count = Integer.toUnsignedLong(iovsLen);
    Guest.check(memory, iovs, count * Abi.IOVEC_SIZE);
    if (count > IOV_MAX) {
      throw new Fault(Errno.INVAL);
    }
    long[] offsets = new long[(int) count];
    int[] lengths = new int[(int) count];
    long total = 0;
    for (int i = 0; i < offsets.length; i++) {
      int at = iovs + i * Abi.IOVEC_SIZE;
      int ptr = Guest.u32(memory, at);
      int len = Guest.u32(memory, at + 4);
      offsets[i] = Guest.check(memory, ptr, Integer.toUnsignedLong(len));
      lengths[i] = len;
      total += Integer.toUnsignedLong(len);
    }
    if (total > 0xFFFF_FFFFL) {
      throw new Fault(Errno.INVAL);
    }
    return new Iovecs(offsets, lengths, total);
  }

  /** Returns views of the buffers, for channel I/O without copies. */
  ByteBuffer[] buffers(MemorySegment memory) {
    ByteBuffer[] buffers = new ByteBuffer[offsets.length];
    for (int i = 0; i < buffers.length; i++) {
      // In bounds: read() checked every buffer against this memory.
      buffers[i] = memory.asSlice(offsets[i], Integer.toUnsignedLong(lengths[i])).asByteBuffer();
    }
    return buffers;
  }
}

package dev.teracage.runtime.wasi;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guest memory access for host functions. Guest pointers and lengths are u32 values carried in
 * {@code int}s; every access is checked against the memory's current size first and a range outside
 * it raises {@link Fault} with {@link Errno#FAULT}, so no access here can throw an out-of-bounds
 * exception into the embedder.
 */
final class Guest {
  private static final ValueLayout.OfShort U16 =
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt U32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong U64 =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private Guest() {}

  /**
   * Checks that {@code [ptr, ptr+len)} lies in memory.
   *
   * @return the range's start as a non-negative offset
   * @throws Fault {@link Errno#FAULT} when it does not, or when there is no memory
   */
  static long check(MemorySegment memory, int ptr, long len) {
    long offset = Integer.toUnsignedLong(ptr);
    if (memory == null || len < 0 || offset + len > memory.byteSize()) {
      throw new Fault(Errno.FAULT);
    }
    return offset;
  }

  static int u8(MemorySegment memory, int ptr) {
    // In bounds: checked just before.
    return memory.get(ValueLayout.JAVA_BYTE, check(memory, ptr, 1)) & 0xFF;
  }

  static int u16(MemorySegment memory, int ptr) {
    return memory.get(U16, check(memory, ptr, 2)) & 0xFFFF;
  }

  static int u32(MemorySegment memory, int ptr) {
    return memory.get(U32, check(memory, ptr, 4));
  }

  static long u64(MemorySegment memory, int ptr) {
    return memory.get(U64, check(memory, ptr, 8));
  }

  static void putU8(MemorySegment memory, int ptr, int value) {
    memory.set(ValueLayout.JAVA_BYTE, check(memory, ptr, 1), (byte) value);
  }

  static void putU16(MemorySegment memory, int ptr, int value) {
    memory.set(U16, check(memory, ptr, 2), (short) value);
  }

  static void putU32(MemorySegment memory, int ptr, int value) {
    memory.set(U32, check(memory, ptr, 4), value);
  }

  static void putU64(MemorySegment memory, int ptr, long value) {
    memory.set(U64, check(memory, ptr, 8), value);
  }

  /** Copies bytes in, after checking the whole range. */
  static void write(MemorySegment memory, int ptr, byte[] bytes, int from, int count) {
    long offset = check(memory, ptr, count);
    MemorySegment.copy(bytes, from, memory, ValueLayout.JAVA_BYTE, offset, count);
  }

  /** Copies bytes out, after checking the whole range. */
  static byte[] read(MemorySegment memory, int ptr, int len) {
    long length = Integer.toUnsignedLong(len);
    long offset = check(memory, ptr, length);
    if (length > Integer.MAX_VALUE - 8) {
      throw new Fault(Errno.NOMEM);
    }
    byte[] bytes = new byte[(int) length];
    MemorySegment.copy(memory, ValueLayout.JAVA_BYTE, offset, bytes, 0, bytes.length);
    return bytes;
  }

  /** A view of a checked range, for channel I/O without copies. */
  static ByteBuffer buffer(MemorySegment memory, int ptr, int len) {
    long length = Integer.toUnsignedLong(len);
    long offset = check(memory, ptr, length);
    return memory.asSlice(offset, length).asByteBuffer();
  }

  /**
   * Reads a path or other string argument: UTF-8, strictly decoded.
   *
   * @throws Fault {@link Errno#FAULT} out of memory, {@link Errno#ILSEQ} for invalid UTF-8, {@link
   *     Errno#INVAL} for a NUL byte (no host path can hold one)
   */
  static String string(MemorySegment memory, int ptr, int len) {
    byte[] bytes = read(memory, ptr, len);
    for (byte b : bytes) {
      if (b == 0) {
        throw new Fault(Errno.INVAL);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Fault(Errno.ILSEQ);
    }
  }
}

package dev.teracage.runtime.support;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Loads and stores as calls, for the functions with many accesses outside their loops (libc's
 * {@code memcpy} and {@code printf} are such functions). Each takes the wasm operands (the u32
 * address, then for a store the value, already narrowed), then the {@link Context}, the memory
 * index and the u32 static offset; the effective address is {@code address + offset} as a long,
 * which never wraps. An access out of bounds throws the segment's {@code
 * IndexOutOfBoundsException}, which becomes the "out of bounds memory access" trap at the boundary.
 *
 * <p>Why calls: HotSpot's first compiler (C1) inlines every access emitted in place, each a chain
 * of some thirty var handle methods, and a function with dozens of them takes it hundreds of
 * milliseconds, or more than it allows itself ("out of virtual registers"), while the function runs
 * interpreted. C1 inlines a method only up to 35 bytes of bytecode ({@code C1MaxInlineSize}); each
 * method here is larger (the memory and the address are computed in each, not in a shared helper
 * that would bring them under the limit; {@code MemoryCallsTest} checks the sizes), so C1 compiles
 * such a function quickly, with calls. C2 still inlines the calls that run often (RATIONALE.md,
 * "Memory accesses").
 *
 * <p>Not API.
 */
public final class MemoryCalls {
  private static final VarHandle I8 = ValueLayout.JAVA_BYTE.varHandle();
  private static final VarHandle I16 =
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle I32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle I64 =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle F32 =
      ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle F64 =
      ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

  private MemoryCalls() {}

  /**
   * Reads one byte.
   *
   * @param address the u32 address
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   * @return the byte (the caller extends it)
   */
  public static byte loadI8(int address, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    return (byte) I8.get(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset));
  }

  /**
   * Reads two bytes, little-endian.
   *
   * @param address the u32 address
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   * @return the value (the caller extends it)
   */
  public static short loadI16(int address, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    return (short) I16.get(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset));
  }

  /**
   * Reads four bytes, little-endian.
   *
   * @param address the u32 address
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   * @return the value
   */
  public static int loadI32(int address, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    return (int) I32.get(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset));
  }

  /**
   * Reads eight bytes, little-endian.
   *
   * @param address the u32 address
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   * @return the value
   */
  public static long loadI64(int address, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    return (long) I64.get(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset));
  }

  /**
   * Reads an f32, little-endian, its bits unchanged.
   *
   * @param address the u32 address
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   * @return the value
   */
  public static float loadF32(int address, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    return (float) F32.get(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset));
  }

  /**
   * Reads an f64, little-endian, its bits unchanged.
   *
   * @param address the u32 address
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   * @return the value
   */
  public static double loadF64(int address, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    return (double) F64.get(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset));
  }

  /**
   * Writes one byte.
   *
   * @param address the u32 address
   * @param value the byte
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   */
  public static void storeI8(int address, byte value, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    I8.set(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset), value);
  }

  /**
   * Writes two bytes, little-endian.
   *
   * @param address the u32 address
   * @param value the value
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   */
  public static void storeI16(int address, short value, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    I16.set(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset), value);
  }

  /**
   * Writes four bytes, little-endian.
   *
   * @param address the u32 address
   * @param value the value
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   */
  public static void storeI32(int address, int value, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    I32.set(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset), value);
  }

  /**
   * Writes eight bytes, little-endian.
   *
   * @param address the u32 address
   * @param value the value
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   */
  public static void storeI64(int address, long value, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    I64.set(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset), value);
  }

  /**
   * Writes an f32, little-endian, its bits unchanged.
   *
   * @param address the u32 address
   * @param value the value
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   */
  public static void storeF32(int address, float value, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    F32.set(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset), value);
  }

  /**
   * Writes an f64, little-endian, its bits unchanged.
   *
   * @param address the u32 address
   * @param value the value
   * @param ctx the context
   * @param memory the memory index
   * @param offset the u32 static offset
   */
  public static void storeF64(int address, double value, Context ctx, int memory, int offset) {
    MemorySegment m = memory == 0 ? ctx.memory0 : ctx.memories[memory];
    F64.set(m, Integer.toUnsignedLong(address) + Integer.toUnsignedLong(offset), value);
  }
}

package dev.teracage.runtime.support;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The {@code v128.*} instructions: bitwise operations on the whole vector and the vector loads and
 * stores. Loads and stores take the effective address (the u32 operand zero-extended plus the
 * offset, at most 2^33 - 2) before the memory; the segment's bounds check raises the {@link
 * IndexOutOfBoundsException} that becomes "out of bounds memory access". A store that does not fit
 * writes nothing: its highest-addressed part is written first. The extending loads are the {@code
 * extend_low} instructions on the 8 bytes loaded.
 *
 * <p>The calling contract, shared by every SIMD helper ({@link SimdV128}, {@link SimdI8I16}, {@link
 * SimdI32I64}, {@link SimdF32F64}): a {@code v128} operand travels as two {@code long} parameters
 * in its place, its low half (bytes 0-7, lane 0 at bit 0, little-endian) then its high half (bytes
 * 8-15); other operands and immediates keep their types and places. A helper whose result is a
 * {@code v128} returns its low half as a {@code long} and takes the instance's {@link Context} as
 * an extra last parameter, into whose {@link Context#v128High} it writes the high half before
 * returning; generated code, which keeps every {@code v128} as two {@code long}s on the operand
 * stack, reads that field right after the call. So a helper allocates nothing, whether or not
 * HotSpot inlines it (an object result would be allocated whenever the call is not inlined).
 * Helpers with a scalar result or none ({@code extract_lane}, {@code bitmask}, {@code all_true},
 * {@code any_true}, the stores) take no {@link Context}.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions">
 *     Vector instructions</a>
 */
public final class SimdV128 {
  private static final ValueLayout.OfLong I64 =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt I32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfShort I16 =
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfByte I8 = ValueLayout.JAVA_BYTE;

  private SimdV128() {}

  /** v128.not: bitwise not. */
  public static long v128Not(long aLow, long aHigh, Context ctx) {
    ctx.v128High = ~aHigh;
    return ~aLow;
  }

  /** v128.and: bitwise and. */
  public static long v128And(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh & bHigh;
    return aLow & bLow;
  }

  /** v128.andnot: {@code a & ~b}. */
  public static long v128Andnot(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh & ~bHigh;
    return aLow & ~bLow;
  }

  /** v128.or: bitwise or. */
  public static long v128Or(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh | bHigh;
    return aLow | bLow;
  }

  /** v128.xor: bitwise exclusive or. */
  public static long v128Xor(long aLow, long aHigh, long bLow, long bHigh, Context ctx) {
    ctx.v128High = aHigh ^ bHigh;
    return aLow ^ bLow;
  }

  /** v128.bitselect: bits of {@code a} where {@code c} is 1, of {@code b} where it is 0. */
  public static long v128Bitselect(
      long aLow, long aHigh, long bLow, long bHigh, long cLow, long cHigh, Context ctx) {
    ctx.v128High = (aHigh & cHigh) | (bHigh & ~cHigh);
    return (aLow & cLow) | (bLow & ~cLow);
  }

  /** v128.any_true: 1 if any bit is set. */
  public static int v128AnyTrue(long aLow, long aHigh) {
    return (aLow | aHigh) != 0 ? 1 : 0;
  }

  /** v128.load: 16 bytes. */
  public static long v128Load(long address, MemorySegment memory, Context ctx) {
    long high = memory.get(I64, address + 8);
    ctx.v128High = high;
    return memory.get(I64, address);
  }

  /** v128.store: 16 bytes, the high half first so that a store out of bounds writes nothing. */
  public static void v128Store(long address, MemorySegment memory, long valueLow, long valueHigh) {
    memory.set(I64, address + 8, valueHigh);
    memory.set(I64, address, valueLow);
  }

  /** v128.load8x8_s: 8 bytes, each sign-extended to an i16 lane. */
  public static long v128Load8x8S(long address, MemorySegment memory, Context ctx) {
    return SimdI8I16.i16x8ExtendLowI8x16S(memory.get(I64, address), 0, ctx);
  }

  /** v128.load8x8_u: 8 bytes, each zero-extended to an i16 lane. */
  public static long v128Load8x8U(long address, MemorySegment memory, Context ctx) {
    return SimdI8I16.i16x8ExtendLowI8x16U(memory.get(I64, address), 0, ctx);
  }

  /** v128.load16x4_s: 4 i16, each sign-extended to an i32 lane. */
  public static long v128Load16x4S(long address, MemorySegment memory, Context ctx) {
    return SimdI32I64.i32x4ExtendLowI16x8S(memory.get(I64, address), 0, ctx);
  }

  /** v128.load16x4_u: 4 i16, each zero-extended to an i32 lane. */
  public static long v128Load16x4U(long address, MemorySegment memory, Context ctx) {
    return SimdI32I64.i32x4ExtendLowI16x8U(memory.get(I64, address), 0, ctx);
  }

  /** v128.load32x2_s: 2 i32, each sign-extended to an i64 lane. */
  public static long v128Load32x2S(long address, MemorySegment memory, Context ctx) {
    return SimdI32I64.i64x2ExtendLowI32x4S(memory.get(I64, address), 0, ctx);
  }

  /** v128.load32x2_u: 2 i32, each zero-extended to an i64 lane. */
  public static long v128Load32x2U(long address, MemorySegment memory, Context ctx) {
    return SimdI32I64.i64x2ExtendLowI32x4U(memory.get(I64, address), 0, ctx);
  }

  /** v128.load8_splat: one byte in every i8 lane. */
  public static long v128Load8Splat(long address, MemorySegment memory, Context ctx) {
    long v = (memory.get(I8, address) & 0xFFL) * 0x0101_0101_0101_0101L;
    ctx.v128High = v;
    return v;
  }

  /** v128.load16_splat: one i16 in every lane. */
  public static long v128Load16Splat(long address, MemorySegment memory, Context ctx) {
    long v = (memory.get(I16, address) & 0xFFFFL) * 0x0001_0001_0001_0001L;
    ctx.v128High = v;
    return v;
  }

  /** v128.load32_splat: one i32 in every lane. */
  public static long v128Load32Splat(long address, MemorySegment memory, Context ctx) {
    long v = (memory.get(I32, address) & 0xFFFF_FFFFL) * 0x0000_0001_0000_0001L;
    ctx.v128High = v;
    return v;
  }

  /** v128.load64_splat: one i64 in both lanes. */
  public static long v128Load64Splat(long address, MemorySegment memory, Context ctx) {
    long v = memory.get(I64, address);
    ctx.v128High = v;
    return v;
  }

  /** v128.load32_zero: one i32 in lane 0, zeros elsewhere. */
  public static long v128Load32Zero(long address, MemorySegment memory, Context ctx) {
    ctx.v128High = 0;
    return memory.get(I32, address) & 0xFFFF_FFFFL;
  }

  /** v128.load64_zero: one i64 in lane 0, zero in lane 1. */
  public static long v128Load64Zero(long address, MemorySegment memory, Context ctx) {
    ctx.v128High = 0;
    return memory.get(I64, address);
  }

  /** v128.load8_lane: replaces i8 lane {@code lane} of {@code v} with a byte from memory. */
  public static long v128Load8Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane, Context ctx) {
    return withLane(vLow, vHigh, lane, 8, memory.get(I8, address), ctx);
  }

  /** v128.load16_lane: replaces i16 lane {@code lane} of {@code v}. */
  public static long v128Load16Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane, Context ctx) {
    return withLane(vLow, vHigh, lane, 16, memory.get(I16, address), ctx);
  }

  /** v128.load32_lane: replaces i32 lane {@code lane} of {@code v}. */
  public static long v128Load32Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane, Context ctx) {
    return withLane(vLow, vHigh, lane, 32, memory.get(I32, address), ctx);
  }

  /** v128.load64_lane: replaces i64 lane {@code lane} of {@code v}. */
  public static long v128Load64Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane, Context ctx) {
    return withLane64(vLow, vHigh, lane, memory.get(I64, address), ctx);
  }

  /** v128.store8_lane: stores i8 lane {@code lane}. */
  public static void v128Store8Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane) {
    memory.set(I8, address, (byte) lane(vLow, vHigh, lane * 8));
  }

  /** v128.store16_lane: stores i16 lane {@code lane}. */
  public static void v128Store16Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane) {
    memory.set(I16, address, (short) lane(vLow, vHigh, lane * 16));
  }

  /** v128.store32_lane: stores i32 lane {@code lane}. */
  public static void v128Store32Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane) {
    memory.set(I32, address, (int) lane(vLow, vHigh, lane * 32));
  }

  /** v128.store64_lane: stores i64 lane {@code lane}. */
  public static void v128Store64Lane(
      long address, MemorySegment memory, long vLow, long vHigh, int lane) {
    memory.set(I64, address, lane == 0 ? vLow : vHigh);
  }

  /**
   * The bits of the v128 {@code low}, {@code high} from bit {@code bit} (below 128) up, as many as
   * the caller keeps.
   */
  private static long lane(long low, long high, int bit) {
    return bit < 64 ? low >>> bit : high >>> (bit - 64);
  }

  /**
   * The v128 {@code low}, {@code high} with its lane {@code lane} of {@code width} bits (8, 16 or
   * 32) set to the low bits of {@code value}: the high half goes to {@link Context#v128High}, the
   * low half is returned.
   */
  private static long withLane(long low, long high, int lane, int width, int value, Context ctx) {
    ctx.v128High = SimdSwar.put(high, value, lane, 1, width);
    return SimdSwar.put(low, value, lane, 0, width);
  }

  /** Like {@link #withLane} for i64 lane {@code lane} (0 or 1). */
  private static long withLane64(long low, long high, int lane, long value, Context ctx) {
    ctx.v128High = lane == 0 ? high : value;
    return lane == 0 ? value : low;
  }
}

package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;
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
  public static V128 v128Not(V128 a) {
    return new V128(~a.low(), ~a.high());
  }

  /** v128.and: bitwise and. */
  public static V128 v128And(V128 a, V128 b) {
    return new V128(a.low() & b.low(), a.high() & b.high());
  }

  /** v128.andnot: {@code a & ~b}. */
  public static V128 v128Andnot(V128 a, V128 b) {
    return new V128(a.low() & ~b.low(), a.high() & ~b.high());
  }

  /** v128.or: bitwise or. */
  public static V128 v128Or(V128 a, V128 b) {
    return new V128(a.low() | b.low(), a.high() | b.high());
  }

  /** v128.xor: bitwise exclusive or. */
  public static V128 v128Xor(V128 a, V128 b) {
    return new V128(a.low() ^ b.low(), a.high() ^ b.high());
  }

  /** v128.bitselect: bits of {@code a} where {@code c} is 1, of {@code b} where it is 0. */
  public static V128 v128Bitselect(V128 a, V128 b, V128 c) {
    return new V128(
        (a.low() & c.low()) | (b.low() & ~c.low()), (a.high() & c.high()) | (b.high() & ~c.high()));
  }

  /** v128.any_true: 1 if any bit is set. */
  public static int v128AnyTrue(V128 a) {
    return (a.low() | a.high()) != 0 ? 1 : 0;
  }

  /** v128.load: 16 bytes. */
  public static V128 v128Load(long address, MemorySegment memory) {
    long high = memory.get(I64, address + 8);
    return new V128(memory.get(I64, address), high);
  }

  /** v128.store: 16 bytes, the high half first so that a store out of bounds writes nothing. */
  public static void v128Store(long address, MemorySegment memory, V128 value) {
    memory.set(I64, address + 8, value.high());
    memory.set(I64, address, value.low());
  }

  /** v128.load8x8_s: 8 bytes, each sign-extended to an i16 lane. */
  public static V128 v128Load8x8S(long address, MemorySegment memory) {
    return SimdI8I16.i16x8ExtendLowI8x16S(new V128(memory.get(I64, address), 0));
  }

  /** v128.load8x8_u: 8 bytes, each zero-extended to an i16 lane. */
  public static V128 v128Load8x8U(long address, MemorySegment memory) {
    return SimdI8I16.i16x8ExtendLowI8x16U(new V128(memory.get(I64, address), 0));
  }

  /** v128.load16x4_s: 4 i16, each sign-extended to an i32 lane. */
  public static V128 v128Load16x4S(long address, MemorySegment memory) {
    return SimdI32I64.i32x4ExtendLowI16x8S(new V128(memory.get(I64, address), 0));
  }

  /** v128.load16x4_u: 4 i16, each zero-extended to an i32 lane. */
  public static V128 v128Load16x4U(long address, MemorySegment memory) {
    return SimdI32I64.i32x4ExtendLowI16x8U(new V128(memory.get(I64, address), 0));
  }

  /** v128.load32x2_s: 2 i32, each sign-extended to an i64 lane. */
  public static V128 v128Load32x2S(long address, MemorySegment memory) {
    return SimdI32I64.i64x2ExtendLowI32x4S(new V128(memory.get(I64, address), 0));
  }

  /** v128.load32x2_u: 2 i32, each zero-extended to an i64 lane. */
  public static V128 v128Load32x2U(long address, MemorySegment memory) {
    return SimdI32I64.i64x2ExtendLowI32x4U(new V128(memory.get(I64, address), 0));
  }

  /** v128.load8_splat: one byte in every i8 lane. */
  public static V128 v128Load8Splat(long address, MemorySegment memory) {
    long v = (memory.get(I8, address) & 0xFFL) * 0x0101_0101_0101_0101L;
    return new V128(v, v);
  }

  /** v128.load16_splat: one i16 in every lane. */
  public static V128 v128Load16Splat(long address, MemorySegment memory) {
    long v = (memory.get(I16, address) & 0xFFFFL) * 0x0001_0001_0001_0001L;
    return new V128(v, v);
  }

  /** v128.load32_splat: one i32 in every lane. */
  public static V128 v128Load32Splat(long address, MemorySegment memory) {
    long v = (memory.get(I32, address) & 0xFFFF_FFFFL) * 0x0000_0001_0000_0001L;
    return new V128(v, v);
  }

  /** v128.load64_splat: one i64 in both lanes. */
  public static V128 v128Load64Splat(long address, MemorySegment memory) {
    long v = memory.get(I64, address);
    return new V128(v, v);
  }

  /** v128.load32_zero: one i32 in lane 0, zeros elsewhere. */
  public static V128 v128Load32Zero(long address, MemorySegment memory) {
    return new V128(memory.get(I32, address) & 0xFFFF_FFFFL, 0);
  }

  /** v128.load64_zero: one i64 in lane 0, zero in lane 1. */
  public static V128 v128Load64Zero(long address, MemorySegment memory) {
    return new V128(memory.get(I64, address), 0);
  }

  /** v128.load8_lane: replaces i8 lane {@code lane} of {@code v} with a byte from memory. */
  public static V128 v128Load8Lane(long address, MemorySegment memory, V128 v, int lane) {
    return withLane(v, lane * 8, 0xFFL, memory.get(I8, address));
  }

  /** v128.load16_lane: replaces i16 lane {@code lane} of {@code v}. */
  public static V128 v128Load16Lane(long address, MemorySegment memory, V128 v, int lane) {
    return withLane(v, lane * 16, 0xFFFFL, memory.get(I16, address));
  }

  /** v128.load32_lane: replaces i32 lane {@code lane} of {@code v}. */
  public static V128 v128Load32Lane(long address, MemorySegment memory, V128 v, int lane) {
    return withLane(v, lane * 32, 0xFFFF_FFFFL, memory.get(I32, address));
  }

  /** v128.load64_lane: replaces i64 lane {@code lane} of {@code v}. */
  public static V128 v128Load64Lane(long address, MemorySegment memory, V128 v, int lane) {
    long loaded = memory.get(I64, address);
    return lane == 0 ? new V128(loaded, v.high()) : new V128(v.low(), loaded);
  }

  /** v128.store8_lane: stores i8 lane {@code lane}. */
  public static void v128Store8Lane(long address, MemorySegment memory, V128 v, int lane) {
    memory.set(I8, address, (byte) lane(v, lane * 8));
  }

  /** v128.store16_lane: stores i16 lane {@code lane}. */
  public static void v128Store16Lane(long address, MemorySegment memory, V128 v, int lane) {
    memory.set(I16, address, (short) lane(v, lane * 16));
  }

  /** v128.store32_lane: stores i32 lane {@code lane}. */
  public static void v128Store32Lane(long address, MemorySegment memory, V128 v, int lane) {
    memory.set(I32, address, (int) lane(v, lane * 32));
  }

  /** v128.store64_lane: stores i64 lane {@code lane}. */
  public static void v128Store64Lane(long address, MemorySegment memory, V128 v, int lane) {
    memory.set(I64, address, lane == 0 ? v.low() : v.high());
  }

  /** The bits of {@code v} from bit {@code bit} (below 128) up, as many as the caller keeps. */
  private static long lane(V128 v, int bit) {
    return bit < 64 ? v.low() >>> bit : v.high() >>> (bit - 64);
  }

  /** {@code v} with the lane of width {@code mask} at bit {@code bit} replaced by {@code value}. */
  private static V128 withLane(V128 v, int bit, long mask, long value) {
    int shift = bit & 63;
    long cleared = ~(mask << shift);
    long placed = (value & mask) << shift;
    return bit < 64
        ? new V128((v.low() & cleared) | placed, v.high())
        : new V128(v.low(), (v.high() & cleared) | placed);
  }
}

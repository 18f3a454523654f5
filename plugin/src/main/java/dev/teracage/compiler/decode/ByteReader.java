package dev.teracage.compiler.decode;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;

/**
 * Reads the binary format's primitive values from a range of a byte array: bytes, LEB128 integers,
 * little-endian floats and names. A cursor moves forward through {@code [position, limit)}; reading
 * past the limit fails with "unexpected end of section or function".
 *
 * <p>Integers follow the reference interpreter exactly: an encoding longer than {@code ceil(N/7)}
 * bytes is "integer representation too long"; unused bits of the last byte that are not a zero (or,
 * for signed integers, sign) extension are "integer too large".
 *
 * <p>Errors carry the byte offset in the module binary: {@link #baseOffset()} plus the array index.
 * The reader allocates nothing except for names and byte copies.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/values.html">Binary format:
 *     values</a>
 */
public final class ByteReader {
  private byte[] bytes;
  private int position;
  private int limit;
  private long baseOffset;

  /**
   * Creates a reader over a whole array, at module offset 0.
   *
   * @param bytes the bytes; shared, not copied
   */
  public ByteReader(byte[] bytes) {
    this(bytes, 0, bytes.length, 0);
  }

  /**
   * Creates a reader over a range of an array.
   *
   * @param bytes the bytes; shared, not copied
   * @param begin index of the first byte to read
   * @param end index after the last byte to read
   * @param baseOffset module offset of {@code bytes[0]} (not of {@code begin}), for messages
   */
  public ByteReader(byte[] bytes, int begin, int end, long baseOffset) {
    reset(bytes, begin, end, baseOffset);
  }

  /**
   * Points this reader at another range, so one reader can serve many function bodies.
   *
   * @param bytes the bytes; shared, not copied
   * @param begin index of the first byte to read
   * @param end index after the last byte to read
   * @param baseOffset module offset of {@code bytes[0]} (not of {@code begin}), for messages
   */
  public void reset(byte[] bytes, int begin, int end, long baseOffset) {
    if (begin < 0 || end > bytes.length || begin > end) {
      throw new IllegalArgumentException("bad range " + begin + ".." + end);
    }
    this.bytes = bytes;
    this.position = begin;
    this.limit = end;
    this.baseOffset = baseOffset;
  }

  /**
   * Returns the underlying array.
   *
   * @return the bytes; not a copy
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * Returns the array index of the next byte to read.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * Moves the cursor.
   *
   * @param position the array index of the next byte to read, at most {@link #limit()}
   */
  public void position(int position) {
    this.position = position;
  }

  /**
   * Returns the array index after the last readable byte.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * Changes the limit, for example to the end of a section.
   *
   * @param limit the array index after the last readable byte, at most the array's length
   */
  public void limit(int limit) {
    this.limit = limit;
  }

  /**
   * Returns how many bytes remain before the limit.
   *
   * @return the count
   */
  public int remaining() {
    return limit - position;
  }

  /**
   * Returns whether the cursor is at the limit.
   *
   * @return true when nothing remains
   */
  public boolean atEnd() {
    return position >= limit;
  }

  /**
   * Returns the module offset of {@code bytes[0]}.
   *
   * @return the base offset
   */
  public long baseOffset() {
    return baseOffset;
  }

  /**
   * Returns the module offset of the next byte to read.
   *
   * @return the offset
   */
  public long offset() {
    return baseOffset + position;
  }

  /**
   * Returns an exception at the module offset of an array index.
   *
   * @param reason the specification's wording
   * @param index an array index
   * @return the exception, to throw
   */
  public MalformedException error(String reason, int index) {
    return new MalformedException(reason, Location.atOffset(baseOffset + index));
  }

  /**
   * Returns an exception at the current position.
   *
   * @param reason the specification's wording
   * @return the exception, to throw
   */
  public MalformedException error(String reason) {
    return error(reason, position);
  }

  private MalformedException end() {
    return error("unexpected end of section or function", limit);
  }

  /**
   * Reads one byte.
   *
   * @return the byte, 0..255
   */
  public int u8() {
    if (position >= limit) {
      throw end();
    }
    return bytes[position++] & 0xFF;
  }

  /**
   * Returns the next byte without consuming it.
   *
   * @return the byte, 0..255, or -1 at the limit
   */
  public int peek() {
    return position < limit ? bytes[position] & 0xFF : -1;
  }

  /**
   * Skips bytes.
   *
   * @param count how many, at most {@link #remaining()}
   */
  public void skip(int count) {
    if (count < 0 || count > limit - position) {
      throw end();
    }
    position += count;
  }

  /**
   * Reads an unsigned LEB128 u32.
   *
   * @return the value's 32 bits; values of 2^31 and above are negative
   */
  public int u32() {
    if (position < limit) {
      int b = bytes[position];
      if (b >= 0) {
        position++;
        return b;
      }
    }
    return (int) unsigned(32);
  }

  /**
   * Reads an unsigned LEB128 u64.
   *
   * @return the value's 64 bits
   */
  public long u64() {
    return unsigned(64);
  }

  /**
   * Reads a u32 used as a length or count of items of at least one byte each, which must not exceed
   * the bytes remaining ("length out of bounds").
   *
   * @return the length, 0..{@link #remaining()}
   */
  public int length() {
    int start = position;
    int n = u32();
    if (n < 0 || n > limit - start) {
      throw error("length out of bounds", start);
    }
    return n;
  }

  private long unsigned(int bits) {
    long result = 0;
    int shift = 0;
    int n = bits;
    int b;
    do {
      if (n <= 0) {
        throw error("integer representation too long");
      }
      b = u8();
      if (n < 7 && (b & 0x7F) >= (1 << n)) {
        throw error("integer too large", position - 1);
      }
      result |= (long) (b & 0x7F) << shift;
      shift += 7;
      n -= 7;
    } while ((b & 0x80) != 0);
    return result;
  }

  /**
   * Reads a signed LEB128 s32.
   *
   * @return the value
   */
  public int s32() {
    if (position < limit) {
      int b = bytes[position];
      if (b >= 0) {
        position++;
        return (b << 25) >> 25;
      }
    }
    return (int) signed(32);
  }

  /**
   * Reads a signed LEB128 s33 (block types, heap types).
   *
   * @return the value, -2^32..2^32-1
   */
  public long s33() {
    return signed(33);
  }

  /**
   * Reads a signed LEB128 s64.
   *
   * @return the value
   */
  public long s64() {
    return signed(64);
  }

  private long signed(int bits) {
    long result = 0;
    int shift = 0;
    int n = bits;
    int b;
    do {
      if (n <= 0) {
        throw error("integer representation too long");
      }
      b = u8();
      if (n < 7) {
        int mask = (-1 << (n - 1)) & 0x7F;
        int high = b & mask;
        if (high != 0 && high != mask) {
          throw error("integer too large", position - 1);
        }
      }
      result |= (long) (b & 0x7F) << shift;
      shift += 7;
      n -= 7;
    } while ((b & 0x80) != 0);
    if (shift < 64 && (b & 0x40) != 0) {
      result |= -1L << shift;
    }
    return result;
  }

  /**
   * Reads the four little-endian bytes of a 32-bit float.
   *
   * @return the IEEE 754 bits
   */
  public int f32() {
    if (limit - position < 4) {
      throw end();
    }
    int p = position;
    position = p + 4;
    return (bytes[p] & 0xFF)
        | (bytes[p + 1] & 0xFF) << 8
        | (bytes[p + 2] & 0xFF) << 16
        | (bytes[p + 3] & 0xFF) << 24;
  }

  /**
   * Reads the eight little-endian bytes of a 64-bit float.
   *
   * @return the IEEE 754 bits
   */
  public long f64() {
    long low = f32() & 0xFFFF_FFFFL;
    long high = f32() & 0xFFFF_FFFFL;
    return low | high << 32;
  }

  /**
   * Reads a byte vector: a u32 length, then that many bytes.
   *
   * @return a copy of the bytes
   */
  public byte[] byteVector() {
    int n = length();
    if (n > limit - position) {
      throw end();
    }
    byte[] result = new byte[n];
    System.arraycopy(bytes, position, result, 0, n);
    position += n;
    return result;
  }

  /**
   * Reads a name: a u32 length, then that many bytes of UTF-8, checked strictly ("malformed UTF-8
   * encoding": no overlong forms, surrogates, or code points above U+10FFFF).
   *
   * @return the name
   */
  public String name() {
    int n = length();
    if (n > limit - position) {
      throw end();
    }
    int begin = position;
    position += n;
    return Utf8.decode(bytes, begin, begin + n, this);
  }
}

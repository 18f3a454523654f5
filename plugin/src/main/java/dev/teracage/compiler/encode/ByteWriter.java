package dev.teracage.compiler.encode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the binary format's primitive encodings: LEB128 integers (always in
 * their shortest form), little-endian floats, names and vectors.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/values.html">Binary format:
 *     values</a>
 */
public final class ByteWriter {
  private byte[] bytes;
  private int size;

  /** Creates an empty writer. */
  public ByteWriter() {
    this(64);
  }

  /**
   * Creates an empty writer with room for some bytes.
   *
   * @param capacity initial capacity in bytes
   */
  public ByteWriter(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /**
   * Appends one byte.
   *
   * @param b the byte (low 8 bits)
   * @return this writer
   */
  public ByteWriter u8(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
    return this;
  }

  /**
   * Appends bytes.
   *
   * @param b the bytes
   * @return this writer
   */
  public ByteWriter bytes(byte[] b) {
    return bytes(b, 0, b.length);
  }

  /**
   * Appends a range of bytes.
   *
   * @param b the array
   * @param offset the first index
   * @param length how many
   * @return this writer
   */
  public ByteWriter bytes(byte[] b, int offset, int length) {
    ensure(length);
    System.arraycopy(b, offset, bytes, size, length);
    size += length;
    return this;
  }

  /**
   * Appends an unsigned LEB128 integer (u32 or u64), shortest form.
   *
   * @param value the value, treated as unsigned
   * @return this writer
   */
  public ByteWriter u64(long value) {
    ensure(10);
    do {
      int b = (int) (value & 0x7F);
      value >>>= 7;
      bytes[size++] = (byte) (value != 0 ? b | 0x80 : b);
    } while (value != 0);
    return this;
  }

  /**
   * Appends an unsigned LEB128 u32, shortest form.
   *
   * @param value the value, treated as unsigned
   * @return this writer
   */
  public ByteWriter u32(int value) {
    return u64(Integer.toUnsignedLong(value));
  }

  /**
   * Appends a signed LEB128 integer (s32, s33 or s64), shortest form.
   *
   * @param value the value
   * @return this writer
   */
  public ByteWriter s64(long value) {
    ensure(10);
    while (true) {
      int b = (int) (value & 0x7F);
      value >>= 7;
      boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
      bytes[size++] = (byte) (done ? b : b | 0x80);
      if (done) {
        return this;
      }
    }
  }

  /**
   * Appends a 32-bit float's bits, little-endian.
   *
   * @param bits the IEEE 754 bits
   * @return this writer
   */
  public ByteWriter f32(int bits) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      bytes[size++] = (byte) (bits >>> (8 * i));
    }
    return this;
  }

  /**
   * Appends a 64-bit float's bits, little-endian.
   *
   * @param bits the IEEE 754 bits
   * @return this writer
   */
  public ByteWriter f64(long bits) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      bytes[size++] = (byte) (bits >>> (8 * i));
    }
    return this;
  }

  /**
   * Appends a name: its UTF-8 length as u32, then the bytes.
   *
   * @param name the name
   * @return this writer
   */
  public ByteWriter name(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    return u32(utf8.length).bytes(utf8);
  }

  /**
   * Appends another writer's bytes, preceded by their length as u32 (a section or body).
   *
   * @param content the content
   * @return this writer
   */
  public ByteWriter sized(ByteWriter content) {
    return u32(content.size).bytes(content.bytes, 0, content.size);
  }

  /**
   * Returns how many bytes have been written.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns a copy of the bytes written.
   *
   * @return the bytes
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /**
   * Returns a byte already written.
   *
   * @param index 0 .. {@link #size()}-1
   * @return the byte, 0..255
   */
  public int byteAt(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return bytes[index] & 0xFF;
  }

  /**
   * Drops the bytes written after a size, to rewrite them (the text reader moves a folded
   * instruction's opcode after its operands this way).
   *
   * @param newSize the size to go back to, at most {@link #size()}
   */
  public void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IndexOutOfBoundsException(newSize);
    }
    size = newSize;
  }
}

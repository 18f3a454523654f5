package dev.teracage.runtime.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable little-endian byte buffer for {@link ImageWriter}. */
final class ImageOutput {
  private byte[] buf = new byte[256];
  private int size;

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  void u8(int value) {
    ensure(1);
    buf[size++] = (byte) value;
  }

  void u16(int value) {
    u8(value);
    u8(value >>> 8);
  }

  void u32(int value) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      buf[size++] = (byte) (value >>> (8 * i));
    }
  }

  void u64(long value) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[size++] = (byte) (value >>> (8 * i));
    }
  }

  void bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
  }

  void string(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    u32(utf8.length);
    bytes(utf8);
  }

  /** Reserves a u32 length and returns its position for {@link #endLength}. */
  int beginLength() {
    u32(0);
    return size;
  }

  /** Patches the u32 before {@code start} with the number of bytes written since. */
  void endLength(int start) {
    int length = size - start;
    for (int i = 0; i < 4; i++) {
      buf[start - 4 + i] = (byte) (length >>> (8 * i));
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}

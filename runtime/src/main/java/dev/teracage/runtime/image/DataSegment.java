package dev.teracage.runtime.image;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;

/**
 * A data segment. The bytes are copied in and out; {@link #asSegment()} gives a read-only view
 * without copying.
 *
 * @param mode active or passive
 * @param memory for an active segment the memory index, else 0
 * @param offset for an active segment the offset ({@link Init.Const} or {@link Init.GlobalGet} of
 *     an i32), else {@code null}
 * @param bytes the contents
 */
public record DataSegment(SegmentMode mode, int memory, Init offset, byte[] bytes) {
  /**
   * Checks the segment's shape.
   *
   * @throws IllegalArgumentException if declarative, or the offset's presence does not match the
   *     mode
   */
  public DataSegment {
    Objects.requireNonNull(mode);
    if (mode == SegmentMode.DECLARATIVE) {
      throw new IllegalArgumentException("data segments are active or passive");
    }
    if ((mode == SegmentMode.ACTIVE) != (offset != null)
        || (mode != SegmentMode.ACTIVE && memory != 0)) {
      throw new IllegalArgumentException("only active segments have a memory and offset");
    }
    bytes = bytes.clone();
  }

  /**
   * Returns a copy of the contents.
   *
   * @return a fresh array
   */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the length of the contents.
   *
   * @return bytes
   */
  public int length() {
    return bytes.length;
  }

  /**
   * Returns the contents as a read-only segment over the record's own array.
   *
   * @return a read-only view
   */
  public MemorySegment asSegment() {
    return MemorySegment.ofArray(bytes).asReadOnly();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSegment d
        && mode == d.mode
        && memory == d.memory
        && Objects.equals(offset, d.offset)
        && Arrays.equals(bytes, d.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, memory, offset, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "DataSegment["
        + mode
        + ", memory="
        + memory
        + ", offset="
        + offset
        + ", length="
        + bytes.length
        + "]";
  }
}

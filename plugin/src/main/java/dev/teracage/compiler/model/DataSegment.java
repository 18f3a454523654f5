package dev.teracage.compiler.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A data segment: bytes copied into a memory at instantiation (active) or by {@code memory.init}
 * (passive).
 *
 * @param mode active or passive
 * @param memoryIndex the memory an active segment initializes; 0 otherwise
 * @param offset the offset expression of an active segment; {@code null} otherwise
 * @param init the bytes; shared, not copied: callers must not modify the array
 */
public record DataSegment(SegmentMode mode, int memoryIndex, Expr offset, byte[] init) {
  @Override
  public boolean equals(Object o) {
    return o instanceof DataSegment d
        && mode == d.mode
        && memoryIndex == d.memoryIndex
        && Objects.equals(offset, d.offset)
        && Arrays.equals(init, d.init);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, memoryIndex, offset, Arrays.hashCode(init));
  }

  @Override
  public String toString() {
    return "DataSegment[" + mode + ", memory " + memoryIndex + ", " + init.length + " bytes]";
  }
}

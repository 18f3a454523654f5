package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ValueCode;
import java.util.List;
import java.util.Objects;

/**
 * An element segment.
 *
 * @param mode active, passive or declarative
 * @param table for an active segment the table index, else 0
 * @param offset for an active segment the offset ({@link Init.Const} or {@link Init.GlobalGet} of
 *     an i32), else {@code null}
 * @param elemType the reference type of the entries, a {@link ValueCode}
 * @param elements the entries: {@link Init.RefFunc}, {@link Init.RefNull} or {@link Init.GlobalGet}
 */
public record ElementSegment(
    SegmentMode mode, int table, Init offset, int elemType, List<Init> elements) {
  /**
   * Checks the segment's shape.
   *
   * @throws IllegalArgumentException if the offset's presence does not match the mode, or the type
   *     is not a reference type
   */
  public ElementSegment {
    Objects.requireNonNull(mode);
    if ((mode == SegmentMode.ACTIVE) != (offset != null)
        || (mode != SegmentMode.ACTIVE && table != 0)) {
      throw new IllegalArgumentException("only active segments have a table and offset");
    }
    if (!ValueCode.isReference(elemType)) {
      throw new IllegalArgumentException("not a reference type: " + ValueCode.name(elemType));
    }
    elements = List.copyOf(elements);
  }
}

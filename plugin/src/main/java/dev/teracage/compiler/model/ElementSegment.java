package dev.teracage.compiler.model;

import java.util.List;

/**
 * An element segment. Every element is kept as a constant expression, whichever binary form
 * (function indices or expressions) it was written in, so equal segments compare equal.
 *
 * @param mode active, passive or declarative
 * @param tableIndex the table an active segment initializes; 0 otherwise
 * @param offset the offset expression of an active segment; {@code null} otherwise
 * @param type the reference type of the elements
 * @param init one constant expression per element
 */
public record ElementSegment(
    SegmentMode mode, int tableIndex, Expr offset, ValType type, List<Expr> init) {
  /** Creates a segment, copying the list. */
  public ElementSegment {
    init = List.copyOf(init);
  }
}

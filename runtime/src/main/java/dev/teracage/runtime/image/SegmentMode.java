package dev.teracage.runtime.image;

/**
 * How an element or data segment is used.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/syntax/modules.html#element-segments">Element
 *     segments</a>
 */
public enum SegmentMode {
  /** Copied into a table or memory at instantiation, then dropped. */
  ACTIVE,
  /** Kept for {@code table.init} / {@code memory.init}. */
  PASSIVE,
  /** Element segments only: declares references, dropped at instantiation. */
  DECLARATIVE;

  private static final SegmentMode[] VALUES = values();

  /**
   * Returns the mode with a code.
   *
   * @param code the ordinal
   * @return the mode, or {@code null} if unknown
   */
  public static SegmentMode ofCode(int code) {
    return code >= 0 && code < VALUES.length ? VALUES[code] : null;
  }
}

package dev.teracage.runtime.image;

/**
 * The kinds of imports and exports, with their binary codes.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#export-section">Binary
 *     format: exports</a>
 */
public enum ExternKind {
  /** A function. */
  FUNC,
  /** A table. */
  TABLE,
  /** A memory. */
  MEMORY,
  /** A global. */
  GLOBAL;

  private static final ExternKind[] VALUES = values();

  /**
   * Returns the binary code.
   *
   * @return 0 for functions, 1 tables, 2 memories, 3 globals
   */
  public int code() {
    return ordinal();
  }

  /**
   * Returns the kind with a binary code.
   *
   * @param code a code
   * @return the kind, or {@code null} if the code is unknown
   */
  public static ExternKind ofCode(int code) {
    return code >= 0 && code < VALUES.length ? VALUES[code] : null;
  }
}

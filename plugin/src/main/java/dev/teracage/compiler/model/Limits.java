package dev.teracage.compiler.model;

/**
 * Limits of a memory or table: minimum, optional maximum, and (3.0) whether indices are 64-bit and
 * whether the memory is shared.
 *
 * @param min the minimum size (pages for memories, elements for tables)
 * @param max the maximum size, or {@link #NO_MAX}
 * @param is64 whether the address type is i64 (memory64, table64)
 * @param shared whether the memory is shared (threads)
 */
public record Limits(long min, long max, boolean is64, boolean shared) {
  /** The value of {@link #max()} when no maximum is declared. */
  public static final long NO_MAX = -1;

  /**
   * Returns 32-bit, unshared limits.
   *
   * @param min the minimum
   * @param max the maximum, or {@link #NO_MAX}
   * @return the limits
   */
  public static Limits of(long min, long max) {
    return new Limits(min, max, false, false);
  }

  /**
   * Returns whether a maximum is declared.
   *
   * @return true when {@link #max()} is meaningful
   */
  public boolean hasMax() {
    return max != NO_MAX;
  }
}

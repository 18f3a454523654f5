package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ArenaLayout;

/**
 * The limits of a table (elements) or memory (pages).
 *
 * @param min the minimum size
 * @param max the maximum size, or {@link #NO_MAX}
 */
public record Limits(long min, long max) {
  /** No maximum. */
  public static final long NO_MAX = ArenaLayout.NO_MAX;

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public Limits {
    if (min < 0 || (max != NO_MAX && (max < min))) {
      throw new IllegalArgumentException("bad limits: min " + min + ", max " + max);
    }
  }

  /**
   * Tells whether there is a maximum.
   *
   * @return true when {@code max} is not {@link #NO_MAX}
   */
  public boolean hasMax() {
    return max != NO_MAX;
  }
}

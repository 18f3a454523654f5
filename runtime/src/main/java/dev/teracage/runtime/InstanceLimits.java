package dev.teracage.runtime;

import dev.teracage.runtime.layout.ArenaLayout;

/**
 * Resource limits of an instance, enforced at instantiation (a larger minimum fails it) and on
 * growth ({@code memory.grow} and {@code table.grow} return -1 beyond them). They also size the
 * virtual reservation of each memory and table. Limits recorded in the image at build time (its
 * {@link ArenaLayout}) apply too: the lower of the two wins.
 *
 * @param memoryPages the most pages any memory of the instance may have, 1 to 65536
 * @param tableElements the most elements any table may have, at least 1
 */
public record InstanceLimits(long memoryPages, long tableElements) {
  /** No limit beyond the specification's: 4 GiB memories, 16 Mi-element tables. */
  public static final InstanceLimits DEFAULT =
      new InstanceLimits(
          ArenaLayout.DEFAULT_MEMORY_PAGE_LIMIT, ArenaLayout.DEFAULT_TABLE_ELEMENT_LIMIT);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException when out of range
   */
  public InstanceLimits {
    if (memoryPages < 0 || memoryPages > ArenaLayout.MEMORY32_MAX_PAGES) {
      throw new IllegalArgumentException("memory page limit out of range: " + memoryPages);
    }
    if (tableElements < 0 || tableElements > ArenaLayout.TABLE_MAX_ELEMENTS) {
      throw new IllegalArgumentException("table element limit out of range: " + tableElements);
    }
  }
}

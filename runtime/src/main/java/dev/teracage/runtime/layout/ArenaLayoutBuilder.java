package dev.teracage.runtime.layout;

import java.util.Arrays;

/**
 * Collects the compact description of a module an {@link ArenaLayout} is computed from: the value
 * type of every global (imported ones first, in index order), how many tables and memories are
 * imported, the limits of the defined ones, the segment counts and the reservation limits. Obtained
 * from {@link ArenaLayout#builder()}; not thread-safe.
 */
public final class ArenaLayoutBuilder {
  private int[] globalTypes = new int[8];
  private int globalCount;
  int importedTables;
  private long[] tables = new long[8];
  private int tableCount;
  int importedMemories;
  private long[] memories = new long[8];
  private int memoryCount;
  int elemSegmentCount;
  int dataSegmentCount;
  long tableElementLimit = ArenaLayout.DEFAULT_TABLE_ELEMENT_LIMIT;
  long memoryPageLimit = ArenaLayout.DEFAULT_MEMORY_PAGE_LIMIT;

  ArenaLayoutBuilder() {}

  /**
   * Adds the next global.
   *
   * @param valueType its {@link ValueCode}
   * @return this builder
   * @throws IllegalArgumentException if the code is not a value type
   */
  public ArenaLayoutBuilder global(int valueType) {
    if (!ValueCode.isValid(valueType)) {
      throw new IllegalArgumentException(
          "not a value type code: 0x" + Integer.toHexString(valueType));
    }
    if (globalCount == globalTypes.length) {
      globalTypes = Arrays.copyOf(globalTypes, globalCount * 2);
    }
    globalTypes[globalCount++] = valueType;
    return this;
  }

  /**
   * Sets how many tables are imported (they precede the defined ones in the index space).
   *
   * @param count the imported table count
   * @return this builder
   */
  public ArenaLayoutBuilder importedTables(int count) {
    importedTables = requireCount(count, "imported table count");
    return this;
  }

  /**
   * Adds the next defined table.
   *
   * @param minElements its minimum size
   * @param maxElements its maximum size, or {@link ArenaLayout#NO_MAX}
   * @return this builder
   * @throws IllegalArgumentException if the limits are not u32 values with min &lt;= max
   */
  public ArenaLayoutBuilder table(long minElements, long maxElements) {
    checkLimits(minElements, maxElements, ArenaLayout.TABLE_MAX_ELEMENTS, "table");
    tables = add(tables, tableCount++, minElements, maxElements);
    return this;
  }

  /**
   * Sets how many memories are imported (they precede the defined ones in the index space).
   *
   * @param count the imported memory count
   * @return this builder
   */
  public ArenaLayoutBuilder importedMemories(int count) {
    importedMemories = requireCount(count, "imported memory count");
    return this;
  }

  /**
   * Adds the next defined memory (memory32: at most 65536 pages).
   *
   * @param minPages its minimum size
   * @param maxPages its maximum size, or {@link ArenaLayout#NO_MAX}
   * @return this builder
   * @throws IllegalArgumentException if the limits are out of range or min &gt; max
   */
  public ArenaLayoutBuilder memory(long minPages, long maxPages) {
    checkLimits(minPages, maxPages, ArenaLayout.MEMORY32_MAX_PAGES, "memory");
    memories = add(memories, memoryCount++, minPages, maxPages);
    return this;
  }

  /**
   * Sets the number of element segments.
   *
   * @param count the element segment count
   * @return this builder
   */
  public ArenaLayoutBuilder elemSegments(int count) {
    elemSegmentCount = requireCount(count, "element segment count");
    return this;
  }

  /**
   * Sets the number of data segments.
   *
   * @param count the data segment count
   * @return this builder
   */
  public ArenaLayoutBuilder dataSegments(int count) {
    dataSegmentCount = requireCount(count, "data segment count");
    return this;
  }

  /**
   * Sets the most elements reserved for any one table (default {@link
   * ArenaLayout#DEFAULT_TABLE_ELEMENT_LIMIT}).
   *
   * @param elements at most {@link ArenaLayout#TABLE_MAX_ELEMENTS}
   * @return this builder
   */
  public ArenaLayoutBuilder tableElementLimit(long elements) {
    if (elements < 0 || elements > ArenaLayout.TABLE_MAX_ELEMENTS) {
      throw new IllegalArgumentException("table element limit out of range: " + elements);
    }
    tableElementLimit = elements;
    return this;
  }

  /**
   * Sets the most pages reserved for any one memory (default {@link
   * ArenaLayout#DEFAULT_MEMORY_PAGE_LIMIT}).
   *
   * @param pages at most {@link ArenaLayout#MEMORY32_MAX_PAGES}
   * @return this builder
   */
  public ArenaLayoutBuilder memoryPageLimit(long pages) {
    if (pages < 0 || pages > ArenaLayout.MEMORY32_MAX_PAGES) {
      throw new IllegalArgumentException("memory page limit out of range: " + pages);
    }
    memoryPageLimit = pages;
    return this;
  }

  /**
   * Computes the layout.
   *
   * @return the layout
   * @throws IllegalArgumentException if the fixed part does not fit in 2 GiB or the reservation
   *     overflows
   */
  public ArenaLayout build() {
    return new ArenaLayout(this);
  }

  int[] globalTypes() {
    return Arrays.copyOf(globalTypes, globalCount);
  }

  long[] tableMins() {
    return column(tables, tableCount, 0);
  }

  long[] tableMaxes() {
    return column(tables, tableCount, 1);
  }

  long[] memoryMins() {
    return column(memories, memoryCount, 0);
  }

  long[] memoryMaxes() {
    return column(memories, memoryCount, 1);
  }

  private static long[] column(long[] pairs, int count, int which) {
    long[] result = new long[count];
    for (int i = 0; i < count; i++) {
      result[i] = pairs[2 * i + which];
    }
    return result;
  }

  private static long[] add(long[] pairs, int index, long min, long max) {
    long[] result = 2 * index + 2 > pairs.length ? Arrays.copyOf(pairs, pairs.length * 2) : pairs;
    result[2 * index] = min;
    result[2 * index + 1] = max;
    return result;
  }

  private static void checkLimits(long min, long max, long bound, String what) {
    boolean ok =
        min >= 0 && min <= bound && (max == ArenaLayout.NO_MAX || (max >= min && max <= bound));
    if (!ok) {
      throw new IllegalArgumentException(
          what + " limits out of range: min " + min + ", max " + max + ", bound " + bound);
    }
  }

  private static int requireCount(int count, String what) {
    if (count < 0) {
      throw new IllegalArgumentException(what + " is negative: " + count);
    }
    return count;
  }
}

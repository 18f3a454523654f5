package dev.teracage.runtime.layout;

import static dev.teracage.runtime.layout.ArenaHeader.HEADER_SIZE;
import static dev.teracage.runtime.layout.ArenaHeader.MEMORY_DESCRIPTOR_SIZE;
import static dev.teracage.runtime.layout.ArenaHeader.TABLE_DESCRIPTOR_SIZE;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where everything of one instance lives in its arena: the single definition the compiler (which
 * bakes the fixed offsets into generated code as constants) and the runtime (which creates and
 * reads arenas) share. Pure arithmetic over a compact description of the module ({@link
 * #builder()}); no I/O. {@link ArenaFields} reads and writes the fields on a segment.
 *
 * <pre>
 * offset (accessor)                contents                                 alignment
 * 0                                header, {@link ArenaHeader#HEADER}, 96 bytes      16
 * globalsOffset()                  one slot per global, imported ones too,
 *   globalOffset(g)                in index order: i32/f32/ref 4 bytes,     natural
 *                                  i64/f64 8, v128 16                       (= slot size)
 * tableDescriptorsOffset()         one descriptor per DEFINED table, 16 B:  8
 *   tableDescriptorOffset(t)       u32 size, u32 max, u64 elementsOffset
 * memoryDescriptorsOffset()        one descriptor per DEFINED memory, 24 B: 8
 *   memoryDescriptorOffset(m)      u64 pages, u64 maxPages, u64 dataOffset
 * elemDroppedFlagsOffset()         1 byte per element segment (1 = dropped) 1
 *   elemDroppedOffset(s)
 * dataDroppedFlagsOffset()         1 byte per data segment (1 = dropped)    1
 *   dataDroppedOffset(s)
 * fixedSize()                      ---- end of the fixed part ----
 * tableElementsRegionOffset()      for each defined table t:                64 KiB
 *   tableElementsOffset(t)         u32 handle per element, reserved for
 *                                  min(max or 2^32-1, tableElementLimit)
 * memoryDataRegionOffset()         for each defined memory m:               64 KiB
 *   memoryDataOffset(m)            its bytes, reserved for
 *                                  min(max or 65536, memoryPageLimit) pages
 * reservedSize()                   ---- end of the arena ----
 * </pre>
 *
 * <p>Offsets are bytes from the arena's base, never addresses. The fixed part depends only on the
 * module, so its offsets are {@code int}s; the variable regions depend also on the reservation
 * limits and their offsets are {@code long}s, which generated code reads from the descriptors at
 * run time. Tables and memories are numbered in their index spaces (imports first); an imported
 * table or memory lives in its exporter's arena, so its per-index offsets are {@link #ABSENT}, as
 * are those of any index the module does not have. The arena's base is page aligned (64 KiB aligned
 * when reserved from the zero file; an image's arena file is mapped at a page boundary).
 */
public final class ArenaLayout {
  /** Magic word of an arena header: the bytes {@code "TCAR"} read as a little-endian u32. */
  public static final int MAGIC = 'T' | 'C' << 8 | 'A' << 16 | 'R' << 24;

  /** Arena format version this class lays out. */
  public static final int FORMAT_VERSION = 0;

  /** Version of this producer (the Teracage compiler and runtime pair). */
  public static final int PRODUCER_VERSION = 1;

  /** Offset returned for parts a module does not have in its own arena. */
  public static final int ABSENT = -1;

  /** A limits maximum meaning "no maximum". */
  public static final long NO_MAX = -1;

  /** Alignment of the fixed part's end and of each table element array and linear memory. */
  public static final int REGION_ALIGNMENT = 64 * 1024;

  /** Size of a WebAssembly page in bytes. */
  public static final int PAGE_SIZE = 64 * 1024;

  /** Largest number of pages of a 32-bit memory (4 GiB). */
  public static final long MEMORY32_MAX_PAGES = 65536;

  /** Largest number of elements of a table (u32). */
  public static final long TABLE_MAX_ELEMENTS = 0xFFFF_FFFFL;

  /** Default reservation limit for a table without a smaller maximum: 16 Mi elements. */
  public static final long DEFAULT_TABLE_ELEMENT_LIMIT = 1L << 24;

  /** Default reservation limit for a memory: the full 4 GiB of memory32. */
  public static final long DEFAULT_MEMORY_PAGE_LIMIT = MEMORY32_MAX_PAGES;

  private final int[] globalTypes;
  private final int importedTables;
  private final long[] tableMins;
  private final long[] tableMaxes;
  private final int importedMemories;
  private final long[] memoryMins;
  private final long[] memoryMaxes;
  private final int elemSegmentCount;
  private final int dataSegmentCount;
  private final long tableElementLimit;
  private final long memoryPageLimit;

  private final int[] globalOffsets;
  private final int globalsOffset;
  private final int tableDescriptorsOffset;
  private final int memoryDescriptorsOffset;
  private final int elemDroppedOffset;
  private final int dataDroppedOffset;
  private final int fixedSize;
  private final long[] tableReservedElements;
  private final long[] tableElementsOffsets;
  private final long[] memoryReservedPages;
  private final long[] memoryDataOffsets;
  private final long tableElementsRegionOffset;
  private final long memoryDataRegionOffset;
  private final long reservedSize;

  ArenaLayout(ArenaLayoutBuilder b) {
    globalTypes = b.globalTypes();
    importedTables = b.importedTables;
    tableMins = b.tableMins();
    tableMaxes = b.tableMaxes();
    importedMemories = b.importedMemories;
    memoryMins = b.memoryMins();
    memoryMaxes = b.memoryMaxes();
    elemSegmentCount = b.elemSegmentCount;
    dataSegmentCount = b.dataSegmentCount;
    tableElementLimit = b.tableElementLimit;
    memoryPageLimit = b.memoryPageLimit;
    try {
      // Fixed part: int arithmetic, every step checked.
      int at = alignUp(HEADER_SIZE, 16);
      globalsOffset = at;
      globalOffsets = new int[globalTypes.length];
      for (int g = 0; g < globalTypes.length; g++) {
        int size = ValueCode.slotSize(globalTypes[g]);
        at = alignUp(at, size);
        globalOffsets[g] = at;
        at = Math.addExact(at, size);
      }
      at = alignUp(at, 8);
      tableDescriptorsOffset = at;
      at = Math.addExact(at, Math.multiplyExact(tableMins.length, TABLE_DESCRIPTOR_SIZE));
      memoryDescriptorsOffset = at; // 16-byte descriptors keep 8-byte alignment
      at = Math.addExact(at, Math.multiplyExact(memoryMins.length, MEMORY_DESCRIPTOR_SIZE));
      elemDroppedOffset = at;
      at = Math.addExact(at, elemSegmentCount);
      dataDroppedOffset = at;
      at = Math.addExact(at, dataSegmentCount);
      fixedSize = at;

      // Variable regions: long arithmetic, each part 64 KiB aligned.
      long region = alignUp((long) fixedSize, REGION_ALIGNMENT);
      tableElementsRegionOffset = region;
      tableReservedElements = new long[tableMins.length];
      tableElementsOffsets = new long[tableMins.length];
      for (int t = 0; t < tableMins.length; t++) {
        long max = tableMaxes[t] == NO_MAX ? TABLE_MAX_ELEMENTS : tableMaxes[t];
        tableReservedElements[t] = Math.min(max, tableElementLimit);
        tableElementsOffsets[t] = region;
        region =
            Math.addExact(
                region, alignUp(Math.multiplyExact(tableReservedElements[t], 4), REGION_ALIGNMENT));
      }
      memoryDataRegionOffset = region;
      memoryReservedPages = new long[memoryMins.length];
      memoryDataOffsets = new long[memoryMins.length];
      for (int m = 0; m < memoryMins.length; m++) {
        long max = memoryMaxes[m] == NO_MAX ? MEMORY32_MAX_PAGES : memoryMaxes[m];
        memoryReservedPages[m] = Math.min(max, memoryPageLimit);
        memoryDataOffsets[m] = region;
        region = Math.addExact(region, Math.multiplyExact(memoryReservedPages[m], PAGE_SIZE));
      }
      reservedSize = region;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("arena layout overflows", e);
    }
  }

  /**
   * Returns a builder for the layout of one module.
   *
   * @return a new builder
   */
  public static ArenaLayoutBuilder builder() {
    return new ArenaLayoutBuilder();
  }

  /**
   * Returns the same module laid out for other reservation limits. The fixed part is unchanged.
   *
   * @param tableElementLimit the most elements reserved for any table, at most {@link
   *     #TABLE_MAX_ELEMENTS}
   * @param memoryPageLimit the most pages reserved for any memory, at most {@link
   *     #MEMORY32_MAX_PAGES}
   * @return the layout with those limits
   */
  public ArenaLayout withLimits(long tableElementLimit, long memoryPageLimit) {
    ArenaLayoutBuilder b = builder();
    for (int type : globalTypes) {
      b.global(type);
    }
    b.importedTables(importedTables).importedMemories(importedMemories);
    for (int t = 0; t < tableMins.length; t++) {
      b.table(tableMins[t], tableMaxes[t]);
    }
    for (int m = 0; m < memoryMins.length; m++) {
      b.memory(memoryMins[m], memoryMaxes[m]);
    }
    return b.elemSegments(elemSegmentCount)
        .dataSegments(dataSegmentCount)
        .tableElementLimit(tableElementLimit)
        .memoryPageLimit(memoryPageLimit)
        .build();
  }

  // ---- sizes and region offsets ----

  /**
   * Returns the header's size.
   *
   * @return {@link ArenaHeader#HEADER_SIZE} bytes
   */
  public int headerSize() {
    return HEADER_SIZE;
  }

  /**
   * Returns the size of the fixed part: header, globals, descriptors and dropped flags.
   *
   * @return bytes from the base to the end of the dropped flags
   */
  public int fixedSize() {
    return fixedSize;
  }

  /**
   * Returns the bytes to reserve for the whole arena, variable regions included.
   *
   * @return the reserved size in bytes, a multiple of {@link #REGION_ALIGNMENT}
   */
  public long reservedSize() {
    return reservedSize;
  }

  /**
   * Returns the offset of the first global slot.
   *
   * @return bytes from the base
   */
  public int globalsOffset() {
    return globalsOffset;
  }

  /**
   * Returns the offset of the first table descriptor (where it would be when there is none).
   *
   * @return bytes from the base
   */
  public int tableDescriptorsOffset() {
    return tableDescriptorsOffset;
  }

  /**
   * Returns the offset of the first memory descriptor (where it would be when there is none).
   *
   * @return bytes from the base
   */
  public int memoryDescriptorsOffset() {
    return memoryDescriptorsOffset;
  }

  /**
   * Returns the offset of the first element segment's dropped flag (where it would be when there is
   * none).
   *
   * @return bytes from the base
   */
  public int elemDroppedFlagsOffset() {
    return elemDroppedOffset;
  }

  /**
   * Returns the offset of the first data segment's dropped flag (where it would be when there is
   * none).
   *
   * @return bytes from the base
   */
  public int dataDroppedFlagsOffset() {
    return dataDroppedOffset;
  }

  /**
   * Returns the start of the table element region.
   *
   * @return bytes from the base, 64 KiB aligned
   */
  public long tableElementsRegionOffset() {
    return tableElementsRegionOffset;
  }

  /**
   * Returns the start of the linear memory region.
   *
   * @return bytes from the base, 64 KiB aligned
   */
  public long memoryDataRegionOffset() {
    return memoryDataRegionOffset;
  }

  /**
   * Returns the reservation limit for table elements this layout was computed with.
   *
   * @return elements
   */
  public long tableElementLimit() {
    return tableElementLimit;
  }

  /**
   * Returns the reservation limit for memory pages this layout was computed with.
   *
   * @return pages
   */
  public long memoryPageLimit() {
    return memoryPageLimit;
  }

  // ---- counts ----

  /**
   * Returns the number of globals, imported ones included.
   *
   * @return the global count
   */
  public int globalCount() {
    return globalTypes.length;
  }

  /**
   * Returns the number of tables in the index space.
   *
   * @return imported plus defined tables
   */
  public int tableCount() {
    return importedTables + tableMins.length;
  }

  /**
   * Returns the number of imported tables, which come first in the index space.
   *
   * @return the imported table count
   */
  public int importedTableCount() {
    return importedTables;
  }

  /**
   * Returns the number of memories in the index space.
   *
   * @return imported plus defined memories
   */
  public int memoryCount() {
    return importedMemories + memoryMins.length;
  }

  /**
   * Returns the number of imported memories, which come first in the index space.
   *
   * @return the imported memory count
   */
  public int importedMemoryCount() {
    return importedMemories;
  }

  /**
   * Returns the number of element segments.
   *
   * @return the element segment count
   */
  public int elemSegmentCount() {
    return elemSegmentCount;
  }

  /**
   * Returns the number of data segments.
   *
   * @return the data segment count
   */
  public int dataSegmentCount() {
    return dataSegmentCount;
  }

  // ---- per index ----

  /**
   * Returns the value type of a global.
   *
   * @param global a global index
   * @return its {@link ValueCode}
   */
  public int globalType(int global) {
    return globalTypes[Objects.checkIndex(global, globalTypes.length)];
  }

  /**
   * Returns the offset of a global's slot.
   *
   * @param global a global index (imported globals included)
   * @return bytes from the base, aligned to the slot size; {@link #ABSENT} for no such global
   */
  public int globalOffset(int global) {
    return global >= 0 && global < globalOffsets.length ? globalOffsets[global] : ABSENT;
  }

  /**
   * Returns the offset of a table's descriptor.
   *
   * @param table a table index
   * @return bytes from the base; {@link #ABSENT} for an imported table or no such table
   */
  public int tableDescriptorOffset(int table) {
    int defined = definedTable(table);
    return defined < 0 ? ABSENT : tableDescriptorsOffset + defined * TABLE_DESCRIPTOR_SIZE;
  }

  /**
   * Returns where a table's element array is placed when the arena is created.
   *
   * @param table a table index
   * @return bytes from the base, 64 KiB aligned; {@link #ABSENT} for an imported or missing table
   */
  public long tableElementsOffset(int table) {
    int defined = definedTable(table);
    return defined < 0 ? ABSENT : tableElementsOffsets[defined];
  }

  /**
   * Returns how many elements are reserved for a table: its maximum, capped by the limit.
   *
   * @param table a table index
   * @return elements; {@link #ABSENT} for an imported or missing table
   */
  public long tableReservedElements(int table) {
    int defined = definedTable(table);
    return defined < 0 ? ABSENT : tableReservedElements[defined];
  }

  /**
   * Returns the offset of a memory's descriptor.
   *
   * @param memory a memory index
   * @return bytes from the base; {@link #ABSENT} for an imported memory or no such memory
   */
  public int memoryDescriptorOffset(int memory) {
    int defined = definedMemory(memory);
    return defined < 0 ? ABSENT : memoryDescriptorsOffset + defined * MEMORY_DESCRIPTOR_SIZE;
  }

  /**
   * Returns where a memory's bytes are placed when the arena is created.
   *
   * @param memory a memory index
   * @return bytes from the base, 64 KiB aligned; {@link #ABSENT} for an imported or missing memory
   */
  public long memoryDataOffset(int memory) {
    int defined = definedMemory(memory);
    return defined < 0 ? ABSENT : memoryDataOffsets[defined];
  }

  /**
   * Returns how many pages are reserved for a memory: its maximum, capped by the limit. A memory
   * whose minimum exceeds this cannot be instantiated.
   *
   * @param memory a memory index
   * @return pages; {@link #ABSENT} for an imported or missing memory
   */
  public long memoryReservedPages(int memory) {
    int defined = definedMemory(memory);
    return defined < 0 ? ABSENT : memoryReservedPages[defined];
  }

  /**
   * Returns the offset of an element segment's dropped flag.
   *
   * @param segment an element segment index
   * @return bytes from the base; {@link #ABSENT} for no such segment
   */
  public int elemDroppedOffset(int segment) {
    return segment >= 0 && segment < elemSegmentCount ? elemDroppedOffset + segment : ABSENT;
  }

  /**
   * Returns the offset of a data segment's dropped flag.
   *
   * @param segment a data segment index
   * @return bytes from the base; {@link #ABSENT} for no such segment
   */
  public int dataDroppedOffset(int segment) {
    return segment >= 0 && segment < dataSegmentCount ? dataDroppedOffset + segment : ABSENT;
  }

  private int definedTable(int table) {
    int defined = table - importedTables;
    return table >= 0 && defined >= 0 && defined < tableMins.length ? defined : -1;
  }

  private int definedMemory(int memory) {
    int defined = memory - importedMemories;
    return memory >= 0 && defined >= 0 && defined < memoryMins.length ? defined : -1;
  }

  /**
   * Returns a defined table's declared minimum.
   *
   * @param table a table index
   * @return elements; {@link #ABSENT} for an imported or missing table
   */
  public long tableMinElements(int table) {
    int defined = definedTable(table);
    return defined < 0 ? ABSENT : tableMins[defined];
  }

  /**
   * Returns a defined table's declared maximum.
   *
   * @param table a table index
   * @return elements or {@link #NO_MAX}; {@link #ABSENT} for an imported or missing table
   */
  public long tableMaxElements(int table) {
    int defined = definedTable(table);
    return defined < 0 ? ABSENT : tableMaxes[defined];
  }

  /**
   * Returns a defined memory's declared minimum.
   *
   * @param memory a memory index
   * @return pages; {@link #ABSENT} for an imported or missing memory
   */
  public long memoryMinPages(int memory) {
    int defined = definedMemory(memory);
    return defined < 0 ? ABSENT : memoryMins[defined];
  }

  /**
   * Returns a defined memory's declared maximum.
   *
   * @param memory a memory index
   * @return pages or {@link #NO_MAX}; {@link #ABSENT} for an imported or missing memory
   */
  public long memoryMaxPages(int memory) {
    int defined = definedMemory(memory);
    return defined < 0 ? ABSENT : memoryMaxes[defined];
  }

  // ---- identity ----

  @Override
  public boolean equals(Object o) {
    return o instanceof ArenaLayout l
        && Arrays.equals(globalTypes, l.globalTypes)
        && importedTables == l.importedTables
        && Arrays.equals(tableMins, l.tableMins)
        && Arrays.equals(tableMaxes, l.tableMaxes)
        && importedMemories == l.importedMemories
        && Arrays.equals(memoryMins, l.memoryMins)
        && Arrays.equals(memoryMaxes, l.memoryMaxes)
        && elemSegmentCount == l.elemSegmentCount
        && dataSegmentCount == l.dataSegmentCount
        && tableElementLimit == l.tableElementLimit
        && memoryPageLimit == l.memoryPageLimit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(globalTypes),
        importedTables,
        Arrays.hashCode(tableMins),
        Arrays.hashCode(tableMaxes),
        importedMemories,
        Arrays.hashCode(memoryMins),
        Arrays.hashCode(memoryMaxes),
        elemSegmentCount,
        dataSegmentCount,
        tableElementLimit,
        memoryPageLimit);
  }

  @Override
  public String toString() {
    return "ArenaLayout[globals="
        + globalTypes.length
        + ", tables="
        + importedTables
        + "+"
        + tableMins.length
        + ", memories="
        + importedMemories
        + "+"
        + memoryMins.length
        + ", elem="
        + elemSegmentCount
        + ", data="
        + dataSegmentCount
        + ", fixedSize="
        + fixedSize
        + ", reservedSize=0x"
        + Long.toHexString(reservedSize)
        + "]";
  }

  private static int alignUp(int value, int alignment) {
    return Math.addExact(value, alignment - 1) & -alignment;
  }

  private static long alignUp(long value, long alignment) {
    return Math.addExact(value, alignment - 1) & -alignment;
  }
}

package dev.teracage.runtime.layout;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the fields an {@link ArenaLayout} places in an arena: the header, global slots,
 * table and memory descriptors, table elements and dropped flags. Little-endian throughout; every
 * access is bounds-checked by the {@link MemorySegment} itself. Tables and memories are numbered in
 * their index spaces; asking for an imported one's descriptor is a programming error ({@link
 * IllegalArgumentException}), since it lives in the exporter's arena.
 */
public final class ArenaFields {
  private static final ValueLayout.OfByte U8 = ValueLayout.JAVA_BYTE;

  private final ArenaLayout layout;

  /**
   * Creates the accessors for one layout.
   *
   * @param layout the layout of the arenas to access
   */
  public ArenaFields(ArenaLayout layout) {
    this.layout = Objects.requireNonNull(layout);
  }

  /**
   * Returns the layout these accessors follow.
   *
   * @return the layout
   */
  public ArenaLayout layout() {
    return layout;
  }

  /**
   * Writes a fresh arena's fixed part: zeroes it, then writes the header and every descriptor (size
   * = the minimum, the declared maximum, the offsets of this layout). Globals stay zero and no
   * segment is dropped.
   *
   * @param arena an arena of at least {@link ArenaLayout#fixedSize()} bytes, 64 KiB aligned
   */
  public void initialize(MemorySegment arena) {
    arena.asSlice(0, layout.fixedSize()).fill((byte) 0);
    for (ArenaHeader.Field field : ArenaHeader.Field.values()) {
      long expected = expectedHeaderValue(field);
      field.set(arena, expected);
    }
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      setTableSize(arena, t, layout.tableMinElements(t));
      setTableMax(arena, t, layout.tableMaxElements(t));
      setTableElementsOffset(arena, t, layout.tableElementsOffset(t));
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      setMemoryPages(arena, m, layout.memoryMinPages(m));
      setMemoryMaxPages(arena, m, layout.memoryMaxPages(m));
      setMemoryDataOffset(arena, m, layout.memoryDataOffset(m));
    }
  }

  /**
   * Checks an arena's header against this layout, field by field.
   *
   * @param arena an arena of at least {@link ArenaLayout#headerSize()} bytes
   * @return one line per mismatching field ({@code "magic: expected 0x52414354, found 0x0"}), empty
   *     when the header matches
   */
  public List<String> checkHeader(MemorySegment arena) {
    List<String> problems = new ArrayList<>();
    for (ArenaHeader.Field field : ArenaHeader.Field.values()) {
      long expected = expectedHeaderValue(field);
      long found = field.get(arena);
      if (found != expected) {
        problems.add(
            field.layoutName()
                + ": expected 0x"
                + Long.toHexString(expected)
                + ", found 0x"
                + Long.toHexString(found));
        if (field == ArenaHeader.Field.MAGIC) {
          break; // not an arena at all: the other fields mean nothing
        }
      }
    }
    return problems;
  }

  /**
   * Returns the value this layout writes into a header field.
   *
   * @param field a header field
   * @return its value, zero-extended
   */
  public long expectedHeaderValue(ArenaHeader.Field field) {
    return switch (field) {
      case MAGIC -> Integer.toUnsignedLong(ArenaLayout.MAGIC);
      case FORMAT_VERSION -> ArenaLayout.FORMAT_VERSION;
      case PRODUCER_VERSION -> ArenaLayout.PRODUCER_VERSION;
      case GLOBAL_COUNT -> layout.globalCount();
      case TABLE_COUNT -> layout.tableCount() - layout.importedTableCount();
      case MEMORY_COUNT -> layout.memoryCount() - layout.importedMemoryCount();
      case ELEM_SEGMENT_COUNT -> layout.elemSegmentCount();
      case DATA_SEGMENT_COUNT -> layout.dataSegmentCount();
      case RESERVED_SIZE -> layout.reservedSize();
      case GLOBALS_OFFSET -> layout.globalsOffset();
      case TABLE_DESCRIPTORS_OFFSET -> layout.tableDescriptorsOffset();
      case MEMORY_DESCRIPTORS_OFFSET -> layout.memoryDescriptorsOffset();
      case ELEM_DROPPED_OFFSET -> layout.elemDroppedFlagsOffset();
      case DATA_DROPPED_OFFSET -> layout.dataDroppedFlagsOffset();
      case TABLE_ELEMENTS_OFFSET -> layout.tableElementsRegionOffset();
      case MEMORY_DATA_OFFSET -> layout.memoryDataRegionOffset();
    };
  }

  // ---- typed field access: little-endian, bounds-checked by the segment ----

  /**
   * Reads a global's slot as raw bits: i32, f32 and references zero-extended from 32 bits, the low
   * half of a v128.
   *
   * @param arena the arena
   * @param global a global index
   * @return the bits
   */
  public long globalBits(MemorySegment arena, int global) {
    long at = layout.globalOffset(Objects.checkIndex(global, layout.globalCount()));
    return ValueCode.slotSize(layout.globalType(global)) == 4
        ? Integer.toUnsignedLong(arena.get(ArenaHeader.U32, at))
        : arena.get(ArenaHeader.U64, at);
  }

  /**
   * Writes a global's slot from raw bits (truncated to 32 bits for 4-byte slots; the low half of a
   * v128).
   *
   * @param arena the arena
   * @param global a global index
   * @param bits the bits
   */
  public void setGlobalBits(MemorySegment arena, int global, long bits) {
    long at = layout.globalOffset(Objects.checkIndex(global, layout.globalCount()));
    if (ValueCode.slotSize(layout.globalType(global)) == 4) {
      arena.set(ArenaHeader.U32, at, (int) bits);
    } else {
      arena.set(ArenaHeader.U64, at, bits);
    }
  }

  /**
   * Reads the high 64 bits of a v128 global.
   *
   * @param arena the arena
   * @param global the index of a v128 global
   * @return the high bits
   */
  public long globalHighBits(MemorySegment arena, int global) {
    return arena.get(ArenaHeader.U64, v128Offset(global) + 8L);
  }

  /**
   * Writes the high 64 bits of a v128 global.
   *
   * @param arena the arena
   * @param global the index of a v128 global
   * @param bits the high bits
   */
  public void setGlobalHighBits(MemorySegment arena, int global, long bits) {
    arena.set(ArenaHeader.U64, v128Offset(global) + 8L, bits);
  }

  private int v128Offset(int global) {
    if (layout.globalType(global) != ValueCode.V128) {
      throw new IllegalArgumentException("global " + global + " is not a v128");
    }
    return layout.globalOffset(global);
  }

  /**
   * Reads a defined table's current size.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @return elements, unsigned
   */
  public long tableSize(MemorySegment arena, int table) {
    return Integer.toUnsignedLong((int) ArenaHeader.TABLE_SIZE.get(arena, tableDescriptor(table)));
  }

  /**
   * Writes a defined table's current size.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @param size elements, at most {@link ArenaLayout#TABLE_MAX_ELEMENTS}
   */
  public void setTableSize(MemorySegment arena, int table, long size) {
    ArenaHeader.TABLE_SIZE.set(arena, tableDescriptor(table), (int) size);
  }

  /**
   * Reads a defined table's maximum.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @return elements, or {@link ArenaLayout#NO_MAX} (stored as {@code 0xFFFFFFFF})
   */
  public long tableMax(MemorySegment arena, int table) {
    int max = (int) ArenaHeader.TABLE_MAX.get(arena, tableDescriptor(table));
    return max == -1 ? ArenaLayout.NO_MAX : Integer.toUnsignedLong(max);
  }

  /**
   * Writes a defined table's maximum.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @param max elements, or {@link ArenaLayout#NO_MAX}
   */
  public void setTableMax(MemorySegment arena, int table, long max) {
    ArenaHeader.TABLE_MAX.set(arena, tableDescriptor(table), (int) max);
  }

  /**
   * Reads the offset of a defined table's element array from its descriptor.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @return bytes from the base
   */
  public long tableElementsOffset(MemorySegment arena, int table) {
    return (long) ArenaHeader.TABLE_ELEMENTS.get(arena, tableDescriptor(table));
  }

  /**
   * Writes the offset of a defined table's element array into its descriptor.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @param offset bytes from the base
   */
  public void setTableElementsOffset(MemorySegment arena, int table, long offset) {
    ArenaHeader.TABLE_ELEMENTS.set(arena, tableDescriptor(table), offset);
  }

  /**
   * Reads one element (a u32 handle) of a defined table. The caller checks {@code index} against
   * the table's size; only the arena's own bounds are checked here.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @param index an element index below the table's size
   * @return the handle
   */
  public int tableElement(MemorySegment arena, int table, long index) {
    return arena.get(ArenaHeader.U32, tableElementsOffset(arena, table) + 4 * index);
  }

  /**
   * Writes one element (a u32 handle) of a defined table, see {@link #tableElement}.
   *
   * @param arena the arena
   * @param table a defined table's index
   * @param index an element index below the table's size
   * @param handle the handle
   */
  public void setTableElement(MemorySegment arena, int table, long index, int handle) {
    arena.set(ArenaHeader.U32, tableElementsOffset(arena, table) + 4 * index, handle);
  }

  /**
   * Reads a defined memory's current size.
   *
   * @param arena the arena
   * @param memory a defined memory's index
   * @return pages
   */
  public long memoryPages(MemorySegment arena, int memory) {
    return (long) ArenaHeader.MEMORY_PAGES.get(arena, memoryDescriptor(memory));
  }

  /**
   * Writes a defined memory's current size.
   *
   * @param arena the arena
   * @param memory a defined memory's index
   * @param pages pages
   */
  public void setMemoryPages(MemorySegment arena, int memory, long pages) {
    ArenaHeader.MEMORY_PAGES.set(arena, memoryDescriptor(memory), pages);
  }

  /**
   * Reads a defined memory's maximum.
   *
   * @param arena the arena
   * @param memory a defined memory's index
   * @return pages, or {@link ArenaLayout#NO_MAX}
   */
  public long memoryMaxPages(MemorySegment arena, int memory) {
    return (long) ArenaHeader.MEMORY_MAX_PAGES.get(arena, memoryDescriptor(memory));
  }

  /**
   * Writes a defined memory's maximum.
   *
   * @param arena the arena
   * @param memory a defined memory's index
   * @param maxPages pages, or {@link ArenaLayout#NO_MAX}
   */
  public void setMemoryMaxPages(MemorySegment arena, int memory, long maxPages) {
    ArenaHeader.MEMORY_MAX_PAGES.set(arena, memoryDescriptor(memory), maxPages);
  }

  /**
   * Reads the offset of a defined memory's bytes from its descriptor.
   *
   * @param arena the arena
   * @param memory a defined memory's index
   * @return bytes from the base
   */
  public long memoryDataOffset(MemorySegment arena, int memory) {
    return (long) ArenaHeader.MEMORY_DATA.get(arena, memoryDescriptor(memory));
  }

  /**
   * Writes the offset of a defined memory's bytes into its descriptor.
   *
   * @param arena the arena
   * @param memory a defined memory's index
   * @param offset bytes from the base
   */
  public void setMemoryDataOffset(MemorySegment arena, int memory, long offset) {
    ArenaHeader.MEMORY_DATA.set(arena, memoryDescriptor(memory), offset);
  }

  /**
   * Reads an element segment's dropped flag.
   *
   * @param arena the arena
   * @param segment an element segment index
   * @return whether it was dropped
   */
  public boolean elemDropped(MemorySegment arena, int segment) {
    return arena.get(U8, flag(layout.elemDroppedOffset(segment), "element segment", segment)) != 0;
  }

  /**
   * Writes an element segment's dropped flag.
   *
   * @param arena the arena
   * @param segment an element segment index
   * @param dropped whether it is dropped
   */
  public void setElemDropped(MemorySegment arena, int segment, boolean dropped) {
    arena.set(
        U8, flag(layout.elemDroppedOffset(segment), "element segment", segment), flag(dropped));
  }

  /**
   * Reads a data segment's dropped flag.
   *
   * @param arena the arena
   * @param segment a data segment index
   * @return whether it was dropped
   */
  public boolean dataDropped(MemorySegment arena, int segment) {
    return arena.get(U8, flag(layout.dataDroppedOffset(segment), "data segment", segment)) != 0;
  }

  /**
   * Writes a data segment's dropped flag.
   *
   * @param arena the arena
   * @param segment a data segment index
   * @param dropped whether it is dropped
   */
  public void setDataDropped(MemorySegment arena, int segment, boolean dropped) {
    arena.set(U8, flag(layout.dataDroppedOffset(segment), "data segment", segment), flag(dropped));
  }

  private static byte flag(boolean dropped) {
    return dropped ? (byte) 1 : (byte) 0;
  }

  private static long flag(int offset, String what, int index) {
    if (offset == ArenaLayout.ABSENT) {
      throw new IndexOutOfBoundsException("no " + what + " " + index);
    }
    return offset;
  }

  private long tableDescriptor(int table) {
    int offset = layout.tableDescriptorOffset(table);
    if (offset == ArenaLayout.ABSENT) {
      throw new IllegalArgumentException("table " + table + " is imported or does not exist");
    }
    return offset;
  }

  private long memoryDescriptor(int memory) {
    int offset = layout.memoryDescriptorOffset(memory);
    if (offset == ArenaLayout.ABSENT) {
      throw new IllegalArgumentException("memory " + memory + " is imported or does not exist");
    }
    return offset;
  }
}

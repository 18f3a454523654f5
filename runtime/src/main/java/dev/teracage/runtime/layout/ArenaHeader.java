package dev.teracage.runtime.layout;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The fixed-size records of an arena as {@link StructLayout}s: the header at offset 0, the table
 * descriptor and the memory descriptor. Field offsets and {@link VarHandle}s are derived from these
 * layouts by name, never written out twice. Every field is little-endian and naturally aligned;
 * {@link ArenaLayout} places the records, this class describes their insides.
 *
 * <pre>
 * header (96 bytes)                  table descriptor (16)     memory descriptor (24)
 *  0 u32 magic "TCAR"                 0 u32 size (elements)     0 u64 pages
 *  4 u16 formatVersion                4 u32 max (0xFFFFFFFF     8 u64 maxPages (all ones
 *  6 u16 producerVersion                        = none)                  = none)
 *  8 u32 globalCount                  8 u64 elementsOffset     16 u64 dataOffset
 * 12 u32 tableCount      (defined)
 * 16 u32 memoryCount     (defined)
 * 20 u32 elemSegmentCount
 * 24 u32 dataSegmentCount
 * 28 u32 (padding, zero)
 * 32 u64 reservedSize
 * 40 u64 globalsOffset
 * 48 u64 tableDescriptorsOffset
 * 56 u64 memoryDescriptorsOffset
 * 64 u64 elemDroppedOffset
 * 72 u64 dataDroppedOffset
 * 80 u64 tableElementsOffset         (start of the table element region)
 * 88 u64 memoryDataOffset            (start of the linear memory region)
 * </pre>
 */
public final class ArenaHeader {
  /** Little-endian u16, 2-byte aligned. */
  public static final ValueLayout.OfShort U16 =
      ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).withByteAlignment(2);

  /** Little-endian u32, 4-byte aligned. */
  public static final ValueLayout.OfInt U32 =
      ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).withByteAlignment(4);

  /** Little-endian u64, 8-byte aligned. */
  public static final ValueLayout.OfLong U64 =
      ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN).withByteAlignment(8);

  /** The arena header at offset 0. */
  public static final StructLayout HEADER =
      MemoryLayout.structLayout(
              U32.withName("magic"),
              U16.withName("formatVersion"),
              U16.withName("producerVersion"),
              U32.withName("globalCount"),
              U32.withName("tableCount"),
              U32.withName("memoryCount"),
              U32.withName("elemSegmentCount"),
              U32.withName("dataSegmentCount"),
              MemoryLayout.paddingLayout(4),
              U64.withName("reservedSize"),
              U64.withName("globalsOffset"),
              U64.withName("tableDescriptorsOffset"),
              U64.withName("memoryDescriptorsOffset"),
              U64.withName("elemDroppedOffset"),
              U64.withName("dataDroppedOffset"),
              U64.withName("tableElementsOffset"),
              U64.withName("memoryDataOffset"))
          .withByteAlignment(16)
          .withName("header");

  /** The descriptor of one defined table. */
  public static final StructLayout TABLE_DESCRIPTOR =
      MemoryLayout.structLayout(
              U32.withName("size"), U32.withName("max"), U64.withName("elementsOffset"))
          .withName("tableDescriptor");

  /** The descriptor of one defined memory. */
  public static final StructLayout MEMORY_DESCRIPTOR =
      MemoryLayout.structLayout(
              U64.withName("pages"), U64.withName("maxPages"), U64.withName("dataOffset"))
          .withName("memoryDescriptor");

  /** Size of the header in bytes. */
  public static final int HEADER_SIZE = (int) HEADER.byteSize();

  /** Size of a table descriptor in bytes. */
  public static final int TABLE_DESCRIPTOR_SIZE = (int) TABLE_DESCRIPTOR.byteSize();

  /** Size of a memory descriptor in bytes. */
  public static final int MEMORY_DESCRIPTOR_SIZE = (int) MEMORY_DESCRIPTOR.byteSize();

  /** Offset of {@code size} inside a table descriptor. */
  public static final int TABLE_SIZE_OFFSET = offset(TABLE_DESCRIPTOR, "size");

  /** Offset of {@code max} inside a table descriptor. */
  public static final int TABLE_MAX_OFFSET = offset(TABLE_DESCRIPTOR, "max");

  /** Offset of {@code elementsOffset} inside a table descriptor. */
  public static final int TABLE_ELEMENTS_OFFSET_OFFSET = offset(TABLE_DESCRIPTOR, "elementsOffset");

  /** Offset of {@code pages} inside a memory descriptor. */
  public static final int MEMORY_PAGES_OFFSET = offset(MEMORY_DESCRIPTOR, "pages");

  /** Offset of {@code maxPages} inside a memory descriptor. */
  public static final int MEMORY_MAX_PAGES_OFFSET = offset(MEMORY_DESCRIPTOR, "maxPages");

  /** Offset of {@code dataOffset} inside a memory descriptor. */
  public static final int MEMORY_DATA_OFFSET_OFFSET = offset(MEMORY_DESCRIPTOR, "dataOffset");

  static final VarHandle TABLE_SIZE = handle(TABLE_DESCRIPTOR, "size");
  static final VarHandle TABLE_MAX = handle(TABLE_DESCRIPTOR, "max");
  static final VarHandle TABLE_ELEMENTS = handle(TABLE_DESCRIPTOR, "elementsOffset");
  static final VarHandle MEMORY_PAGES = handle(MEMORY_DESCRIPTOR, "pages");
  static final VarHandle MEMORY_MAX_PAGES = handle(MEMORY_DESCRIPTOR, "maxPages");
  static final VarHandle MEMORY_DATA = handle(MEMORY_DESCRIPTOR, "dataOffset");

  private ArenaHeader() {}

  /** A named field of {@link #HEADER}, read and written as an unsigned value in a {@code long}. */
  public enum Field {
    /** Magic word, {@link ArenaLayout#MAGIC}. */
    MAGIC("magic"),
    /** Arena format version, {@link ArenaLayout#FORMAT_VERSION}. */
    FORMAT_VERSION("formatVersion"),
    /** Version of the producer that laid the arena out, {@link ArenaLayout#PRODUCER_VERSION}. */
    PRODUCER_VERSION("producerVersion"),
    /** Number of globals, imported ones included. */
    GLOBAL_COUNT("globalCount"),
    /** Number of defined tables. */
    TABLE_COUNT("tableCount"),
    /** Number of defined memories. */
    MEMORY_COUNT("memoryCount"),
    /** Number of element segments. */
    ELEM_SEGMENT_COUNT("elemSegmentCount"),
    /** Number of data segments. */
    DATA_SEGMENT_COUNT("dataSegmentCount"),
    /** Bytes reserved for the whole arena. */
    RESERVED_SIZE("reservedSize"),
    /** Offset of the first global slot. */
    GLOBALS_OFFSET("globalsOffset"),
    /** Offset of the first table descriptor. */
    TABLE_DESCRIPTORS_OFFSET("tableDescriptorsOffset"),
    /** Offset of the first memory descriptor. */
    MEMORY_DESCRIPTORS_OFFSET("memoryDescriptorsOffset"),
    /** Offset of the element segments' dropped flags. */
    ELEM_DROPPED_OFFSET("elemDroppedOffset"),
    /** Offset of the data segments' dropped flags. */
    DATA_DROPPED_OFFSET("dataDroppedOffset"),
    /** Offset of the table element region. */
    TABLE_ELEMENTS_OFFSET("tableElementsOffset"),
    /** Offset of the linear memory region. */
    MEMORY_DATA_OFFSET("memoryDataOffset");

    private final String layoutName;
    private final ValueLayout layout;
    private final VarHandle handle;
    private final int offset;

    Field(String layoutName) {
      this.layoutName = layoutName;
      this.layout = (ValueLayout) HEADER.select(PathElement.groupElement(layoutName));
      this.handle = handle(HEADER, layoutName);
      this.offset = ArenaHeader.offset(HEADER, layoutName);
    }

    /**
     * Returns the field's name in {@link #HEADER}.
     *
     * @return the layout name, for example {@code "globalCount"}
     */
    public String layoutName() {
      return layoutName;
    }

    /**
     * Returns the field's byte offset inside the header.
     *
     * @return the offset in bytes
     */
    public int offset() {
      return offset;
    }

    /**
     * Returns the field's size in bytes.
     *
     * @return 2, 4 or 8
     */
    public int size() {
      return (int) layout.byteSize();
    }

    /**
     * Reads the field of the header at offset 0 of {@code arena}, zero-extended.
     *
     * @param arena the arena
     * @return the unsigned value
     */
    public long get(MemorySegment arena) {
      return switch (layout) {
        case ValueLayout.OfShort s -> Short.toUnsignedLong((short) handle.get(arena, 0L));
        case ValueLayout.OfInt i -> Integer.toUnsignedLong((int) handle.get(arena, 0L));
        default -> (long) handle.get(arena, 0L);
      };
    }

    /**
     * Writes the field of the header at offset 0 of {@code arena}, truncated to its size.
     *
     * @param arena the arena
     * @param value the unsigned value
     */
    public void set(MemorySegment arena, long value) {
      switch (layout) {
        case ValueLayout.OfShort s -> handle.set(arena, 0L, (short) value);
        case ValueLayout.OfInt i -> handle.set(arena, 0L, (int) value);
        default -> handle.set(arena, 0L, value);
      }
    }
  }

  private static int offset(StructLayout struct, String name) {
    return (int) struct.byteOffset(PathElement.groupElement(name));
  }

  private static VarHandle handle(StructLayout struct, String name) {
    return struct.varHandle(PathElement.groupElement(name));
  }
}

package dev.teracage.runtime.layout;

import static dev.teracage.runtime.layout.ArenaLayout.ABSENT;
import static dev.teracage.runtime.layout.ArenaLayout.NO_MAX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArenaLayoutTest {
  private static final long K64 = 65536;

  /** Expected offsets of one tiny module, computed by hand from the drawing in ArenaLayout. */
  record Case(
      String name,
      UnaryOperator<ArenaLayoutBuilder> module,
      int[] globalOffsets,
      int tableDescriptors,
      int memoryDescriptors,
      int elemDropped,
      int dataDropped,
      int fixedSize,
      long[] tableElements,
      long[] memoryData,
      long reservedSize) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("empty", b -> b, new int[0], 96, 96, 96, 96, 96, new long[0], new long[0], K64),
        new Case(
            "one i32 global",
            b -> b.global(ValueCode.I32),
            new int[] {96},
            104,
            104,
            104,
            104,
            104,
            new long[0],
            new long[0],
            K64),
        new Case(
            "globals of every size, naturally aligned",
            b ->
                b.global(ValueCode.I32)
                    .global(ValueCode.I64)
                    .global(ValueCode.V128)
                    .global(ValueCode.FUNCREF)
                    .global(ValueCode.F32)
                    .global(ValueCode.F64)
                    .global(ValueCode.EXTERNREF),
            new int[] {96, 104, 112, 128, 132, 136, 144},
            152,
            152,
            152,
            152,
            152,
            new long[0],
            new long[0],
            K64),
        new Case(
            "one element segment and one data segment",
            b -> b.elemSegments(1).dataSegments(1),
            new int[0],
            96,
            96,
            96,
            97,
            98,
            new long[0],
            new long[0],
            K64),
        new Case(
            "imported tables and memories take no space",
            b -> b.importedTables(3).importedMemories(2),
            new int[0],
            96,
            96,
            96,
            96,
            96,
            new long[0],
            new long[0],
            K64),
        new Case(
            "one memory 1..2 pages",
            b -> b.memory(1, 2),
            new int[0],
            96,
            96,
            120,
            120,
            120,
            new long[0],
            new long[] {K64},
            3 * K64),
        new Case(
            "one memory without maximum reserves 4 GiB",
            b -> b.memory(0, NO_MAX),
            new int[0],
            96,
            96,
            120,
            120,
            120,
            new long[0],
            new long[] {K64},
            K64 + (1L << 32)),
        new Case(
            "one memory, limit 3 pages",
            b -> b.memory(1, NO_MAX).memoryPageLimit(3),
            new int[0],
            96,
            96,
            120,
            120,
            120,
            new long[0],
            new long[] {K64},
            4 * K64),
        new Case(
            "one table without maximum reserves the default limit",
            b -> b.table(10, NO_MAX),
            new int[0],
            96,
            112,
            112,
            112,
            112,
            new long[] {K64},
            new long[0],
            K64 + 4 * ArenaLayout.DEFAULT_TABLE_ELEMENT_LIMIT),
        new Case(
            "several of each, imports first",
            b ->
                b.global(ValueCode.I64)
                    .importedTables(1)
                    .table(1, 5)
                    .table(0, NO_MAX)
                    .tableElementLimit(100)
                    .importedMemories(1)
                    .memory(0, 0)
                    .memory(1, 1)
                    .elemSegments(3)
                    .dataSegments(2),
            new int[] {96},
            104,
            136,
            184,
            187,
            189,
            new long[] {K64, 2 * K64},
            new long[] {3 * K64, 3 * K64},
            4 * K64),
        new Case(
            "many segments push the regions to the next 64 KiB",
            b -> b.elemSegments(70_000).dataSegments(1).table(0, 16384),
            new int[0],
            96,
            112,
            112,
            70_112,
            70_113,
            new long[] {2 * K64},
            new long[0],
            3 * K64));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void offsets(Case c) {
    ArenaLayout layout = c.module().apply(ArenaLayout.builder()).build();
    int[] globals = new int[layout.globalCount()];
    for (int g = 0; g < globals.length; g++) {
      globals[g] = layout.globalOffset(g);
    }
    assertArrayEquals(c.globalOffsets(), globals, "global offsets");
    assertEquals(96, layout.headerSize());
    assertEquals(96, layout.globalsOffset());
    assertEquals(c.tableDescriptors(), layout.tableDescriptorsOffset(), "table descriptors");
    assertEquals(c.memoryDescriptors(), layout.memoryDescriptorsOffset(), "memory descriptors");
    assertEquals(c.elemDropped(), layout.elemDroppedFlagsOffset(), "elem dropped flags");
    assertEquals(c.dataDropped(), layout.dataDroppedFlagsOffset(), "data dropped flags");
    assertEquals(c.fixedSize(), layout.fixedSize(), "fixed size");
    long[] tables = new long[layout.tableCount() - layout.importedTableCount()];
    for (int t = 0; t < tables.length; t++) {
      int index = layout.importedTableCount() + t;
      tables[t] = layout.tableElementsOffset(index);
      assertEquals(
          c.tableDescriptors() + 16 * t, layout.tableDescriptorOffset(index), "descriptor " + t);
    }
    assertArrayEquals(c.tableElements(), tables, "table element arrays");
    long[] memories = new long[layout.memoryCount() - layout.importedMemoryCount()];
    for (int m = 0; m < memories.length; m++) {
      int index = layout.importedMemoryCount() + m;
      memories[m] = layout.memoryDataOffset(index);
      assertEquals(
          c.memoryDescriptors() + 24 * m, layout.memoryDescriptorOffset(index), "descriptor " + m);
    }
    assertArrayEquals(c.memoryData(), memories, "memory data");
    assertEquals(c.reservedSize(), layout.reservedSize(), "reserved size");
    assertEquals(0, layout.reservedSize() % ArenaLayout.REGION_ALIGNMENT);
    for (int g = 0; g < layout.globalCount(); g++) {
      assertEquals(0, layout.globalOffset(g) % ValueCode.slotSize(layout.globalType(g)), "align");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void absentPartsGetTheSentinel(Case c) {
    ArenaLayout layout = c.module().apply(ArenaLayout.builder()).build();
    assertEquals(ABSENT, layout.globalOffset(-1));
    assertEquals(ABSENT, layout.globalOffset(layout.globalCount()));
    assertEquals(ABSENT, layout.tableDescriptorOffset(layout.tableCount()));
    assertEquals(ABSENT, layout.tableElementsOffset(layout.tableCount()));
    assertEquals(ABSENT, layout.memoryDescriptorOffset(layout.memoryCount()));
    assertEquals(ABSENT, layout.memoryDataOffset(-1));
    assertEquals(ABSENT, layout.elemDroppedOffset(layout.elemSegmentCount()));
    assertEquals(ABSENT, layout.dataDroppedOffset(layout.dataSegmentCount()));
    for (int t = 0; t < layout.importedTableCount(); t++) {
      assertEquals(ABSENT, layout.tableDescriptorOffset(t));
      assertEquals(ABSENT, layout.tableReservedElements(t));
    }
    for (int m = 0; m < layout.importedMemoryCount(); m++) {
      assertEquals(ABSENT, layout.memoryDescriptorOffset(m));
      assertEquals(ABSENT, layout.memoryReservedPages(m));
    }
  }

  @Test
  void severalOfEachPerIndex() {
    ArenaLayout layout =
        ArenaLayout.builder()
            .importedTables(1)
            .table(1, 5)
            .table(0, NO_MAX)
            .tableElementLimit(100)
            .importedMemories(1)
            .memory(0, 0)
            .elemSegments(3)
            .dataSegments(2)
            .build();
    assertEquals(3, layout.tableCount());
    assertEquals(5, layout.tableReservedElements(1));
    assertEquals(100, layout.tableReservedElements(2));
    assertEquals(0, layout.memoryReservedPages(1));
    assertEquals(layout.elemDroppedFlagsOffset() + 2, layout.elemDroppedOffset(2));
    assertEquals(layout.dataDroppedFlagsOffset() + 1, layout.dataDroppedOffset(1));
    assertEquals(NO_MAX, layout.tableMaxElements(2));
    assertEquals(1, layout.tableMinElements(1));
  }

  @Test
  void limitsChangeOnlyTheVariableRegions() {
    ArenaLayout layout =
        ArenaLayout.builder().global(ValueCode.I32).table(0, NO_MAX).memory(1, NO_MAX).build();
    ArenaLayout small = layout.withLimits(16, 2);
    assertEquals(layout.fixedSize(), small.fixedSize());
    assertEquals(layout.globalOffset(0), small.globalOffset(0));
    assertEquals(layout.memoryDescriptorOffset(0), small.memoryDescriptorOffset(0));
    assertEquals(2, small.memoryReservedPages(0));
    assertEquals(3 * K64 + K64, small.reservedSize());
    assertNotEquals(layout, small);
    assertEquals(layout, small.withLimits(layout.tableElementLimit(), layout.memoryPageLimit()));
    assertEquals(layout.hashCode(), small.withLimits(1L << 24, 65536).hashCode());
  }

  @Test
  void rejectsBadDescriptions() {
    ArenaLayoutBuilder b = ArenaLayout.builder();
    assertThrows(IllegalArgumentException.class, () -> b.global(0x40));
    assertThrows(IllegalArgumentException.class, () -> b.memory(0, 65537));
    assertThrows(IllegalArgumentException.class, () -> b.memory(2, 1));
    assertThrows(IllegalArgumentException.class, () -> b.table(-1, NO_MAX));
    assertThrows(IllegalArgumentException.class, () -> b.table(0, 1L << 32));
    assertThrows(IllegalArgumentException.class, () -> b.elemSegments(-1));
    assertThrows(IllegalArgumentException.class, () -> b.memoryPageLimit(65537));
    assertThrows(IllegalArgumentException.class, () -> b.tableElementLimit(-1));
  }

  @Test
  void fixedPartOverflowIsRejected() {
    ArenaLayoutBuilder b = ArenaLayout.builder().elemSegments(Integer.MAX_VALUE);
    assertThrows(IllegalArgumentException.class, b::build);
  }
}

package dev.teracage.runtime.layout;

import static dev.teracage.runtime.layout.ArenaLayout.NO_MAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArenaFieldsTest {
  private static final ArenaLayout LAYOUT =
      ArenaLayout.builder()
          .global(ValueCode.I32)
          .global(ValueCode.I64)
          .global(ValueCode.F32)
          .global(ValueCode.V128)
          .global(ValueCode.F64)
          .global(ValueCode.FUNCREF)
          .global(ValueCode.EXTERNREF)
          .importedTables(1)
          .table(2, 10)
          .table(0, NO_MAX)
          .tableElementLimit(64)
          .importedMemories(1)
          .memory(1, 3)
          .memory(0, NO_MAX)
          .memoryPageLimit(1)
          .elemSegments(5)
          .dataSegments(4)
          .build();

  @Test
  void headerFieldsMatchTheDrawing() {
    String[] names = {
      "magic",
      "formatVersion",
      "producerVersion",
      "globalCount",
      "tableCount",
      "memoryCount",
      "elemSegmentCount",
      "dataSegmentCount",
      "reservedSize",
      "globalsOffset",
      "tableDescriptorsOffset",
      "memoryDescriptorsOffset",
      "elemDroppedOffset",
      "dataDroppedOffset",
      "tableElementsOffset",
      "memoryDataOffset"
    };
    int[] offsets = {0, 4, 6, 8, 12, 16, 20, 24, 32, 40, 48, 56, 64, 72, 80, 88};
    ArenaHeader.Field[] fields = ArenaHeader.Field.values();
    assertEquals(names.length, fields.length);
    for (int i = 0; i < fields.length; i++) {
      assertEquals(names[i], fields[i].layoutName());
      assertEquals(offsets[i], fields[i].offset(), names[i]);
    }
    assertEquals(96, ArenaHeader.HEADER_SIZE);
    assertEquals(16, ArenaHeader.TABLE_DESCRIPTOR_SIZE);
    assertEquals(24, ArenaHeader.MEMORY_DESCRIPTOR_SIZE);
    assertEquals(0, ArenaHeader.TABLE_SIZE_OFFSET);
    assertEquals(4, ArenaHeader.TABLE_MAX_OFFSET);
    assertEquals(8, ArenaHeader.TABLE_ELEMENTS_OFFSET_OFFSET);
    assertEquals(0, ArenaHeader.MEMORY_PAGES_OFFSET);
    assertEquals(8, ArenaHeader.MEMORY_MAX_PAGES_OFFSET);
    assertEquals(16, ArenaHeader.MEMORY_DATA_OFFSET_OFFSET);
    assertEquals(0x52414354, ArenaLayout.MAGIC); // "TCAR" little-endian
  }

  @Test
  void writeThenReadEveryField() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment segment = arena.allocate(LAYOUT.reservedSize(), ArenaLayout.REGION_ALIGNMENT);
      ArenaFields f = new ArenaFields(LAYOUT);
      // Write a distinct value into every field first, then read them all: overlaps show up.
      ArenaHeader.Field[] header = ArenaHeader.Field.values();
      for (ArenaHeader.Field field : header) {
        field.set(segment, valueFor(field.ordinal(), field.size()));
      }
      for (int g = 0; g < LAYOUT.globalCount(); g++) {
        f.setGlobalBits(segment, g, valueFor(100 + g, ValueCode.slotSize(LAYOUT.globalType(g))));
      }
      f.setGlobalHighBits(segment, 3, valueFor(200, 8));
      for (int t = 1; t < 3; t++) {
        f.setTableSize(segment, t, valueFor(300 + t, 4));
        f.setTableMax(segment, t, valueFor(310 + t, 4));
        f.setTableElementsOffset(segment, t, LAYOUT.tableElementsOffset(t));
      }
      for (int m = 1; m < 3; m++) {
        f.setMemoryPages(segment, m, valueFor(400 + m, 8));
        f.setMemoryMaxPages(segment, m, valueFor(410 + m, 8));
        f.setMemoryDataOffset(segment, m, LAYOUT.memoryDataOffset(m));
      }
      for (int s = 0; s < 5; s++) {
        f.setElemDropped(segment, s, s % 2 == 0);
      }
      for (int s = 0; s < 4; s++) {
        f.setDataDropped(segment, s, s % 2 == 1);
      }
      for (int t = 1; t < 3; t++) {
        for (int i = 0; i < 64; i++) {
          f.setTableElement(segment, t, i, t * 1000 + i);
        }
      }

      for (ArenaHeader.Field field : header) {
        assertEquals(valueFor(field.ordinal(), field.size()), field.get(segment), field.name());
      }
      for (int g = 0; g < LAYOUT.globalCount(); g++) {
        int size = ValueCode.slotSize(LAYOUT.globalType(g));
        assertEquals(valueFor(100 + g, size), f.globalBits(segment, g), "global " + g);
      }
      assertEquals(valueFor(200, 8), f.globalHighBits(segment, 3));
      for (int t = 1; t < 3; t++) {
        assertEquals(valueFor(300 + t, 4), f.tableSize(segment, t));
        assertEquals(valueFor(310 + t, 4), f.tableMax(segment, t));
        assertEquals(LAYOUT.tableElementsOffset(t), f.tableElementsOffset(segment, t));
        for (int i = 0; i < 64; i++) {
          assertEquals(t * 1000 + i, f.tableElement(segment, t, i));
        }
      }
      for (int m = 1; m < 3; m++) {
        assertEquals(valueFor(400 + m, 8), f.memoryPages(segment, m));
        assertEquals(valueFor(410 + m, 8), f.memoryMaxPages(segment, m));
        assertEquals(LAYOUT.memoryDataOffset(m), f.memoryDataOffset(segment, m));
      }
      for (int s = 0; s < 5; s++) {
        assertEquals(s % 2 == 0, f.elemDropped(segment, s));
      }
      for (int s = 0; s < 4; s++) {
        assertEquals(s % 2 == 1, f.dataDropped(segment, s));
      }
    }
  }

  @Test
  void initializeWritesHeaderAndDescriptors() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment segment = arena.allocate(LAYOUT.reservedSize(), ArenaLayout.REGION_ALIGNMENT);
      segment.fill((byte) 0x5A);
      ArenaFields f = new ArenaFields(LAYOUT);
      f.initialize(segment);
      assertEquals(List.of(), f.checkHeader(segment));
      assertEquals(ArenaLayout.MAGIC, segment.get(ArenaHeader.U32, 0));
      assertEquals(7, ArenaHeader.Field.GLOBAL_COUNT.get(segment));
      assertEquals(2, ArenaHeader.Field.TABLE_COUNT.get(segment));
      assertEquals(LAYOUT.reservedSize(), ArenaHeader.Field.RESERVED_SIZE.get(segment));
      assertEquals(2, f.tableSize(segment, 1));
      assertEquals(10, f.tableMax(segment, 1));
      assertEquals(NO_MAX, f.tableMax(segment, 2));
      assertEquals(1, f.memoryPages(segment, 1));
      assertEquals(3, f.memoryMaxPages(segment, 1));
      assertEquals(NO_MAX, f.memoryMaxPages(segment, 2));
      assertEquals(LAYOUT.memoryDataOffset(2), f.memoryDataOffset(segment, 2));
      for (int g = 0; g < LAYOUT.globalCount(); g++) {
        assertEquals(0, f.globalBits(segment, g));
      }
      assertFalse(f.elemDropped(segment, 4));
      assertFalse(f.dataDropped(segment, 0));

      ArenaHeader.Field.GLOBAL_COUNT.set(segment, 8);
      assertEquals(List.of("globalCount: expected 0x7, found 0x8"), f.checkHeader(segment));
      ArenaHeader.Field.MAGIC.set(segment, 0);
      List<String> problems = f.checkHeader(segment);
      assertEquals(1, problems.size(), problems::toString);
      assertTrue(problems.get(0).startsWith("magic: expected 0x52414354, found 0x0"));
    }
  }

  @Test
  void importedOrMissingPartsAreProgrammingErrors() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment segment = arena.allocate(LAYOUT.fixedSize(), 16);
      ArenaFields f = new ArenaFields(LAYOUT);
      assertThrows(IllegalArgumentException.class, () -> f.tableSize(segment, 0));
      assertThrows(IllegalArgumentException.class, () -> f.memoryPages(segment, 0));
      assertThrows(IllegalArgumentException.class, () -> f.memoryPages(segment, 3));
      assertThrows(IllegalArgumentException.class, () -> f.globalHighBits(segment, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> f.globalBits(segment, 7));
      assertThrows(IndexOutOfBoundsException.class, () -> f.elemDropped(segment, 5));
      assertThrows(IndexOutOfBoundsException.class, () -> f.setDataDropped(segment, -1, true));
    }
  }

  /** A distinct, size-filling pattern per field: every byte is non-zero and differs by field. */
  private static long valueFor(int seed, int size) {
    long value = 0;
    for (int i = 0; i < Math.min(size, 8); i++) {
      value |= (long) ((seed * 31 + i * 7 + 1) & 0x7F | 0x01) << (8 * i);
    }
    return value;
  }
}

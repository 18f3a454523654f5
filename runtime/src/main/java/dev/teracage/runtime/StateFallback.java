package dev.teracage.runtime;

import dev.teracage.runtime.image.ArenaState;
import dev.teracage.runtime.image.ArenaState.Range;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.support.MemoryInstance;
import dev.teracage.runtime.support.TableInstance;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Restores a state into an arena that could not be reserved by mapping: the fixed part is one
 * allocation, and each table and memory lives in an allocation of its own, so the state's ranges
 * are cut along those regions and copied into each.
 */
final class StateFallback {
  private StateFallback() {}

  /** Copies what lies in the fixed part (header, globals, descriptors, dropped flags). */
  static void copyFixedPart(ArenaState state, MemorySegment arena) {
    copy(state, 0, arena);
  }

  /** Copies each defined table's and memory's region, then rebuilds the tables' mirrors. */
  static void copyRegions(
      ArenaState state, ArenaLayout layout, TableInstance[] tables, MemoryInstance[] memories) {
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      copy(state, layout.tableElementsOffset(t), tables[t].handles());
      tables[t].reloadMirror();
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      copy(state, layout.memoryDataOffset(m), memories[m].segment());
    }
  }

  /** Copies the part of every range that falls in {@code [base, base + target size)}. */
  private static void copy(ArenaState state, long base, MemorySegment target) {
    long end = base + target.byteSize();
    for (Range r : state.ranges()) {
      long from = Math.max(base, r.offset());
      long to = Math.min(end, r.end());
      if (from < to) {
        MemorySegment.copy(
            r.bytes(),
            (int) (from - r.offset()),
            target,
            ValueLayout.JAVA_BYTE,
            from - base,
            (int) (to - from));
      }
    }
  }
}

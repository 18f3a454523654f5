package dev.teracage.runtime;

import dev.teracage.runtime.image.ArenaState;
import dev.teracage.runtime.image.ArenaState.Range;
import dev.teracage.runtime.image.ArenaState.Step;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ArenaFields;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.ArenaMemory;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.GlobalInstance;
import dev.teracage.runtime.support.PageMap;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Captures an instance's state as an {@link ArenaState}: the non-zero bytes of its arena (the fixed
 * part, then each defined table's elements and each defined memory at their current sizes), and
 * what each external-table handle refers to. Used at build time (the image's initial state) and for
 * run-time snapshots alike.
 */
final class StateCapture {
  /** Zero pages are skipped at this granularity; ranges are then trimmed to non-zero bytes. */
  private static final int PAGE = 4096;

  /** The longest range (ranges store a u32 length, and live in Java arrays). */
  private static final int MAX_RANGE = 1 << 30;

  private static final MemorySegment ZERO = MemorySegment.ofArray(new byte[PAGE]);

  private StateCapture() {}

  /**
   * Captures a state.
   *
   * @param zeroBacked whether the arena is a private mapping of the all-zero file, so that pages it
   *     never wrote are known to be zero without reading them ({@link PageMap})
   */
  static ArenaState capture(
      Context ctx, ModuleImage image, ArenaLayout layout, List<Step> pending, boolean zeroBacked) {
    List<Range> ranges = new ArrayList<>();
    // The fixed part as the layout places it (a fallback arena marks its regions as elsewhere).
    MemorySegment copy = ArenaMemory.allocate(layout.fixedSize()); // aligned, unlike byte[]
    MemorySegment.copy(ctx.arena, 0, copy, 0, layout.fixedSize());
    ArenaFields fields = new ArenaFields(layout);
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      fields.setTableElementsOffset(copy, t, layout.tableElementsOffset(t));
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      fields.setMemoryDataOffset(copy, m, layout.memoryDataOffset(m));
    }
    scan(copy, 0, ranges, false);
    BitSet used = new BitSet();
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      MemorySegment handles = ctx.tables[t].handles();
      scan(handles, layout.tableElementsOffset(t), ranges, zeroBacked);
      for (long i = 0; i < handles.byteSize(); i += 4) {
        used.set(handles.get(ValueLayout.JAVA_INT_UNALIGNED, i));
      }
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      scan(ctx.memoryInstances[m].segment(), layout.memoryDataOffset(m), ranges, zeroBacked);
    }
    ranges.sort(Comparator.comparingLong(Range::offset));
    int importedGlobals = layout.globalCount() - image.globals().size();
    for (int g = importedGlobals; g < layout.globalCount(); g++) {
      GlobalInstance cell = ctx.globals[g];
      if (ValueCode.isReference(cell.valueType())) {
        used.set(cell.getI32());
      }
    }
    return new ArenaState(ranges, handles(ctx, used), pending);
  }

  private static int[] handles(Context ctx, BitSet used) {
    Map<Object, Integer> functions = new IdentityHashMap<>();
    for (int f = ctx.functions.length - 1; f >= 0; f--) {
      functions.put(ctx.functions[f], f);
    }
    int[] result = new int[ctx.objects.size() - 1];
    for (int h = 1; h < ctx.objects.size(); h++) {
      Object value = ctx.objects.get(h);
      Integer f = functions.get(value);
      if (f != null) {
        result[h - 1] = f;
      } else if (used.get(h)) {
        throw new SnapshotException(
            "a table or global holds "
                + (value instanceof dev.teracage.runtime.support.FuncRef r
                    ? "function "
                        + r.name()
                        + ", which is neither defined nor imported by the module"
                    : "a host object (externref)")
                + "; an image can only refer to the module's own and imported functions",
            "handle " + h);
      } else {
        result[h - 1] = -1;
      }
    }
    return result;
  }

  /** Adds the non-zero ranges of {@code segment}, which sits at arena offset {@code base}. */
  private static void scan(
      MemorySegment segment, long base, List<Range> ranges, boolean zeroBacked) {
    BitSet written = zeroBacked ? PageMap.writtenPages(segment) : null;
    long pageShift = written == null ? 0 : segment.address() % PageMap.PAGE_SIZE;
    long size = segment.byteSize();
    long at = 0;
    while (at < size) {
      // Skip zero chunks (and, by the page map, chunks of pages never written, without reading).
      while (at < size && isZero(segment, at, Math.min(PAGE, size - at), written, pageShift)) {
        at += PAGE;
      }
      if (at >= size) {
        return;
      }
      long start = at;
      while (at < size
          && at - start < MAX_RANGE
          && !isZero(segment, at, Math.min(PAGE, size - at), written, pageShift)) {
        at += PAGE;
      }
      long end = Math.min(at, size);
      long first = start;
      while (segment.get(ValueLayout.JAVA_BYTE, first) == 0) {
        first++;
      }
      long last = end;
      while (segment.get(ValueLayout.JAVA_BYTE, last - 1) == 0) {
        last--;
      }
      ranges.add(
          new Range(
              base + first, segment.asSlice(first, last - first).toArray(ValueLayout.JAVA_BYTE)));
    }
  }

  private static boolean isZero(
      MemorySegment segment, long at, long length, BitSet written, long pageShift) {
    if (written != null
        && !written.get((int) ((pageShift + at) / PageMap.PAGE_SIZE))
        && !written.get((int) ((pageShift + at + length - 1) / PageMap.PAGE_SIZE))) {
      return true;
    }
    return isZero(segment, at, length);
  }

  private static boolean isZero(MemorySegment segment, long at, long length) {
    return MemorySegment.mismatch(segment, at, at + length, ZERO, 0, length) == -1;
  }
}

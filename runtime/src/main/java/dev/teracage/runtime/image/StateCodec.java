package dev.teracage.runtime.image;

import dev.teracage.runtime.image.ArenaState.Range;
import dev.teracage.runtime.image.ArenaState.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state section of format v1: writes an {@link ArenaState} and reads one back, checking every
 * offset, length, handle and step against the image it belongs to.
 *
 * <pre>
 * state  ::= u8:present(0|1) [vec(range) vec(i32:function) vec(step)]
 * range  ::= u64:offset u32:length bytes(length)    by increasing offset, not overlapping,
 *                                                   inside the arena's reservation
 * step   ::= u8:kind(0 global|1 elements|2 data|3 start) u32:index
 * </pre>
 */
final class StateCodec {
  private StateCodec() {}

  static void write(ImageOutput out, Optional<ArenaState> state) {
    out.u8(state.isPresent() ? 1 : 0);
    if (state.isEmpty()) {
      return;
    }
    ArenaState s = state.get();
    out.u32(s.ranges().size());
    for (Range r : s.ranges()) {
      out.u64(r.offset());
      out.u32(r.bytes().length);
      out.bytes(r.bytes());
    }
    int[] handles = s.handleFunctions();
    out.u32(handles.length);
    for (int f : handles) {
      out.u32(f);
    }
    out.u32(s.pending().size());
    for (Step step : s.pending()) {
      out.u8(step.kind().ordinal());
      out.u32(step.index());
    }
  }

  /** What the state is checked against. */
  record Bounds(
      long reservedSize,
      int functions,
      int importedGlobals,
      int globals,
      int elements,
      int data,
      boolean hasStart) {}

  static Optional<ArenaState> read(ImageInput in, Bounds b) {
    if (!in.flag("state present")) {
      return Optional.empty();
    }
    List<Range> ranges = new ArrayList<>();
    int count = in.count("range count", 12);
    long end = 0;
    for (int i = 0; i < count; i++) {
      in.entry("range", i);
      int at = in.position();
      long offset = in.u64("offset");
      long length = in.u32("length");
      if (offset < end) {
        throw in.failAt(
            at, "offset: expected at least " + end + " (ranges in order), found " + offset);
      }
      if (length == 0 || length > b.reservedSize() || offset > b.reservedSize() - length) {
        throw in.failAt(
            at,
            "range of "
                + length
                + " bytes at "
                + offset
                + ": expected a non-empty range inside the arena's "
                + b.reservedSize()
                + " bytes");
      }
      ranges.add(new Range(offset, in.bytes((int) length, "range bytes")));
      end = offset + length;
    }
    int[] handles = new int[in.count("handle count", 4)];
    for (int h = 0; h < handles.length; h++) {
      in.entry("handle", h + 1);
      int at = in.position();
      long f = in.u32("function");
      if (f != 0xFFFF_FFFFL && f >= b.functions()) {
        throw in.failAt(
            at, "function: expected an index below " + b.functions() + " or -1, found " + f);
      }
      handles[h] = (int) f;
    }
    List<Step> pending = new ArrayList<>();
    int steps = in.count("step count", 5);
    Step previous = null;
    for (int i = 0; i < steps; i++) {
      in.entry("step", i);
      int at = in.position();
      int kind = in.u8("kind");
      if (kind >= Step.Kind.values().length) {
        throw in.failAt(at, "kind: expected 0 to 3, found " + kind);
      }
      Step step = new Step(Step.Kind.values()[kind], (int) in.u32("index"));
      checkStep(in, at, step, b);
      if (previous != null
          && (step.kind().compareTo(previous.kind()) < 0
              || step.kind() == previous.kind() && step.index() <= previous.index())) {
        throw in.failAt(at, "step " + step + ": expected after " + previous + " (spec order)");
      }
      pending.add(step);
      previous = step;
    }
    return Optional.of(new ArenaState(ranges, handles, pending));
  }

  private static void checkStep(ImageInput in, int at, Step step, Bounds b) {
    long index = step.index() & 0xFFFF_FFFFL;
    boolean ok =
        switch (step.kind()) {
          case GLOBAL -> index >= b.importedGlobals() && index < b.globals();
          case ELEMENTS -> index < b.elements();
          case DATA -> index < b.data();
          case START -> index == 0 && b.hasStart();
        };
    if (!ok) {
      throw in.failAt(at, "step " + step + ": expected a step this module has");
    }
  }
}

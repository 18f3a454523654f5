package dev.teracage.runtime.image;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The instantiated state an image carries (design P3): the initial contents of the arena, stored
 * sparsely, what the arena's reference handles stand for, and the instantiation steps still to run
 * when the image is instantiated (those that depend on imports, or that trapped or could not run at
 * build time). An image without state is instantiated step by step from its module description.
 * Equality is by value.
 */
public final class ArenaState {
  private final List<Range> ranges;
  private final int[] handleFunctions;
  private final List<Step> pending;
  private volatile boolean cacheable;
  private volatile Path file;

  /**
   * Validates and copies.
   *
   * @param ranges the non-zero ranges of the arena, by increasing offset, not overlapping
   * @param handleFunctions for each handle from 1, the function it refers to, or -1
   * @param pending the steps still to run, in the specification's order
   * @throws IllegalArgumentException if ranges overlap or are out of order
   */
  public ArenaState(List<Range> ranges, int[] handleFunctions, List<Step> pending) {
    this.ranges = List.copyOf(ranges);
    this.handleFunctions = handleFunctions.clone();
    this.pending = List.copyOf(pending);
    long end = 0;
    for (Range r : ranges) {
      if (r.offset() < end) {
        throw new IllegalArgumentException(
            "range at " + r.offset() + " overlaps or is out of order");
      }
      end = r.end();
    }
  }

  /**
   * Returns whether a step is still to run.
   *
   * @param kind the step's kind
   * @param index the global, segment or 0 for the start function
   * @return whether the step is pending
   */
  public boolean isPending(Step.Kind kind, int index) {
    return pending.contains(new Step(kind, index));
  }

  /**
   * Returns the number of initialized bytes the ranges hold.
   *
   * @return the sum of the ranges' lengths
   */
  public long storedBytes() {
    long sum = 0;
    for (Range r : ranges) {
      sum += r.bytes().length;
    }
    return sum;
  }

  /**
   * Returns the non-zero ranges.
   *
   * @return by increasing offset
   */
  public List<Range> ranges() {
    return ranges;
  }

  /**
   * Returns what each handle from 1 refers to: a function index, or -1.
   *
   * @return a copy
   */
  public int[] handleFunctions() {
    return handleFunctions.clone();
  }

  /**
   * Returns the steps still to run at instantiation.
   *
   * @return in the specification's order
   */
  public List<Step> pending() {
    return pending;
  }

  /** Lets instances map this state through the content-addressed cache (images from files). */
  void enableCache() {
    cacheable = true;
  }

  /**
   * Maps a fresh, private (copy-on-write) arena holding this state, when this state came from a
   * file or resource: the ranges are written once to a content-addressed cache file, which every
   * instance maps, so instances share the pages none of them has written.
   *
   * @param reservedSize the arena's reservation
   * @return the arena, or {@code null} when this state cannot be mapped (then copy it with {@link
   *     #copyInto})
   */
  public MemorySegment map(long reservedSize) {
    if (!cacheable || !dev.teracage.runtime.support.ArenaMemory.mappingEnabled()) {
      return null;
    }
    try {
      Path f = file;
      if (f == null) {
        synchronized (this) {
          if (file == null) {
            file = ArenaFiles.materialize(this, reservedSize);
          }
          f = file;
        }
      }
      return ArenaFiles.mapPrivate(f, reservedSize);
    } catch (IOException | UnsupportedOperationException | OutOfMemoryError e) {
      cacheable = false;
      return null;
    }
  }

  /**
   * Writes the ranges into a zeroed arena (when it could not be mapped).
   *
   * @param arena the arena, at least as long as the last range's end
   */
  public void copyInto(MemorySegment arena) {
    for (Range r : ranges) {
      MemorySegment.copy(r.bytes(), 0, arena, ValueLayout.JAVA_BYTE, r.offset(), r.bytes().length);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArenaState s
        && ranges.equals(s.ranges)
        && Arrays.equals(handleFunctions, s.handleFunctions)
        && pending.equals(s.pending);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ranges, Arrays.hashCode(handleFunctions), pending);
  }

  @Override
  public String toString() {
    return "ArenaState["
        + ranges.size()
        + " ranges, "
        + storedBytes()
        + " bytes, "
        + handleFunctions.length
        + " handles, pending "
        + pending
        + "]";
  }

  /**
   * Bytes of the arena at an offset.
   *
   * @param offset the arena offset of the first byte
   * @param bytes the bytes (not copied: do not change them)
   */
  public record Range(long offset, byte[] bytes) {
    /** Checks the offset. */
    public Range {
      if (offset < 0) {
        throw new IllegalArgumentException("negative offset " + offset);
      }
      Objects.requireNonNull(bytes);
    }

    /**
     * Returns the offset after the last byte.
     *
     * @return {@code offset + bytes.length}
     */
    public long end() {
      return offset + bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Range r && offset == r.offset && Arrays.equals(bytes, r.bytes);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(offset) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Range[" + offset + ", " + bytes.length + " bytes]";
    }
  }

  /**
   * One instantiation step left for run time.
   *
   * @param kind what the step does
   * @param index the defined global's index in the global index space, the segment's index, or 0
   *     for the start function
   */
  public record Step(Kind kind, int index) {
    /** What a step does, in the order instantiation runs them. */
    public enum Kind {
      /** Initialize a defined global from its constant expression. */
      GLOBAL,
      /** Apply an active element segment (or drop a declarative one). */
      ELEMENTS,
      /** Apply an active data segment. */
      DATA,
      /** Run the start function. */
      START
    }
  }
}

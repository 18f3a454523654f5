package dev.teracage.runtime.support;

import dev.teracage.runtime.layout.ArenaHeader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory instance (spec: runtime structure): one linear memory, its current size and its limits.
 *
 * <p>Normally the bytes are a region of the owning instance's arena reserved for the memory's
 * maximum (or the configured limit), so {@link #grow} only moves the current size: it publishes a
 * new, longer slice of the same region. In the fallback (no reservation), the bytes are a separate
 * allocation, copied into a larger one on growth. Either way every {@link Context} that uses the
 * memory ({@link #subscribe}) receives the new view in {@link Context#memories} (and {@link
 * Context#memory0} for index 0), and the arena descriptor, when there is one, records the pages.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#memory-instances">Memory
 *     instances</a>
 */
public final class MemoryInstance {
  /** Bytes per page. */
  public static final long PAGE_SIZE = 65536;

  private final MemorySegment reserved;
  private final long declaredMax;
  private final long limitPages;
  private final MemorySegment descriptor;
  private final List<Subscriber> subscribers = new ArrayList<>();
  private volatile MemorySegment current;
  private int purgeAt = 16;

  private record Subscriber(WeakReference<Context> context, int index) {}

  /**
   * Creates a memory.
   *
   * @param reserved the reserved region ({@code limitPages} pages), or {@code null} to allocate and
   *     copy
   * @param minPages the initial size in pages
   * @param declaredMax the declared maximum in pages, or -1 for none
   * @param limitPages the most pages this memory may ever have (declared maximum capped by the
   *     configured limit)
   * @param descriptor the arena's 24-byte memory descriptor to keep up to date, or {@code null}
   */
  public MemoryInstance(
      MemorySegment reserved,
      long minPages,
      long declaredMax,
      long limitPages,
      MemorySegment descriptor) {
    if (minPages > limitPages) {
      throw new IllegalArgumentException(
          "memory of " + minPages + " pages exceeds the limit of " + limitPages + " pages");
    }
    this.reserved = reserved;
    this.declaredMax = declaredMax;
    this.limitPages = limitPages;
    this.descriptor = descriptor;
    this.current =
        reserved != null
            ? reserved.asSlice(0, minPages * PAGE_SIZE)
            : ArenaMemory.allocate(minPages * PAGE_SIZE);
    writeDescriptor();
  }

  /**
   * Creates a memory of its own (not part of an instance's arena), for the host to export.
   *
   * @param minPages the initial size in pages
   * @param declaredMax the declared maximum, or -1
   * @param limitPages the configured limit in pages
   * @return the memory
   */
  public static MemoryInstance standalone(long minPages, long declaredMax, long limitPages) {
    long limit = Math.min(limitPages, declaredMax < 0 ? 65536 : declaredMax);
    return new MemoryInstance(
        ArenaMemory.reserve(limit * PAGE_SIZE), minPages, declaredMax, limit, null);
  }

  /**
   * Returns the memory at its current size.
   *
   * @return the current view
   */
  public MemorySegment segment() {
    return current;
  }

  /**
   * Returns the current size.
   *
   * @return pages
   */
  public long pages() {
    return current.byteSize() / PAGE_SIZE;
  }

  /**
   * Returns the declared maximum (the memory type's, used to match imports).
   *
   * @return pages, or -1 for none
   */
  public long declaredMax() {
    return declaredMax;
  }

  /**
   * Returns the most pages this memory can reach: the declared maximum capped by the limit.
   *
   * @return pages
   */
  public long limitPages() {
    return limitPages;
  }

  /**
   * Grows the memory ({@code memory.grow}), publishing the new view to every subscriber.
   *
   * @param delta pages to add, unsigned
   * @return the old size in pages, or -1 if the memory cannot grow that much
   */
  public synchronized long grow(long delta) {
    long old = pages();
    if (delta < 0 || delta > limitPages - old) {
      return -1;
    }
    if (delta == 0) {
      return old;
    }
    long bytes = (old + delta) * PAGE_SIZE;
    MemorySegment grown;
    if (reserved != null) {
      grown = reserved.asSlice(0, bytes);
    } else {
      try {
        grown = ArenaMemory.allocate(bytes);
      } catch (OutOfMemoryError e) {
        return -1;
      }
      grown.copyFrom(current);
    }
    current = grown;
    writeDescriptor();
    for (int i = subscribers.size() - 1; i >= 0; i--) {
      Subscriber s = subscribers.get(i);
      Context ctx = s.context.get();
      if (ctx == null) {
        subscribers.remove(i);
      } else {
        ctx.memories[s.index] = grown;
        if (s.index == 0) {
          ctx.memory0 = grown;
        }
      }
    }
    return old;
  }

  /**
   * Makes a context see this memory as its memory {@code index}, now and after every growth.
   *
   * @param ctx the context
   * @param index the memory's index in the context's module
   */
  public synchronized void subscribe(Context ctx, int index) {
    if (subscribers.size() >= purgeAt) {
      // Instances that import this memory and died: drop them, amortized over subscriptions.
      subscribers.removeIf(s -> s.context.get() == null);
      purgeAt = Math.max(16, 2 * subscribers.size());
    }
    subscribers.add(new Subscriber(new WeakReference<>(ctx), index));
    ctx.memories[index] = current;
    if (index == 0) {
      ctx.memory0 = current;
    }
  }

  private void writeDescriptor() {
    if (descriptor != null) {
      descriptor.set(ArenaHeader.U64, ArenaHeader.MEMORY_PAGES_OFFSET, pages());
    }
  }
}

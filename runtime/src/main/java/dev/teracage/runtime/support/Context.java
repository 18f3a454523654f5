package dev.teracage.runtime.support;

import java.lang.foreign.MemorySegment;

/**
 * The state of one instance as generated code sees it: the last parameter of every compiled
 * function. Fields are public for speed; only generated code and the runtime touch them.
 *
 * <p>Not API: this package is exported because generated classes, loaded in the application's own
 * class loader, must reach it.
 */
public final class Context {
  /**
   * Memory 0 at its current size, or {@code null} when the instance has no memory. Replaced, never
   * resized in place, when the memory grows (in every instance that shares the memory).
   */
  public MemorySegment memory0;

  /** Every memory at its current size, imports first; {@code memories[0] == memory0}. */
  public final MemorySegment[] memories;

  /** The instance's arena: globals, table and memory descriptors at fixed offsets. */
  public final MemorySegment arena;

  /** Every function in the function index space, imports first. */
  public final FuncRef[] functions;

  /**
   * Results after the first of the last multi-value call: result {@code k >= 1} at index {@code
   * k-1}, as raw bits (i32 zero-extended, f32 {@code floatToRawIntBits}, f64 {@code
   * doubleToRawLongBits}; references are kept in {@link #resultRefs}).
   */
  public final long[] results;

  /** Reference results after the first of the last multi-value call, at the same indices. */
  public final Object[] resultRefs;

  /** The external table (design P2): objects the arena refers to by u32 handle. */
  public final Object[] objects;

  /** The runtime's own per-instance state (tables, globals, segments), opaque to generated code. */
  public final Object instance;

  /**
   * Creates a context.
   *
   * @param arena the arena
   * @param memories the memories at their current sizes (may be empty)
   * @param functions the function index space
   * @param maxResults the most results any function type of the module has
   * @param objects the external table
   * @param instance the runtime's per-instance state
   */
  public Context(
      MemorySegment arena,
      MemorySegment[] memories,
      FuncRef[] functions,
      int maxResults,
      Object[] objects,
      Object instance) {
    this.arena = arena;
    this.memories = memories;
    this.memory0 = memories.length > 0 ? memories[0] : null;
    this.functions = functions;
    this.results = new long[Math.max(0, maxResults - 1)];
    this.resultRefs = new Object[Math.max(0, maxResults - 1)];
    this.objects = objects;
    this.instance = instance;
  }
}

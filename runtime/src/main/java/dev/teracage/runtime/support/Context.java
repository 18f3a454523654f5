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

  /**
   * The high half (bits 64-127) of the last {@code v128} a SIMD helper returned: a helper whose
   * result is a {@code v128} returns its low half and writes its high half here, and generated code
   * reads it right after the call, so that no {@code v128} result is allocated.
   */
  public long v128High;

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
  public final ExternalTable objects;

  /**
   * Every global in the global index space, imports first: the shared cells that {@link Globals}
   * reads for imported mutable and reference-typed globals.
   */
  public GlobalInstance[] globals = new GlobalInstance[0];

  /** Every table in the table index space, imports first. */
  public TableInstance[] tables = new TableInstance[0];

  /** Every memory instance, imports first ({@link #memories} holds their current views). */
  public MemoryInstance[] memoryInstances = new MemoryInstance[0];

  /** The canonical signature id ({@code FuncSig.id()}) of each of the module's type indices. */
  public int[] typeIds = new int[0];

  /** The bytes of each data segment; {@code null} once dropped ({@code data.drop}). */
  public byte[][] data = new byte[0][];

  /** The references of each element segment; {@code null} once dropped ({@code elem.drop}). */
  public Object[][] elements = new Object[0][];

  /** The runtime's own per-instance object (the {@code Instance}), opaque to generated code. */
  public final Object instance;

  /** Offset in {@link #arena} of the first data segment's dropped flag (one byte per segment). */
  public int dataDroppedFlags;

  /**
   * Offset in {@link #arena} of the first element segment's dropped flag (one byte per segment).
   */
  public int elemDroppedFlags;

  /**
   * Creates a context.
   *
   * @param arena the arena
   * @param memories the memories at their current sizes (may be empty)
   * @param functions the function index space
   * @param maxResults the most results any function type of the module has
   * @param objects the first objects of the external table (handles 1..n)
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
    this.objects = new ExternalTable(objects);
    this.instance = instance;
  }
}

package dev.teracage.runtime;

import dev.teracage.runtime.image.ArenaState;
import dev.teracage.runtime.image.ArenaState.Step;
import dev.teracage.runtime.image.DataSegment;
import dev.teracage.runtime.image.ElementSegment;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ImageException;
import dev.teracage.runtime.image.Import;
import dev.teracage.runtime.image.ImportDesc;
import dev.teracage.runtime.image.Init;
import dev.teracage.runtime.image.MemoryType;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.image.SegmentMode;
import dev.teracage.runtime.image.TableType;
import dev.teracage.runtime.layout.ArenaFields;
import dev.teracage.runtime.layout.ArenaHeader;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.ArenaMemory;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import dev.teracage.runtime.support.GlobalInstance;
import dev.teracage.runtime.support.MemoryInstance;
import dev.teracage.runtime.support.MemoryOps;
import dev.teracage.runtime.support.TableInstance;
import dev.teracage.runtime.support.TableOps;
import dev.teracage.runtime.trap.TrapException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The instantiation procedure, in the specification's order (steps noted below).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#instantiation">
 *     Instantiation</a>
 */
final class Instantiation {
  private final ModuleImage image;
  private final ArenaLayout layout;
  private final Instance instance;
  private final Context ctx;
  private final MemorySegment arena;
  private final boolean reserved;
  private final boolean zeroBacked;
  private final String where;

  /** The state the image carries (restoring), or {@code null}. */
  private final ArenaState state;

  /** Building an image: no imports; steps that need them are left in {@link #pending}. */
  private final boolean building;

  private final List<Step> pending = new ArrayList<>();
  private final long tableLimit;
  private final long pageLimit;

  /** Building: a step trapped, so it and every later step are left for run time. */
  private boolean trapped;

  private Instantiation(ModuleImage image, InstanceLimits limits, boolean building) {
    this.image = image;
    this.where = Instance.moduleName(image);
    this.building = building;
    this.state = building ? null : image.state().orElse(null);
    // The image's limits (set at build time) stay in force unless the embedder's are lower.
    ArenaLayout built = image.layout();
    this.tableLimit = Math.min(built.tableElementLimit(), limits.tableElements());
    this.pageLimit = Math.min(built.memoryPageLimit(), limits.memoryPages());
    // A state's offsets are fixed: lower limits then only cap growth, they do not move regions.
    this.layout =
        state != null
                || tableLimit == built.tableElementLimit() && pageLimit == built.memoryPageLimit()
            ? built
            : built.withLimits(tableLimit, pageLimit);
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      long limit = tableCap(t);
      if (layout.tableMinElements(t) > limit) {
        throw new UninstantiableException(
            "table " + t + " needs more elements than the limit of " + limit, where, null);
      }
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      if (layout.memoryMinPages(m) > memoryCap(m)) {
        throw new UninstantiableException(
            "memory " + m + " needs more pages than the limit of " + pageLimit, where, null);
      }
    }
    MemorySegment mapped = state != null ? state.map(layout.reservedSize()) : null;
    boolean fromZeroFile = false;
    if (mapped == null) {
      mapped = ArenaMemory.reserve(layout.reservedSize());
      fromZeroFile = mapped != null;
      if (mapped != null && state != null) {
        state.copyInto(mapped);
      }
    }
    this.zeroBacked = fromZeroFile;
    this.reserved = mapped != null;
    this.arena = reserved ? mapped : ArenaMemory.allocate(layout.fixedSize());
    ArenaFields fields = new ArenaFields(layout);
    if (state == null) {
      fields.initialize(arena);
    } else {
      if (!reserved) {
        StateFallback.copyFixedPart(state, arena);
      }
      List<String> problems = fields.checkHeader(arena);
      if (!problems.isEmpty()) {
        throw new ImageException("arena header: " + String.join("; ", problems), 0);
      }
    }
    int maxResults = 0;
    for (FuncSig sig : image.types()) {
      maxResults = Math.max(maxResults, sig.resultCount());
    }
    int functionCount =
        image.importCount(dev.teracage.runtime.image.ExternKind.FUNC)
            + image.functionTypes().length;
    this.instance = new Instance(image);
    this.ctx =
        new Context(
            arena,
            new MemorySegment[layout.memoryCount()],
            new FuncRef[functionCount],
            maxResults,
            new Object[0],
            instance);
    instance.attach(ctx, layout, zeroBacked);
  }

  private long tableCap(int t) {
    return Math.min(
        Math.min(layout.tableReservedElements(t), tableLimit), TableInstance.MAX_MIRRORED);
  }

  private long memoryCap(int m) {
    return Math.min(layout.memoryReservedPages(m), pageLimit);
  }

  static Instance run(
      ModuleImage image,
      Class<?> cls,
      MethodHandles.Lookup lookup,
      Imports imports,
      InstanceLimits limits) {
    Pairing.check(image, cls);
    // Steps 3-4: resolve and match imports before anything is created.
    Object[] externs = Linker.link(image, imports);
    Instantiation in = new Instantiation(image, limits, false);
    in.create(externs, cls, lookup);
    in.start();
    return in.instance;
  }

  /**
   * Instantiates a module at build time, without imports, and returns its image with the state
   * reached: every step that needs no import done, the others left for run time (design P4).
   *
   * @param image the image without state
   * @param cls the generated class
   * @param lookup a lookup that can see it
   * @param startTimeout how long the start function may run at build time
   * @return the image with its state
   */
  static ModuleImage build(
      ModuleImage image, Class<?> cls, MethodHandles.Lookup lookup, Duration startTimeout) {
    Instantiation in = new Instantiation(image, InstanceLimits.DEFAULT, true);
    Object[] externs = new Object[image.imports().size()];
    for (int i = 0; i < externs.length; i++) {
      Import imp = image.imports().get(i);
      if (imp.desc() instanceof ImportDesc.Func func) {
        externs[i] =
            Functions.unavailable(
                image.types().get(func.typeIndex()),
                "\"" + imp.module() + "\".\"" + imp.name() + "\"");
      }
    }
    in.create(externs, cls, lookup);
    if (image.start().isEmpty()) {
      return image.withState(in.capture());
    }
    if (in.trapped || !in.pending.isEmpty() || !image.imports().isEmpty()) {
      in.pending.add(new Step(Step.Kind.START, 0));
      return image.withState(in.capture());
    }
    in.pending.add(new Step(Step.Kind.START, 0));
    ArenaState beforeWithStart = in.capture();
    in.pending.removeLast();
    return image.withState(in.startAtBuildTime(startTimeout) ? in.capture() : beforeWithStart);
  }

  private void create(Object[] externs, Class<?> cls, MethodHandles.Lookup lookup) {
    functions(externs, cls, lookup);
    if (state != null) {
      restoreHandles();
    }
    globals(externs);
    tablesAndMemories(externs);
    segments();
    applySegments();
  }

  private ArenaState capture() {
    return StateCapture.capture(ctx, image, layout, pending, zeroBacked);
  }

  /** Restoring: handle h of the external table is the function the state names for it. */
  private void restoreHandles() {
    int[] handles = state.handleFunctions();
    for (int h = 1; h <= handles.length; h++) {
      int f = handles[h - 1];
      Object value = f >= 0 ? ctx.functions[f] : new Object();
      int got = ctx.objects.handleOf(value);
      if (got != h) {
        throw new ImageException(
            "state: handle "
                + h
                + " refers to function "
                + f
                + ", which handle "
                + got
                + " already names",
            0);
      }
    }
  }

  private void functions(Object[] externs, Class<?> cls, MethodHandles.Lookup lookup) {
    int f = 0;
    for (Object e : externs) {
      if (e instanceof FuncRef ref) {
        ctx.functions[f++] = ref;
      }
    }

    int[] types = ctx.typeIds = new int[image.types().size()];
    for (int t = 0; t < types.length; t++) {
      types[t] = image.types().get(t).id();
    }
    MethodHandle ownContext = Functions.ownContext(ctx);
    int imported = f;
    int[] functionTypes = image.functionTypes();
    List<FuncSig> sigs = image.types();
    MethodHandle[] methods = GeneratedMethods.of(cls, lookup, image, where);
    for (; f < ctx.functions.length; f++) {
      FuncSig sig = sigs.get(functionTypes[f - imported]);
      ctx.functions[f] = Functions.defined(methods[f - imported], ctx, ownContext, sig, f, where);
    }
  }

  /** Step 7 (globals): imported ones are the exporters' cells; defined ones get their init. */
  private void globals(Object[] externs) {
    GlobalInstance[] globals = ctx.globals = new GlobalInstance[layout.globalCount()];
    int g = 0;
    for (Object e : externs) {
      if (e instanceof Global imported) {
        GlobalInstance cell = imported.instance();
        globals[g] = cell;
        if (!cell.mutable() && !ValueCode.isReference(cell.valueType())) {
          // Generated code reads imported immutable numbers from its own arena slot.
          GlobalInstance own = ownSlot(g, cell.valueType(), false);
          own.setBits(cell.bits());
          own.setHighBits(cell.highBits());
        }
        g++;
      }
    }
    if (building) {
      g = image.importCount(dev.teracage.runtime.image.ExternKind.GLOBAL);
    }
    for (dev.teracage.runtime.image.Global defined : image.globals()) {
      GlobalInstance cell = ownSlot(g, defined.type().valueType(), defined.type().mutable());
      if (building && defined.init() instanceof Init.GlobalGet) {
        pending.add(new Step(Step.Kind.GLOBAL, g));
      } else if (state == null || state.isPending(Step.Kind.GLOBAL, g)) {
        set(cell, defined.init());
      } else if (ValueCode.isReference(cell.valueType())) {
        checkHandle(cell.getI32(), "global " + g);
      }
      globals[g++] = cell;
    }
  }

  private GlobalInstance ownSlot(int g, int type, boolean mutable) {
    MemorySegment slot = arena.asSlice(layout.globalOffset(g), ValueCode.slotSize(type));
    return new GlobalInstance(type, mutable, slot, ctx.objects);
  }

  private void set(GlobalInstance cell, Init init) {
    if (ValueCode.isReference(cell.valueType())) {
      cell.setRef(reference(init));
    } else {
      switch (init) {
        case Init.Const c -> {
          cell.setBits(c.bits());
          cell.setHighBits(c.high());
        }
        case Init.GlobalGet get -> {
          cell.setBits(ctx.globals[get.global()].bits());
          cell.setHighBits(ctx.globals[get.global()].highBits());
        }
        default -> throw new IllegalStateException("numeric global with " + init);
      }
    }
  }

  private Object reference(Init init) {
    return switch (init) {
      case Init.RefNull n -> null;
      case Init.RefFunc r -> ctx.functions[r.function()];
      case Init.GlobalGet get -> ctx.globals[get.global()].getRef();
      case Init.Const c -> throw new IllegalStateException("reference with " + init);
    };
  }

  private int i32(Init init) {
    return switch (init) {
      case Init.Const c -> (int) c.bits();
      case Init.GlobalGet get -> ctx.globals[get.global()].getI32();
      default -> throw new IllegalStateException("offset with " + init);
    };
  }

  /** Step 7 (tables, memories): imports shared, defined ones in the arena. */
  private void tablesAndMemories(Object[] externs) {
    TableInstance[] tables = ctx.tables = new TableInstance[layout.tableCount()];
    MemoryInstance[] memories = ctx.memoryInstances = new MemoryInstance[layout.memoryCount()];
    int t = 0;
    int m = 0;
    for (Object e : externs) {
      if (e instanceof Table table) {
        tables[t++] = table.instance();
      } else if (e instanceof Memory memory) {
        memories[m++] = memory.instance();
      }
    }
    if (building) {
      t = layout.importedTableCount();
      m = layout.importedMemoryCount();
    }
    ArenaFields fields = new ArenaFields(layout);
    for (TableType type : image.tables()) {
      int at = layout.tableDescriptorOffset(t);
      MemorySegment descriptor = arena.asSlice(at, ArenaHeader.TABLE_DESCRIPTOR_SIZE);
      long cap = tableCap(t);
      long size = type.limits().min();
      if (state != null) {
        size = fields.tableSize(arena, t);
        if (size < type.limits().min() || size > cap) {
          throw new UninstantiableException(
              "table "
                  + t
                  + " of the image has "
                  + size
                  + " elements, outside "
                  + type.limits().min()
                  + ".."
                  + cap,
              where,
              null);
        }
      }
      MemorySegment region =
          reserved
              ? arena.asSlice(layout.tableElementsOffset(t), layout.tableReservedElements(t) * 4)
              : null;
      if (!reserved) {
        descriptor.set(ArenaHeader.U64, ArenaHeader.TABLE_ELEMENTS_OFFSET_OFFSET, -1L);
      }
      TableInstance table;
      try {
        table =
            new TableInstance(
                type.elemType(), ctx.objects, region, size, type.limits().max(), cap, descriptor);
      } catch (IllegalArgumentException e) {
        throw new ImageException("table " + t + ": " + e.getMessage(), 0);
      }
      tables[t++] = table;
    }
    for (MemoryType type : image.memories()) {
      int at = layout.memoryDescriptorOffset(m);
      MemorySegment descriptor = arena.asSlice(at, ArenaHeader.MEMORY_DESCRIPTOR_SIZE);
      long cap = memoryCap(m);
      long pages = type.limits().min();
      if (state != null) {
        pages = fields.memoryPages(arena, m);
        if (pages < type.limits().min() || pages > cap) {
          throw new UninstantiableException(
              "memory "
                  + m
                  + " of the image has "
                  + pages
                  + " pages, outside "
                  + type.limits().min()
                  + ".."
                  + cap,
              where,
              null);
        }
      }
      MemorySegment region =
          reserved
              ? arena.asSlice(
                  layout.memoryDataOffset(m),
                  layout.memoryReservedPages(m) * MemoryInstance.PAGE_SIZE)
              : null;
      if (!reserved) {
        descriptor.set(ArenaHeader.U64, ArenaHeader.MEMORY_DATA_OFFSET_OFFSET, -1L);
      }
      memories[m++] = new MemoryInstance(region, pages, type.limits().max(), cap, descriptor);
    }
    if (state != null && !reserved) {
      StateFallback.copyRegions(state, layout, tables, memories);
    }
    for (int i = 0; i < memories.length; i++) {
      if (memories[i] != null) {
        memories[i].subscribe(ctx, i);
      }
    }
  }

  /** Step 8-9: segment contents (element references evaluated). */
  private void segments() {
    List<ElementSegment> elems = image.elements();
    ctx.elements = new Object[elems.size()][];
    for (int i = 0; i < elems.size(); i++) {
      List<Init> items = elems.get(i).elements();
      Object[] refs = new Object[items.size()];
      for (int k = 0; k < refs.length; k++) {
        // Building: a reference read from an imported global is not known yet (the segment's
        // steps wait for run time, where everything is evaluated again).
        refs[k] =
            building && items.get(k) instanceof Init.GlobalGet ? null : reference(items.get(k));
      }
      ctx.elements[i] = refs;
    }
    List<DataSegment> data = image.data();
    ctx.data = new byte[data.size()][];
    for (int i = 0; i < data.size(); i++) {
      ctx.data[i] = data.get(i).bytes();
    }
    ctx.elemDroppedFlags = layout.elemDroppedFlagsOffset();
    ctx.dataDroppedFlags = layout.dataDroppedFlagsOffset();
    if (state != null) {
      // The arena's dropped flags are the state; the heap copies follow them.
      for (int i = 0; i < elems.size(); i++) {
        if (arena.get(ValueLayout.JAVA_BYTE, ctx.elemDroppedFlags + (long) i) != 0) {
          ctx.elements[i] = null;
        }
      }
      for (int i = 0; i < data.size(); i++) {
        if (arena.get(ValueLayout.JAVA_BYTE, ctx.dataDroppedFlags + (long) i) != 0) {
          ctx.data[i] = null;
        }
      }
    }
  }

  /**
   * Steps 13-14: element segments, then data segments, in order; a segment out of bounds traps
   * (earlier writes stay). Active and declarative segments are dropped afterwards.
   */
  private void applySegments() {
    List<ElementSegment> elems = image.elements();
    for (int i = 0; i < elems.size(); i++) {
      ElementSegment s = elems.get(i);
      if (s.mode() == SegmentMode.PASSIVE) {
        continue;
      }
      boolean active = s.mode() == SegmentMode.ACTIVE;
      boolean needsImports =
          active
              && (s.table() < layout.importedTableCount()
                  || s.offset() instanceof Init.GlobalGet
                  || s.elements().stream().anyMatch(e -> e instanceof Init.GlobalGet));
      int segment = i;
      step(
          Step.Kind.ELEMENTS,
          i,
          needsImports,
          () -> {
            if (active) {
              TableOps.init(i32(s.offset()), 0, s.elements().size(), ctx, segment, s.table());
            }
            TableOps.elemDrop(ctx, segment);
          });
    }
    List<DataSegment> data = image.data();
    for (int i = 0; i < data.size(); i++) {
      DataSegment s = data.get(i);
      if (s.mode() != SegmentMode.ACTIVE) {
        continue;
      }
      boolean needsImports =
          s.memory() < layout.importedMemoryCount() || s.offset() instanceof Init.GlobalGet;
      int segment = i;
      step(
          Step.Kind.DATA,
          i,
          needsImports,
          () -> {
            MemoryOps.init(i32(s.offset()), 0, s.length(), ctx, segment, s.memory());
            MemoryOps.dataDrop(ctx, segment);
          });
    }
  }

  /**
   * Runs one segment step, or (restoring) only if the state left it pending, or (building) leaves
   * it for run time when it needs imports, or when an earlier step did or trapped: a later segment
   * may write the same elements or bytes, so order is kept by leaving all the rest to run time.
   */
  private void step(Step.Kind kind, int index, boolean needsImports, Runnable action) {
    if (state != null) {
      if (state.isPending(kind, index)) {
        action.run();
      }
      return;
    }
    if (!building) {
      action.run();
      return;
    }
    if (needsImports || trapped || pending.stream().anyMatch(p -> p.kind() != Step.Kind.GLOBAL)) {
      pending.add(new Step(kind, index));
      return;
    }
    try {
      action.run();
    } catch (TrapException e) {
      trapped = true;
      pending.add(new Step(kind, index));
    }
  }

  /** Step 15: the start function, with traps converted as for exports. */
  private void start() {
    if (image.start().isEmpty() || state != null && !state.isPending(Step.Kind.START, 0)) {
      return;
    }
    runStart();
  }

  private void runStart() {
    FuncRef f = ctx.functions[image.start().getAsInt()];
    MethodHandle run = Functions.exported(f.handle(), ctx);
    try {
      run.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** Building: runs the start function within {@code timeout} (see {@link BuildTime#within}). */
  private boolean startAtBuildTime(Duration timeout) {
    return BuildTime.within(this::runStart, timeout);
  }

  private void checkHandle(int handle, String what) {
    if (handle < 0 || handle >= ctx.objects.size()) {
      throw new ImageException(
          what + " holds handle " + handle + ", but the external table has " + ctx.objects.size(),
          0);
    }
  }
}

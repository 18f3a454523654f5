package dev.teracage.runtime;

import dev.teracage.runtime.image.DataSegment;
import dev.teracage.runtime.image.ElementSegment;
import dev.teracage.runtime.image.FuncSig;
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
import dev.teracage.runtime.trap.DebugInfo;
import dev.teracage.runtime.trap.WasmFrames;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
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
  private final String where;

  private Instantiation(ModuleImage image, InstanceLimits limits) {
    this.image = image;
    this.where = Instance.moduleName(image);
    // The image's limits (set at build time) stay in force unless the embedder's are lower.
    ArenaLayout built = image.layout();
    long tableLimit = Math.min(built.tableElementLimit(), limits.tableElements());
    long pageLimit = Math.min(built.memoryPageLimit(), limits.memoryPages());
    this.layout =
        tableLimit == built.tableElementLimit() && pageLimit == built.memoryPageLimit()
            ? built
            : built.withLimits(tableLimit, pageLimit);
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      long limit = Math.min(layout.tableReservedElements(t), TableInstance.MAX_MIRRORED);
      if (layout.tableMinElements(t) > limit) {
        throw new UninstantiableException(
            "table " + t + " needs more elements than the limit of " + limit, where, null);
      }
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      if (layout.memoryMinPages(m) > layout.memoryReservedPages(m)) {
        throw new UninstantiableException(
            "memory " + m + " needs more pages than the limit of " + pageLimit, where, null);
      }
    }
    MemorySegment mapped = ArenaMemory.reserve(layout.reservedSize());
    this.reserved = mapped != null;
    this.arena = reserved ? mapped : ArenaMemory.allocate(layout.fixedSize());
    new ArenaFields(layout).initialize(arena);
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
    instance.attach(ctx);
  }

  static Instance run(
      ModuleImage image,
      Class<?> cls,
      MethodHandles.Lookup lookup,
      Imports imports,
      InstanceLimits limits) {
    // Steps 3-4: resolve and match imports before anything is created.
    Object[] externs = Linker.link(image, imports);
    Instantiation in = new Instantiation(image, limits);
    in.register(cls);
    in.functions(externs, cls, lookup);
    in.globals(externs);
    in.tablesAndMemories(externs);
    in.segments();
    in.applySegments();
    in.start();
    return in.instance;
  }

  private void register(Class<?> cls) {
    int imported = image.importCount(dev.teracage.runtime.image.ExternKind.FUNC);
    int[] defined = image.functionBodyOffsets();
    int[] offsets = new int[imported + defined.length];
    String[] names = new String[offsets.length];
    java.util.Arrays.fill(offsets, 0, imported, -1);
    System.arraycopy(defined, 0, offsets, imported, defined.length);
    image
        .names()
        .functions()
        .forEach((i, n) -> {
          if (i >= 0 && i < names.length) {
            names[i] = n;
          }
        });
    WasmFrames.register(cls.getName(), new DebugInfo(where, names, offsets));
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
    for (; f < ctx.functions.length; f++) {
      FuncSig sig = sigs.get(functionTypes[f - imported]);
      MethodHandle method;
      try {
        method = lookup.findStatic(cls, "f" + f, Functions.contextType(sig));
      } catch (ReflectiveOperationException e) {
        throw new UninstantiableException(
            "generated class " + cls.getName() + " lacks f" + f + Functions.contextType(sig),
            where,
            e);
      }
      ctx.functions[f] =
          Functions.defined(method, ctx, ownContext, sig, f, where + ".func[" + f + "]");
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
          ownSlot(g, cell.valueType(), false).setBits(cell.bits());
        }
        g++;
      }
    }
    for (dev.teracage.runtime.image.Global defined : image.globals()) {
      GlobalInstance cell = ownSlot(g, defined.type().valueType(), defined.type().mutable());
      set(cell, defined.init());
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
      cell.setBits(
          switch (init) {
            case Init.Const c -> c.bits();
            case Init.GlobalGet get -> ctx.globals[get.global()].bits();
            default -> throw new IllegalStateException("numeric global with " + init);
          });
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
    for (TableType type : image.tables()) {
      int at = layout.tableDescriptorOffset(t);
      MemorySegment descriptor = arena.asSlice(at, ArenaHeader.TABLE_DESCRIPTOR_SIZE);
      long cap = layout.tableReservedElements(t);
      MemorySegment region =
          reserved ? arena.asSlice(layout.tableElementsOffset(t), cap * 4) : null;
      if (!reserved) {
        descriptor.set(ArenaHeader.U64, ArenaHeader.TABLE_ELEMENTS_OFFSET_OFFSET, -1L);
      }
      tables[t++] =
          new TableInstance(
              type.elemType(),
              ctx.objects,
              region,
              type.limits().min(),
              type.limits().max(),
              cap,
              descriptor);
    }
    for (MemoryType type : image.memories()) {
      int at = layout.memoryDescriptorOffset(m);
      MemorySegment descriptor = arena.asSlice(at, ArenaHeader.MEMORY_DESCRIPTOR_SIZE);
      long cap = layout.memoryReservedPages(m);
      MemorySegment region =
          reserved
              ? arena.asSlice(layout.memoryDataOffset(m), cap * MemoryInstance.PAGE_SIZE)
              : null;
      if (!reserved) {
        descriptor.set(ArenaHeader.U64, ArenaHeader.MEMORY_DATA_OFFSET_OFFSET, -1L);
      }
      memories[m++] =
          new MemoryInstance(region, type.limits().min(), type.limits().max(), cap, descriptor);
    }
    for (int i = 0; i < memories.length; i++) {
      memories[i].subscribe(ctx, i);
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
        refs[k] = reference(items.get(k));
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
  }

  /**
   * Steps 13-14: element segments, then data segments, in order; a segment out of bounds traps
   * (earlier writes stay). Active and declarative segments are dropped afterwards.
   */
  private void applySegments() {
    List<ElementSegment> elems = image.elements();
    for (int i = 0; i < elems.size(); i++) {
      ElementSegment s = elems.get(i);
      if (s.mode() == SegmentMode.ACTIVE) {
        TableOps.init(i32(s.offset()), 0, s.elements().size(), ctx, i, s.table());
      }
      if (s.mode() != SegmentMode.PASSIVE) {
        TableOps.elemDrop(ctx, i);
      }
    }
    List<DataSegment> data = image.data();
    for (int i = 0; i < data.size(); i++) {
      DataSegment s = data.get(i);
      if (s.mode() == SegmentMode.ACTIVE) {
        MemoryOps.init(i32(s.offset()), 0, s.length(), ctx, i, s.memory());
        MemoryOps.dataDrop(ctx, i);
      }
    }
  }

  /** Step 15: the start function, with traps converted as for exports. */
  private void start() {
    if (image.start().isEmpty()) {
      return;
    }
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
}

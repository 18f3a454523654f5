package dev.teracage.compiler.image;

import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.ValType;
import dev.teracage.runtime.image.DataSegment;
import dev.teracage.runtime.image.ElementSegment;
import dev.teracage.runtime.image.Export;
import dev.teracage.runtime.image.ExternKind;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.Global;
import dev.teracage.runtime.image.GlobalType;
import dev.teracage.runtime.image.Import;
import dev.teracage.runtime.image.ImportDesc;
import dev.teracage.runtime.image.Init;
import dev.teracage.runtime.image.Limits;
import dev.teracage.runtime.image.MemoryType;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.image.ModuleImageBuilder;
import dev.teracage.runtime.image.Names;
import dev.teracage.runtime.image.TableType;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link ModuleImage} of a validated WebAssembly 2.0 module: everything the runtime
 * needs besides the generated class. Constant expressions are evaluated here into {@link Init}s.
 *
 * <p>Features beyond 2.0 (tags, typed function references, memory64, shared memories, table
 * initializers, extended constant expressions) are rejected with an {@link
 * IllegalArgumentException} naming the feature.
 */
public final class ImageBuilder {
  private ImageBuilder() {}

  /**
   * Builds the image with the default reservation limits.
   *
   * @param module a validated module
   * @param className the binary name of the module's generated class
   * @return the image
   */
  public static ModuleImage build(Module module, String className) {
    return build(
        module,
        className,
        ArenaLayout.DEFAULT_TABLE_ELEMENT_LIMIT,
        ArenaLayout.DEFAULT_MEMORY_PAGE_LIMIT);
  }

  /**
   * Builds the image.
   *
   * @param module a validated module
   * @param className the binary name of the module's generated class
   * @param tableElementLimit the most elements reserved per table in the layout
   * @param memoryPageLimit the most pages reserved per memory in the layout
   * @return the image
   * @throws IllegalArgumentException for a feature beyond WebAssembly 2.0
   */
  public static ModuleImage build(
      Module module, String className, long tableElementLimit, long memoryPageLimit) {
    if (!module.tags().isEmpty()) {
      throw new IllegalArgumentException("not supported yet: exception tags");
    }
    ModuleImageBuilder b = ModuleImage.builder(className);
    for (var type : module.types()) {
      b.type(new FuncSig(codes(type.params()), codes(type.results())));
    }
    for (var i : module.imports()) {
      b.addImport(new Import(i.module(), i.name(), importDesc(i.desc())));
    }
    List<Integer> functions = module.functions();
    List<FunctionBody> codes = module.codes();
    for (int f = 0; f < functions.size(); f++) {
      long offset = f < codes.size() ? codes.get(f).body().sourceOffset() : -1;
      b.function(functions.get(f), offset < 0 || offset > Integer.MAX_VALUE ? -1 : (int) offset);
    }
    for (var t : module.tables()) {
      if (t.init() != null) {
        throw new IllegalArgumentException("not supported yet: table initializer expressions");
      }
      b.table(tableType(t.type()));
    }
    for (var m : module.memories()) {
      b.memory(memoryType(m));
    }
    for (var g : module.globals()) {
      b.global(new Global(globalType(g.type()), ConstantEvaluator.evaluate(g.init())));
    }
    for (var e : module.exports()) {
      b.export(new Export(e.name(), externKind(e.kind()), e.index()));
    }
    if (module.start() >= 0) {
      b.start(module.start());
    }
    for (var e : module.elements()) {
      b.element(element(e));
    }
    for (var d : module.data()) {
      boolean active = d.mode() == SegmentMode.ACTIVE;
      b.data(
          new DataSegment(
              mode(d.mode()),
              active ? d.memoryIndex() : 0,
              active ? ConstantEvaluator.evaluate(d.offset()) : null,
              d.init()));
    }
    var names = module.names();
    b.names(new Names(Optional.ofNullable(names.moduleName()), names.functionNames()));
    b.limits(tableElementLimit, memoryPageLimit);
    return b.build();
  }

  private static ElementSegment element(dev.teracage.compiler.model.ElementSegment e) {
    List<Init> items = new ArrayList<>(e.init().size());
    for (Expr item : e.init()) {
      items.add(ConstantEvaluator.evaluate(item));
    }
    boolean active = e.mode() == SegmentMode.ACTIVE;
    return new ElementSegment(
        mode(e.mode()),
        active ? e.tableIndex() : 0,
        active ? ConstantEvaluator.evaluate(e.offset()) : null,
        valueCode(e.type()),
        items);
  }

  private static dev.teracage.runtime.image.SegmentMode mode(SegmentMode mode) {
    return switch (mode) {
      case ACTIVE -> dev.teracage.runtime.image.SegmentMode.ACTIVE;
      case PASSIVE -> dev.teracage.runtime.image.SegmentMode.PASSIVE;
      case DECLARATIVE -> dev.teracage.runtime.image.SegmentMode.DECLARATIVE;
    };
  }

  private static ImportDesc importDesc(dev.teracage.compiler.model.ImportDesc desc) {
    return switch (desc) {
      case dev.teracage.compiler.model.ImportDesc.Func f -> new ImportDesc.Func(f.typeIndex());
      case dev.teracage.compiler.model.ImportDesc.Table t ->
          new ImportDesc.Table(tableType(t.type()));
      case dev.teracage.compiler.model.ImportDesc.Memory m ->
          new ImportDesc.Memory(memoryType(m.type()));
      case dev.teracage.compiler.model.ImportDesc.Global g ->
          new ImportDesc.Global(globalType(g.type()));
      case dev.teracage.compiler.model.ImportDesc.Tag t ->
          throw new IllegalArgumentException("not supported yet: tag imports");
    };
  }

  private static ExternKind externKind(dev.teracage.compiler.model.ExternKind kind) {
    return switch (kind) {
      case FUNC -> ExternKind.FUNC;
      case TABLE -> ExternKind.TABLE;
      case MEMORY -> ExternKind.MEMORY;
      case GLOBAL -> ExternKind.GLOBAL;
      case TAG -> throw new IllegalArgumentException("not supported yet: tag exports");
    };
  }

  private static TableType tableType(dev.teracage.compiler.model.TableType t) {
    return new TableType(valueCode(t.elementType()), limits(t.limits()));
  }

  private static MemoryType memoryType(dev.teracage.compiler.model.MemoryType m) {
    if (m.limits().is64() || m.limits().shared()) {
      throw new IllegalArgumentException("not supported yet: memory64 and shared memories");
    }
    return new MemoryType(limits(m.limits()));
  }

  private static Limits limits(dev.teracage.compiler.model.Limits l) {
    if (l.is64()) {
      throw new IllegalArgumentException("not supported yet: 64-bit limits");
    }
    return new Limits(l.min(), l.hasMax() ? l.max() : Limits.NO_MAX);
  }

  private static GlobalType globalType(dev.teracage.compiler.model.GlobalType g) {
    return new GlobalType(valueCode(g.valType()), g.mutable());
  }

  private static int[] codes(List<ValType> types) {
    int[] codes = new int[types.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = valueCode(types.get(i));
    }
    return codes;
  }

  /**
   * Returns the runtime's code of a 2.0 value type.
   *
   * @param t a value type
   * @return its {@link ValueCode}
   * @throws IllegalArgumentException for a typed reference beyond {@code funcref} and {@code
   *     externref}
   */
  static int valueCode(ValType t) {
    if (t.isRef()) {
      if (t.nullable() && t.heapType() == ValType.FUNC) {
        return ValueCode.FUNCREF;
      }
      if (t.nullable() && t.heapType() == ValType.EXTERN) {
        return ValueCode.EXTERNREF;
      }
      throw new IllegalArgumentException("not supported yet: reference type " + t);
    }
    return t.code();
  }
}

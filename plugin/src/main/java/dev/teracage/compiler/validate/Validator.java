package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import java.util.HashSet;
import java.util.Set;

/**
 * Validates a module as the WebAssembly 2.0 specification defines: imports, limits of tables and
 * memories, globals and constant expressions, element and data segments, every function body, the
 * start function and exports. Checks run in the reference interpreter's order, so a module with
 * several errors reports the one the spec tests expect.
 *
 * <p>Constant expressions follow the 2.0 rules (constant instructions, {@code ref.null}, {@code
 * ref.func}, and {@code global.get} of imported immutable globals only), and also accept the
 * extended constant instructions of 3.0 ({@code i32}/{@code i64} {@code add}, {@code sub}, {@code
 * mul}). Of the other 3.0 features, tail calls, relaxed SIMD, 64-bit memory addresses and the 3.0
 * memory immediates are typed; typed references, exceptions, multiple memories and 64-bit tables
 * are rejected as invalid with a reason starting {@code "unsupported"}.
 *
 * <p>Reasons carry the index of an unknown entity as the reference interpreter does ({@code
 * "unknown global 3"}); spec scripts give the expected message as a prefix ({@code "unknown
 * global"}).
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/modules.html">Validation: modules</a>
 */
public final class Validator {
  /** Largest number of 64 KiB pages of a 32-bit memory. */
  private static final long MAX_PAGES = 65536;

  /** Largest number of 64 KiB pages of a 64-bit memory. */
  private static final long MAX_PAGES_64 = 1L << 48;

  private final Module module;
  private Context context;

  private Validator(Module module) {
    this.module = module;
  }

  /**
   * Validates a module.
   *
   * @param module the decoded or parsed module
   * @throws InvalidException when it is invalid, with the specification's wording and where
   */
  public static void validate(Module module) {
    new Validator(module).run();
  }

  /**
   * Validates a module, naming its source in errors.
   *
   * @param module the decoded or parsed module
   * @param sourceName the file or module name errors start with, or {@code null} for the name
   *     section's module name
   * @throws InvalidException when it is invalid, with the specification's wording and where
   */
  public static void validate(Module module, String sourceName) {
    String name = sourceName != null ? sourceName : module.names().moduleName();
    try {
      new Validator(module).run();
    } catch (InvalidException e) {
      throw name == null ? e : e.at(e.location().inSource(name));
    } catch (MalformedException e) {
      throw name == null ? e : e.at(e.location().inSource(name));
    }
  }

  private void run() {
    context = Context.of(module);
    for (Import i : module.imports()) {
      switch (i.desc()) {
        case ImportDesc.Table t -> checkTable(t.type());
        case ImportDesc.Memory m -> checkMemory(m.type());
        case ImportDesc.Tag t -> throw unsupported("tags (WebAssembly 3.0 exceptions)");
        default -> {}
      }
    }
    ConstantExpressions constants = new ConstantExpressions(context);
    declareReferences(constants);
    for (Global g : module.globals()) {
      constants.check(g.init(), typeOf(g));
    }
    for (Table t : module.tables()) {
      checkTable(t.type());
      if (t.init() != null) {
        constants.check(t.init(), Types.of(t.type().elementType()));
      }
    }
    for (MemoryType m : module.memories()) {
      checkMemory(m);
    }
    for (ElementSegment e : module.elements()) {
      checkElement(constants, e);
    }
    for (DataSegment d : module.data()) {
      if (d.mode() == SegmentMode.ACTIVE) {
        constants.check(d.offset(), context.memory(d.memoryIndex()));
      }
    }
    if (!module.tags().isEmpty()) {
      throw unsupported("tags (WebAssembly 3.0 exceptions)");
    }
    checkFunctions();
    checkStart();
    checkExports();
    if (context.memoryAddressTypes.length > 1) {
      throw new InvalidException("multiple memories", Location.UNKNOWN);
    }
  }

  private int typeOf(Global g) {
    return Types.of(g.type().valType());
  }

  private static InvalidException unsupported(String what) {
    return new InvalidException("unsupported: " + what, Location.UNKNOWN);
  }

  /**
   * C.refs: the functions a module references outside function bodies, which {@code ref.func} may
   * name inside them: those in global, table and element initializers, and exported ones.
   */
  private void declareReferences(ConstantExpressions constants) {
    for (Global g : module.globals()) {
      constants.declareReferences(g.init(), context.refs);
    }
    for (Table t : module.tables()) {
      constants.declareReferences(t.init(), context.refs);
    }
    for (ElementSegment e : module.elements()) {
      for (var init : e.init()) {
        constants.declareReferences(init, context.refs);
      }
    }
    for (Export e : module.exports()) {
      if (e.kind() == ExternKind.FUNC && e.index() >= 0 && e.index() < context.refs.length) {
        context.refs[e.index()] = true;
      }
    }
  }

  private static void checkLimits(Limits limits, long range, String rangeMessage) {
    if (Long.compareUnsigned(limits.min(), range) > 0) {
      throw new InvalidException(rangeMessage, Location.UNKNOWN);
    }
    if (limits.hasMax()) {
      if (Long.compareUnsigned(limits.max(), range) > 0) {
        throw new InvalidException(rangeMessage, Location.UNKNOWN);
      }
      if (Long.compareUnsigned(limits.min(), limits.max()) > 0) {
        throw new InvalidException(
            "size minimum must not be greater than maximum", Location.UNKNOWN);
      }
    }
  }

  private static void checkTable(TableType t) {
    if (t.limits().is64()) {
      throw unsupported("64-bit tables (WebAssembly 3.0)");
    }
    checkLimits(t.limits(), 0xFFFF_FFFFL, "table size must be at most 2^32-1");
  }

  private static void checkMemory(MemoryType m) {
    if (m.limits().shared()) {
      throw unsupported("shared memories (threads)");
    }
    if (m.limits().is64()) {
      checkLimits(m.limits(), MAX_PAGES_64, "memory size must be at most 2^48 pages");
    } else {
      checkLimits(m.limits(), MAX_PAGES, "memory size must be at most 65536 pages (4GiB)");
    }
  }

  private void checkElement(ConstantExpressions constants, ElementSegment e) {
    int type = Types.of(e.type());
    for (var init : e.init()) {
      constants.check(init, type);
    }
    if (e.mode() == SegmentMode.ACTIVE) {
      int tableType = context.table(e.tableIndex());
      constants.check(e.offset(), Types.I32);
      if (tableType != type) {
        throw new InvalidException("type mismatch", Where.at(e.offset(), 0));
      }
    }
  }

  private void checkFunctions() {
    int imported = module.importedFunctionCount();
    if (module.codes().size() != module.functions().size()) {
      throw new InvalidException(
          "function and code section have inconsistent lengths", Location.UNKNOWN);
    }
    FunctionValidator functions = new FunctionValidator(context);
    for (int i = 0; i < module.codes().size(); i++) {
      int index = imported + i;
      functions.validate(index, module.names().functionName(index), module.codes().get(i));
    }
  }

  private void checkStart() {
    int start = module.start();
    if (start == -1) {
      return;
    }
    int type = context.funcType(start);
    if (context.typeParams[type].length != 0 || context.typeResults[type].length != 0) {
      throw new InvalidException("start function", Location.UNKNOWN);
    }
  }

  private void checkExports() {
    Set<String> names = new HashSet<>();
    for (Export e : module.exports()) {
      switch (e.kind()) {
        case FUNC -> context.funcType(e.index());
        case TABLE -> context.table(e.index());
        case MEMORY -> context.memory(e.index());
        case GLOBAL -> context.global(e.index());
        case TAG -> throw unsupported("tags (WebAssembly 3.0 exceptions)");
      }
      if (!names.add(e.name())) {
        throw new InvalidException("duplicate export name", Location.UNKNOWN);
      }
    }
  }
}

package dev.teracage.compiler.codegen;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * The defined functions a {@code call_indirect} of a given type can reach in its own instance, so
 * its stub can call them with {@code invokestatic} through a switch (the JIT then sees, and may
 * inline, every target) instead of through a method handle.
 *
 * <p>A function can only end up in a table if it is referenced outside function bodies: by an
 * element segment, a global's initializer or an export (a {@code ref.func} in code must name such a
 * function, and the host only sees exports). Every other target, and any target past {@link
 * #MAX_SWITCH_BYTES} worth of cases, still works through the handle.
 */
final class IndirectTargets {
  /** Bytecode budget of one stub's switch, well below the 8,000 bytes HotSpot compiles. */
  static final int MAX_SWITCH_BYTES = 5_000;

  private final Module module;
  private final FuncType[] functionTypes;
  private final int importedFunctions;
  private final boolean[] referenced;

  IndirectTargets(Module module, FuncType[] functionTypes, int importedFunctions) {
    this.module = module;
    this.functionTypes = functionTypes;
    this.importedFunctions = importedFunctions;
    this.referenced = new boolean[functionTypes.length];
    CodeReader reader = new CodeReader(true);
    for (ElementSegment s : module.elements()) {
      for (Expr e : s.init()) {
        mark(reader, e);
      }
    }
    for (Global g : module.globals()) {
      mark(reader, g.init());
    }
    for (Export e : module.exports()) {
      if (e.kind() == ExternKind.FUNC && e.index() < referenced.length) {
        referenced[e.index()] = true;
      }
    }
  }

  private void mark(CodeReader reader, Expr expr) {
    reader.reset(expr);
    while (reader.hasNext()) {
      if (reader.next() == dev.teracage.compiler.model.Opcode.REF_FUNC) {
        int f = reader.functionIndex();
        if (f >= 0 && f < referenced.length) {
          referenced[f] = true;
        }
      }
    }
  }

  /**
   * Returns the referenced defined functions of a type, in index order, as many as fit the stub's
   * budget.
   *
   * @param typeIndex the type of the {@code call_indirect}
   * @return function indices
   */
  List<Integer> of(int typeIndex) {
    FuncType type = module.types().get(typeIndex);
    int perCase = caseBytes(type);
    List<Integer> targets = new ArrayList<>();
    for (int f = importedFunctions; f < functionTypes.length; f++) {
      if (referenced[f] && functionTypes[f].equals(type)) {
        if ((targets.size() + 1) * perCase > MAX_SWITCH_BYTES) {
          break;
        }
        targets.add(f);
      }
    }
    return targets;
  }

  /** Bytes of one case at most: switch entry, argument loads, context, call, return. */
  private static int caseBytes(FuncType type) {
    return 8 + 4 * type.params().size() + 4 + 3 + 1;
  }
}

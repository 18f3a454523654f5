package dev.teracage.runtime;

import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.Import;
import dev.teracage.runtime.image.ImportDesc;
import dev.teracage.runtime.image.Limits;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.support.FuncRef;
import java.util.List;

/**
 * Matches a module's imports against what {@link Imports} provides, in import order, with the
 * spec's import matching rules (external types: functions by signature, tables and memories by
 * limits subtyping with their current size as minimum, globals by value type and mutability).
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/types.html#import-subtyping">Import
 *     subtyping</a>
 */
final class Linker {
  static final String UNKNOWN_IMPORT = "unknown import";
  static final String INCOMPATIBLE_IMPORT_TYPE = "incompatible import type";

  private Linker() {}

  /**
   * Resolves and checks every import.
   *
   * @param image the module
   * @param imports what the embedder provides
   * @return one {@link FuncRef}, {@link Memory}, {@link Table} or {@link Global} per import
   * @throws UnlinkableException for a missing or mistyped import
   */
  static Object[] link(ModuleImage image, Imports imports) {
    List<Import> list = image.imports();
    Object[] resolved = new Object[list.size()];
    for (int i = 0; i < resolved.length; i++) {
      Import imp = list.get(i);
      String where =
          Instance.moduleName(image) + ": import \"" + imp.module() + "\".\"" + imp.name() + "\"";
      Object value = imports.resolve(imp.module(), imp.name());
      if (value == null) {
        throw new UnlinkableException(UNKNOWN_IMPORT, where);
      }
      if (!matches(image, imp.desc(), value)) {
        throw new UnlinkableException(INCOMPATIBLE_IMPORT_TYPE, where);
      }
      resolved[i] = value;
    }
    return resolved;
  }

  private static boolean matches(ModuleImage image, ImportDesc desc, Object value) {
    return switch (desc) {
      case ImportDesc.Func f -> {
        FuncSig sig = image.types().get(f.typeIndex());
        yield value instanceof FuncRef ref && ref.typeId() == sig.id();
      }
      case ImportDesc.Table t ->
          value instanceof Table table
              && table.elemType() == t.type().elemType()
              && limitsMatch(table.size(), table.max(), t.type().limits());
      case ImportDesc.Memory m ->
          value instanceof Memory memory
              && limitsMatch(memory.pages(), memory.maxPages(), m.type().limits());
      case ImportDesc.Global g ->
          value instanceof Global global
              && global.valueType() == g.type().valueType()
              && global.mutable() == g.type().mutable();
    };
  }

  /**
   * Limits subtyping: the provided minimum (current size) is at least the required one, and when a
   * maximum is required, the provided one exists and is at most it.
   */
  static boolean limitsMatch(long min, long max, Limits required) {
    if (min < required.min()) {
      return false;
    }
    if (!required.hasMax()) {
      return true;
    }
    return max != Limits.NO_MAX && max <= required.max();
  }
}

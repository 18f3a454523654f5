package dev.teracage.compiler.facade;

import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * The export side of a facade: a typed method per exported function, calling the export's exact
 * method handle ({@code invokeExact}, no boxing; extra results of several-result functions come
 * back as raw bits, or boxed when one is a reference), and an accessor per exported memory, table
 * and global. Exported tags are not exposed.
 */
final class FacadeExports {
  /** One export as the facade presents it. */
  record Item(Export wasm, String member, FuncType type, List<String> params, String record) {}

  private final List<Item> items = new ArrayList<>();

  /**
   * Plans the members.
   *
   * @param module the module
   * @param types the facade's nested type names
   * @param members the facade's member names
   */
  FacadeExports(Module module, JavaNames.Scope types, JavaNames.Scope members) {
    for (Export e : module.exports()) {
      if (e.kind() == ExternKind.TAG) {
        continue;
      }
      String member = members.unique(JavaNames.member(e.name(), "export"));
      if (e.kind() == ExternKind.FUNC) {
        FuncType type = Signatures.typeOf(module, e.index());
        String record =
            type.results().size() > 1
                ? types.unique(JavaNames.type(member, "F") + "Results")
                : null;
        items.add(new Item(e, member, type, Signatures.paramNames(module, e.index()), record));
      } else {
        items.add(new Item(e, member, null, List.of(), null));
      }
    }
  }

  /**
   * Returns the exports the facade exposes, in module order.
   *
   * @return the items
   */
  List<Item> items() {
    return items;
  }

  /**
   * Emits the result records.
   *
   * @param out where
   */
  void emitTypes(SourceWriter out) {
    for (Item item : items) {
      if (item.record != null) {
        Signatures.resultRecord(out, item.record, item.type, "{@link #" + item.member + "}");
      }
    }
  }

  /**
   * Emits the fields holding export handles, one per function.
   *
   * @param out where
   */
  void emitFields(SourceWriter out) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.type != null) {
        out.line("private final java.lang.invoke.MethodHandle $f" + i + ";");
        if (item.record != null) {
          out.line("private final dev.teracage.runtime.ExportedFunction $e" + i + ";");
        }
      }
    }
  }

  /**
   * Emits the constructor statements that look the exports up in {@code $instance}.
   *
   * @param out where
   */
  void emitInit(SourceWriter out) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.type != null) {
        String lookup = "$instance.function(" + SourceWriter.literal(item.wasm.name()) + ")";
        if (item.record != null) {
          out.line("this.$e" + i + " = " + lookup + ";");
          out.line("this.$f" + i + " = $e" + i + ".handle();");
        } else {
          out.line("this.$f" + i + " = " + lookup + ".handle();");
        }
      }
    }
  }

  /**
   * Emits the export methods and accessors.
   *
   * @param out where
   */
  void emitMembers(SourceWriter out) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.type == null) {
        emitAccessor(out, item);
      } else {
        emitFunction(out, item, i);
      }
    }
  }

  private static void emitAccessor(SourceWriter out, Item item) {
    String kind = item.wasm.kind().keyword();
    String type =
        switch (item.wasm.kind()) {
          case MEMORY -> "Memory";
          case TABLE -> "Table";
          default -> "Global";
        };
    out.doc(
        "Returns the exported "
            + kind
            + " {@code \""
            + SourceWriter.escape(item.wasm.name())
            + "\"}.",
        "",
        "@return the " + kind);
    out.open("public dev.teracage.runtime." + type + " " + item.member + "()");
    out.line("return $instance." + kind + "(" + SourceWriter.literal(item.wasm.name()) + ");");
    out.close("");
    out.line("");
  }

  private static void emitFunction(SourceWriter out, Item item, int i) {
    FuncType type = item.type;
    List<String> doc = new ArrayList<>();
    doc.add(
        "Calls the exported function {@code \"" + SourceWriter.escape(item.wasm.name()) + "\"}.");
    doc.add("");
    doc.add("<p>WebAssembly type: {@code " + JavaTypes.text(type) + "}.");
    doc.add("");
    for (int p = 0; p < item.params.size(); p++) {
      doc.add(
          "@param "
              + item.params.get(p)
              + " parameter "
              + p
              + ", "
              + JavaTypes.text(type.params().get(p)));
    }
    if (!type.results().isEmpty()) {
      doc.add("@return " + (item.record == null ? "the result" : "the results"));
    }
    doc.add("@throws dev.teracage.runtime.trap.TrapException when execution traps");
    out.doc(doc.toArray(String[]::new));
    String ret = item.record != null ? item.record : JavaTypes.firstResultType(type);
    out.open(
        "public " + ret + " " + item.member + "(" + Signatures.declare(type, item.params) + ")");
    out.open("try");
    String args = String.join(", ", item.params);
    String call = "$f" + i + ".invokeExact(" + args + ")";
    if (item.record != null) {
      emitSeveral(out, item, i, call, args);
    } else if (type.results().isEmpty()) {
      out.line(call + ";");
    } else {
      out.line("return (" + ret + ") " + call + ";");
    }
    out.close(" catch (java.lang.Throwable $t) {");
    out.line("  throw $rethrow($t);");
    out.line("}");
    out.close("");
    out.line("");
  }

  private static void emitSeveral(SourceWriter out, Item item, int i, String call, String args) {
    List<ValType> results = item.type.results();
    List<String> values = new ArrayList<>();
    if (results.stream().skip(1).anyMatch(JavaTypes::isObject)) {
      out.line("java.lang.Object[] $r = $e" + i + ".apply(" + (args.isEmpty() ? "" : args) + ");");
      for (int k = 0; k < results.size(); k++) {
        String type = JavaTypes.javaType(results.get(k));
        values.add(
            type.equals("java.lang.Object") ? "$r[" + k + "]" : "(" + type + ") $r[" + k + "]");
      }
    } else {
      String first = JavaTypes.javaType(results.get(0));
      out.line(first + " $r0 = (" + first + ") " + call + ";");
      out.line("long[] $extra = $e" + i + ".extraResults();");
      values.add("$r0");
      for (int k = 1; k < results.size(); k++) {
        values.add(JavaTypes.fromBits(results.get(k), "$extra[" + (k - 1) + "]"));
      }
    }
    out.line("return new " + item.record + "(" + String.join(", ", values) + ");");
  }
}

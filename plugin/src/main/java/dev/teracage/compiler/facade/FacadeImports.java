package dev.teracage.compiler.facade;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import side of a facade: one nested interface per import module name, and the code binding an
 * implementation through {@code Imports}. A function with one result or none binds as the interface
 * method's own handle (a virtual call, no boxing); one with several results binds through a
 * generated static adapter that spreads the returned record over the caller context's extra
 * results.
 */
final class FacadeImports {
  /** One imported entity as the interface presents it. */
  record Item(
      Import wasm,
      int functionIndex,
      FuncType type,
      String method,
      List<String> params,
      String record) {}

  /** One import module: a nested interface and the load parameter implementing it. */
  record Group(String module, String iface, String param, List<Item> items) {}

  private final Module module;
  private final List<Group> groups = new ArrayList<>();

  /**
   * Plans the interfaces.
   *
   * @param module the module
   * @param types the facade's nested type names
   */
  FacadeImports(Module module, JavaNames.Scope types) {
    this.module = module;
    Map<String, List<Import>> byModule = new LinkedHashMap<>();
    for (Import i : module.imports()) {
      if (i.desc().kind() != dev.teracage.compiler.model.ExternKind.TAG) {
        byModule.computeIfAbsent(i.module(), k -> new ArrayList<>()).add(i);
      }
    }
    JavaNames.Scope params = new JavaNames.Scope(Signatures.OBSCURING);
    int functionIndex = 0;
    Map<Import, Integer> functionIndices = new java.util.IdentityHashMap<>();
    for (Import i : module.imports()) {
      if (i.desc() instanceof ImportDesc.Func) {
        functionIndices.put(i, functionIndex++);
      }
    }
    for (Map.Entry<String, List<Import>> e : byModule.entrySet()) {
      String iface = types.unique(JavaNames.type(e.getKey(), "Imports"));
      JavaNames.Scope methods = new JavaNames.Scope(FacadeGenerator.OBJECT_METHODS);
      List<Item> items = new ArrayList<>();
      for (Import i : e.getValue()) {
        String method = methods.unique(JavaNames.member(i.name(), "import"));
        if (i.desc() instanceof ImportDesc.Func) {
          int index = functionIndices.get(i);
          FuncType type = Signatures.typeOf(module, index);
          String record =
              type.results().size() > 1
                  ? types.unique(iface + JavaNames.type(method, "F") + "Results")
                  : null;
          items.add(new Item(i, index, type, method, Signatures.paramNames(module, index), record));
        } else {
          items.add(new Item(i, -1, null, method, List.of(), null));
        }
      }
      String param = params.unique(JavaNames.member(e.getKey(), "imports"));
      groups.add(new Group(e.getKey(), iface, param, items));
    }
  }

  /**
   * Returns the import modules, in the order of their first import.
   *
   * @return the groups
   */
  List<Group> groups() {
    return groups;
  }

  /**
   * Emits the nested interfaces and result records.
   *
   * @param out where
   */
  void emitTypes(SourceWriter out) {
    for (Group g : groups) {
      out.doc(
          "The imports from module {@code \"" + SourceWriter.escape(g.module) + "\"}: implement",
          "this interface and pass it to {@code load}.");
      out.open("public interface " + g.iface);
      for (int k = 0; k < g.items.size(); k++) {
        if (k > 0) {
          out.line("");
        }
        emitMethod(out, g, g.items.get(k));
      }
      out.close("");
      out.line("");
      for (Item item : g.items) {
        if (item.record != null) {
          Signatures.resultRecord(
              out,
              item.record,
              item.type,
              "the imported function {@link " + g.iface + "#" + item.method + "}");
        }
      }
    }
  }

  private void emitMethod(SourceWriter out, Group g, Item item) {
    String name =
        "{@code \""
            + SourceWriter.escape(g.module)
            + "\" \""
            + SourceWriter.escape(item.wasm.name())
            + "\"}";
    List<String> doc = new ArrayList<>();
    if (item.type == null) {
      String kind = item.wasm.desc().kind().keyword();
      doc.add("Supplies the imported " + kind + " " + name + ", once per {@code load}.");
      doc.add("");
      doc.add("@return the " + kind + " to import");
      out.doc(doc.toArray(String[]::new));
      out.line(runtimeType(item.wasm.desc()) + " " + item.method + "();");
      return;
    }
    doc.add("Implements the imported function " + name + ".");
    doc.add("");
    doc.add("<p>WebAssembly type: {@code " + JavaTypes.text(item.type) + "}.");
    doc.add("");
    for (int p = 0; p < item.params.size(); p++) {
      doc.add(
          "@param "
              + item.params.get(p)
              + " parameter "
              + p
              + ", "
              + JavaTypes.text(item.type.params().get(p)));
    }
    if (!item.type.results().isEmpty()) {
      doc.add("@return " + (item.record == null ? "the result" : "the results"));
    }
    out.doc(doc.toArray(String[]::new));
    out.line(
        returnType(item)
            + " "
            + item.method
            + "("
            + Signatures.declare(item.type, item.params)
            + ");");
  }

  private static String returnType(Item item) {
    return item.record != null ? item.record : JavaTypes.firstResultType(item.type);
  }

  private static String runtimeType(ImportDesc desc) {
    return switch (desc.kind()) {
      case MEMORY -> "dev.teracage.runtime.Memory";
      case TABLE -> "dev.teracage.runtime.Table";
      case GLOBAL -> "dev.teracage.runtime.Global";
      default -> throw new IllegalArgumentException("not bound through an interface: " + desc);
    };
  }

  /**
   * Emits, per import module, a static method binding an implementation into an {@code Imports},
   * and the adapters of functions with several results. Only the first import of a given module and
   * name is bound (the runtime's {@code Imports} holds one value per name).
   *
   * @param out where
   * @param facade the facade's simple name
   */
  void emitBinders(SourceWriter out, String facade) {
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      out.open(
          "private static void $bind"
              + gi
              + "(dev.teracage.runtime.Imports $imports, "
              + g.iface
              + " $impl) throws java.lang.ReflectiveOperationException");
      out.line("java.util.Objects.requireNonNull($impl, " + SourceWriter.literal(g.param) + ");");
      Set<String> bound = new HashSet<>();
      for (Item item : g.items) {
        if (!bound.add(item.wasm.name())) {
          continue;
        }
        String names =
            SourceWriter.literal(g.module) + ", " + SourceWriter.literal(item.wasm.name());
        if (item.type == null) {
          String what = SourceWriter.literal(g.param + "." + item.method + "()");
          out.line(
              "$imports."
                  + item.wasm.desc().kind().keyword()
                  + "("
                  + names
                  + ", java.util.Objects.requireNonNull($impl."
                  + item.method
                  + "(), "
                  + what
                  + "));");
        } else {
          out.line("$imports.function(");
          out.line("    " + names + ",");
          out.line("    " + JavaTypes.funcSig(item.type) + ",");
          out.line("    " + handle(g, item, facade) + ");");
        }
      }
      out.close("");
      out.line("");
      for (Item item : g.items) {
        if (item.record != null) {
          emitAdapter(out, g, item);
        }
      }
    }
  }

  private static String handle(Group g, Item item, String facade) {
    String params = Signatures.classLiterals(item.type.params());
    if (item.record == null) {
      return "$host($LOOKUP.findVirtual("
          + g.iface
          + ".class, "
          + SourceWriter.literal(item.method)
          + ", java.lang.invoke.MethodType.methodType("
          + (item.type.results().isEmpty()
              ? "void"
              : JavaTypes.javaType(item.type.results().get(0)))
          + ".class"
          + params
          + ")), $impl)";
    }
    return "$LOOKUP.findStatic("
        + facade
        + ".class, \"$adapt"
        + item.functionIndex
        + "\", java.lang.invoke.MethodType.methodType("
        + JavaTypes.classLiteral(item.type.results().get(0))
        + ", "
        + g.iface
        + ".class"
        + params
        + ", dev.teracage.runtime.support.Context.class)).bindTo($impl)";
  }

  private void emitAdapter(SourceWriter out, Group g, Item item) {
    List<ValType> results = item.type.results();
    StringBuilder params = new StringBuilder(g.iface + " $impl");
    StringBuilder args = new StringBuilder();
    for (int p = 0; p < item.params.size(); p++) {
      params
          .append(", ")
          .append(JavaTypes.javaType(item.type.params().get(p)))
          .append(' ')
          .append(item.params.get(p));
      args.append(p == 0 ? "" : ", ").append(item.params.get(p));
    }
    params.append(", dev.teracage.runtime.support.Context $ctx");
    out.open(
        "private static "
            + JavaTypes.javaType(results.get(0))
            + " $adapt"
            + item.functionIndex
            + "("
            + params
            + ")");
    out.line(item.record + " $r = $impl." + item.method + "(" + args + ");");
    for (int k = 1; k < results.size(); k++) {
      ValType t = results.get(k);
      String value = "$r.r" + k + "()";
      if (JavaTypes.isObject(t)) {
        out.line("$ctx.resultRefs[" + (k - 1) + "] = " + value + ";");
      } else {
        out.line("$ctx.results[" + (k - 1) + "] = " + JavaTypes.toBits(t, value) + ";");
      }
    }
    out.line("return $r.r0();");
    out.close("");
    out.line("");
  }
}

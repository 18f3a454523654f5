package dev.teracage.compiler.facade;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Java parameter lists and result records of WebAssembly functions in a facade. */
final class Signatures {
  /**
   * Names a local variable must not take: they would obscure the packages that generated code names
   * in full ({@code java.lang.Object}, {@code dev.teracage.runtime.Imports}).
   */
  static final Set<String> OBSCURING = Set.of("java", "javax", "dev");

  private Signatures() {}

  /**
   * Returns the type of a function.
   *
   * @param module the module
   * @param functionIndex an index in the function index space
   * @return its type
   */
  static FuncType typeOf(Module module, int functionIndex) {
    return module.types().get(module.functionTypeIndices()[functionIndex]);
  }

  /**
   * Returns Java parameter names for a function: its parameter names from the module's names when
   * there are some, else {@code p0}, {@code p1}...
   *
   * @param module the module
   * @param functionIndex an index in the function index space
   * @return one unique identifier per parameter
   */
  static List<String> paramNames(Module module, int functionIndex) {
    Map<Integer, String> locals = module.names().localNames().getOrDefault(functionIndex, Map.of());
    JavaNames.Scope scope = new JavaNames.Scope(OBSCURING);
    List<String> names = new ArrayList<>();
    int count = typeOf(module, functionIndex).params().size();
    for (int i = 0; i < count; i++) {
      String wasm = locals.get(i);
      names.add(scope.unique(JavaNames.member(wasm == null ? "" : wasm, "p" + i)));
    }
    return names;
  }

  /**
   * Returns a parameter declaration list, such as {@code int a, long b}.
   *
   * @param type the function type
   * @param names the parameter names
   * @return Java source text
   */
  static String declare(FuncType type, List<String> names) {
    StringJoiner j = new StringJoiner(", ");
    for (int i = 0; i < names.size(); i++) {
      j.add(JavaTypes.javaType(type.params().get(i)) + " " + names.get(i));
    }
    return j.toString();
  }

  /**
   * Returns the class literals of the parameter types, each preceded by a comma.
   *
   * @param params the parameter types
   * @return Java source text, empty for none
   */
  static String classLiterals(List<ValType> params) {
    StringBuilder sb = new StringBuilder();
    for (ValType t : params) {
      sb.append(", ").append(JavaTypes.classLiteral(t));
    }
    return sb.toString();
  }

  /**
   * Emits the record holding a function's results.
   *
   * @param out where
   * @param name the record's simple name
   * @param type the function type, with several results
   * @param what what the results are of, for its javadoc
   */
  static void resultRecord(SourceWriter out, String name, FuncType type, String what) {
    List<ValType> results = type.results();
    StringJoiner components = new StringJoiner(", ");
    List<String> doc = new ArrayList<>();
    doc.add("The results of " + what + ".");
    doc.add("");
    for (int i = 0; i < results.size(); i++) {
      components.add(JavaTypes.javaType(results.get(i)) + " r" + i);
      doc.add("@param r" + i + " result " + i + ", " + JavaTypes.text(results.get(i)));
    }
    out.doc(doc.toArray(String[]::new));
    out.line("public record " + name + "(" + components + ") {}");
    out.line("");
  }
}

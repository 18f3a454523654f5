package dev.teracage.compiler.cli;

import dev.teracage.compiler.model.Module;
import java.util.StringJoiner;

/**
 * The one-line description of a valid module: how many of each kind of entity it declares, the
 * parts it has none of left out, for example {@code valid, 3 types, 2 imports, 5 functions, 1
 * memory, 4 exports}.
 */
final class Summary {
  private Summary() {}

  /**
   * Describes a module.
   *
   * @param module a valid module
   * @return the description, starting with {@code valid}
   */
  static String of(Module module) {
    StringJoiner line = new StringJoiner(", ");
    line.add("valid");
    count(line, module.types().size(), "type", "types");
    count(line, module.imports().size(), "import", "imports");
    count(line, module.functions().size(), "function", "functions");
    count(line, module.tables().size(), "table", "tables");
    count(line, module.memories().size(), "memory", "memories");
    count(line, module.globals().size(), "global", "globals");
    count(line, module.tags().size(), "tag", "tags");
    count(line, module.exports().size(), "export", "exports");
    if (module.start() >= 0) {
      line.add("start func[" + module.start() + "]");
    }
    count(line, module.elements().size(), "element segment", "element segments");
    count(line, module.data().size(), "data segment", "data segments");
    count(line, module.customs().size(), "custom section", "custom sections");
    return line.toString();
  }

  private static void count(StringJoiner line, int n, String one, String many) {
    if (n > 0) {
      line.add(n + " " + (n == 1 ? one : many));
    }
  }
}

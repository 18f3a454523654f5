package dev.teracage.compiler.inspect;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.layout.ArenaLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The report on one compiled module, as lines of text:
 *
 * <pre>
 * imports (1)
 *   func    env.print  (func (param i32 i32))
 * exports (2)
 *   memory  memory     (memory 1)
 *   func    add        (func (param i32 i32) (result i32))
 * code: 2 functions (1 imported), class 2,012 bytes, largest method f1 (12 bytes)
 * image: 351 bytes
 * arena: header 0x0, globals 0x60 (1), ..., fixed part 0x70 bytes, reserved 4 GiB
 *   memory 0: data at 0x10000, 1 to 65536 pages reserved
 * </pre>
 */
public final class ModuleReport {
  private ModuleReport() {}

  /**
   * Describes a module and what compiling it produced.
   *
   * @param module the valid module
   * @param compilation its compilation
   * @return the report's lines
   */
  public static List<String> describe(Module module, Compilation compilation) {
    List<String> lines = new ArrayList<>();
    lines.add("imports (" + module.imports().size() + ")");
    for (Import i : module.imports()) {
      lines.add(
          row(i.desc().kind().keyword(), i.module() + "." + i.name(), type(module, i.desc())));
    }
    lines.add("exports (" + module.exports().size() + ")");
    for (Export e : module.exports()) {
      lines.add(row(e.kind().keyword(), e.name(), exportType(module, e)));
    }
    lines.add(code(module, compilation));
    lines.add(String.format(Locale.ROOT, "image: %,d bytes", compilation.image().length));
    lines.addAll(arena(ImageReader.read(compilation.image()).layout()));
    return lines;
  }

  private static String row(String kind, String name, String type) {
    return String.format(Locale.ROOT, "  %-7s %-20s %s", kind, name, type);
  }

  private static String code(Module module, Compilation compilation) {
    String largest = "";
    int largestSize = -1;
    for (Map.Entry<String, Integer> e : compilation.methodSizes().entrySet()) {
      if (e.getValue() > largestSize
          || e.getValue() == largestSize && e.getKey().compareTo(largest) < 0) {
        largest = e.getKey();
        largestSize = e.getValue();
      }
    }
    return String.format(
        Locale.ROOT,
        "code: %d functions (%d imported), class %,d bytes%s",
        module.functionTypeIndices().length,
        module.importedFunctionCount(),
        compilation.classBytes().length,
        largestSize < 0
            ? ""
            : String.format(Locale.ROOT, ", largest method %s (%,d bytes)", largest, largestSize));
  }

  private static List<String> arena(ArenaLayout layout) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "arena: header 0x0 (%d bytes), globals 0x%x (%d), table descriptors 0x%x (%d),"
                + " memory descriptors 0x%x (%d), fixed part %,d bytes, reserved %s",
            layout.headerSize(),
            layout.globalsOffset(),
            layout.globalCount(),
            layout.tableDescriptorsOffset(),
            layout.tableCount() - layout.importedTableCount(),
            layout.memoryDescriptorsOffset(),
            layout.memoryCount() - layout.importedMemoryCount(),
            layout.fixedSize(),
            bytes(layout.reservedSize())));
    for (int t = layout.importedTableCount(); t < layout.tableCount(); t++) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  table %d: elements at 0x%x, %,d reserved",
              t,
              layout.tableElementsOffset(t),
              layout.tableReservedElements(t)));
    }
    for (int m = layout.importedMemoryCount(); m < layout.memoryCount(); m++) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  memory %d: data at 0x%x, %,d pages reserved",
              m,
              layout.memoryDataOffset(m),
              layout.memoryReservedPages(m)));
    }
    return lines;
  }

  private static String bytes(long n) {
    if (n >= 1L << 30 && n % (1L << 30) == 0) {
      return (n >> 30) + " GiB";
    }
    if (n >= 1L << 20 && n % (1L << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    return String.format(Locale.ROOT, "%,d bytes", n);
  }

  private static String exportType(Module module, Export e) {
    int i = e.index();
    return switch (e.kind()) {
      case FUNC -> func(module.types().get(module.functionTypeIndices()[i]));
      case TABLE ->
          table(module.tableTypes().get(i).elementType(), module.tableTypes().get(i).limits());
      case MEMORY -> "(memory " + limits(module.memoryTypes().get(i).limits()) + ")";
      case GLOBAL -> global(module.globalTypes().get(i));
      case TAG -> "(tag " + func(module.types().get(module.tagTypeIndices()[i])) + ")";
    };
  }

  private static String type(Module module, ImportDesc desc) {
    return switch (desc) {
      case ImportDesc.Func f -> func(module.types().get(f.typeIndex()));
      case ImportDesc.Table t -> table(t.type().elementType(), t.type().limits());
      case ImportDesc.Memory m -> "(memory " + limits(m.type().limits()) + ")";
      case ImportDesc.Global g -> global(g.type());
      case ImportDesc.Tag t -> "(tag " + func(module.types().get(t.typeIndex())) + ")";
    };
  }

  private static String table(ValType element, Limits limits) {
    return "(table " + limits(limits) + " " + element + ")";
  }

  private static String global(GlobalType type) {
    return type.mutable()
        ? "(global (mut " + type.valType() + "))"
        : "(global " + type.valType() + ")";
  }

  private static String limits(Limits limits) {
    String text = (limits.is64() ? "i64 " : "") + limits.min();
    return limits.hasMax() ? text + " " + limits.max() : text;
  }

  /**
   * Returns a function type in the text format.
   *
   * @param type the type
   * @return for example {@code (func (param i32 i32) (result i32))}
   */
  static String func(FuncType type) {
    StringBuilder sb = new StringBuilder("(func");
    list(sb, "param", type.params());
    list(sb, "result", type.results());
    return sb.append(')').toString();
  }

  private static void list(StringBuilder sb, String head, List<ValType> types) {
    if (!types.isEmpty()) {
      StringJoiner j = new StringJoiner(" ", " (" + head + " ", ")");
      types.forEach(t -> j.add(t.toString()));
      sb.append(j);
    }
  }
}

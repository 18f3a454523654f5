package dev.teracage.compiler.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded (or parsed) WebAssembly module: immutable, one list per section. Index spaces put
 * imports first: function {@code i} is the {@code i}-th function import when {@code i <
 * importedFunctionCount()}, else {@code functions().get(i - importedFunctionCount())}.
 *
 * @param types the type section
 * @param imports the import section
 * @param functions type index of each function defined here (the function section)
 * @param tables tables defined here
 * @param memories memories defined here
 * @param globals globals defined here
 * @param exports the export section
 * @param start the start function index, or -1
 * @param elements the element section
 * @param dataCount the data count section's value, or -1 when absent
 * @param codes the code section, one body per defined function
 * @param data the data section
 * @param tags exception tags defined here (WebAssembly 3.0)
 * @param customs custom sections other than {@code name}
 * @param names what the {@code name} section (or text identifiers) says
 * @see <a href="https://webassembly.github.io/spec/core/syntax/modules.html">Modules</a>
 */
public record Module(
    List<FuncType> types,
    List<Import> imports,
    List<Integer> functions,
    List<Table> tables,
    List<MemoryType> memories,
    List<Global> globals,
    List<Export> exports,
    int start,
    List<ElementSegment> elements,
    int dataCount,
    List<FunctionBody> codes,
    List<DataSegment> data,
    List<Tag> tags,
    List<CustomSection> customs,
    Names names) {

  /** Creates a module, copying every list. */
  public Module {
    types = List.copyOf(types);
    imports = List.copyOf(imports);
    functions = List.copyOf(functions);
    tables = List.copyOf(tables);
    memories = List.copyOf(memories);
    globals = List.copyOf(globals);
    exports = List.copyOf(exports);
    elements = List.copyOf(elements);
    codes = List.copyOf(codes);
    data = List.copyOf(data);
    tags = List.copyOf(tags);
    customs = List.copyOf(customs);
    names = names == null ? Names.NONE : names;
  }

  /**
   * Returns how many imports are of a kind.
   *
   * @param kind the kind
   * @return the count
   */
  public int importCount(ExternKind kind) {
    int n = 0;
    for (Import i : imports) {
      if (i.desc().kind() == kind) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the number of imported functions.
   *
   * @return the count
   */
  public int importedFunctionCount() {
    return importCount(ExternKind.FUNC);
  }

  /**
   * Returns the type index of every function, imports first: the function index space.
   *
   * @return one type index per function index
   */
  public int[] functionTypeIndices() {
    int[] result = new int[importedFunctionCount() + functions.size()];
    int n = 0;
    for (Import i : imports) {
      if (i.desc() instanceof ImportDesc.Func f) {
        result[n++] = f.typeIndex();
      }
    }
    for (int t : functions) {
      result[n++] = t;
    }
    return result;
  }

  /**
   * Returns the table type of every table, imports first: the table index space.
   *
   * @return the tables' types
   */
  public List<TableType> tableTypes() {
    List<TableType> result = new ArrayList<>();
    for (Import i : imports) {
      if (i.desc() instanceof ImportDesc.Table t) {
        result.add(t.type());
      }
    }
    for (Table t : tables) {
      result.add(t.type());
    }
    return result;
  }

  /**
   * Returns the memory type of every memory, imports first: the memory index space.
   *
   * @return the memories' types
   */
  public List<MemoryType> memoryTypes() {
    List<MemoryType> result = new ArrayList<>();
    for (Import i : imports) {
      if (i.desc() instanceof ImportDesc.Memory m) {
        result.add(m.type());
      }
    }
    result.addAll(memories);
    return result;
  }

  /**
   * Returns the global type of every global, imports first: the global index space.
   *
   * @return the globals' types
   */
  public List<GlobalType> globalTypes() {
    List<GlobalType> result = new ArrayList<>();
    for (Import i : imports) {
      if (i.desc() instanceof ImportDesc.Global g) {
        result.add(g.type());
      }
    }
    for (Global g : globals) {
      result.add(g.type());
    }
    return result;
  }

  /**
   * Returns the type index of every tag, imports first: the tag index space.
   *
   * @return one type index per tag index
   */
  public int[] tagTypeIndices() {
    List<Integer> result = new ArrayList<>();
    for (Import i : imports) {
      if (i.desc() instanceof ImportDesc.Tag t) {
        result.add(t.typeIndex());
      }
    }
    for (Tag t : tags) {
      result.add(t.typeIndex());
    }
    return result.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Returns a builder for a module, with every section empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects a module's parts section by section; {@link #build()} makes it immutable. */
  public static final class Builder {
    /** The type section. */
    public final List<FuncType> types = new ArrayList<>();

    /** The import section. */
    public final List<Import> imports = new ArrayList<>();

    /** The function section. */
    public final List<Integer> functions = new ArrayList<>();

    /** The table section. */
    public final List<Table> tables = new ArrayList<>();

    /** The memory section. */
    public final List<MemoryType> memories = new ArrayList<>();

    /** The global section. */
    public final List<Global> globals = new ArrayList<>();

    /** The export section. */
    public final List<Export> exports = new ArrayList<>();

    /** The start function index, or -1. */
    public int start = -1;

    /** The element section. */
    public final List<ElementSegment> elements = new ArrayList<>();

    /** The data count, or -1. */
    public int dataCount = -1;

    /** The code section. */
    public final List<FunctionBody> codes = new ArrayList<>();

    /** The data section. */
    public final List<DataSegment> data = new ArrayList<>();

    /** The tag section. */
    public final List<Tag> tags = new ArrayList<>();

    /** Custom sections other than {@code name}. */
    public final List<CustomSection> customs = new ArrayList<>();

    /** The names. */
    public Names names = Names.NONE;

    Builder() {}

    /**
     * Returns the immutable module.
     *
     * @return the module
     */
    public Module build() {
      return new Module(
          types, imports, functions, tables, memories, globals, exports, start, elements, dataCount,
          codes, data, tags, customs, names);
    }
  }
}

package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ArenaLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Assembles a {@link ModuleImage} piece by piece and computes its {@link ArenaLayout}. Obtained
 * from {@link ModuleImage#builder(String)}; not thread-safe.
 */
public final class ModuleImageBuilder {
  private final String className;
  private final List<FuncSig> types = new ArrayList<>();
  private final List<Import> imports = new ArrayList<>();
  private int[] functionTypes = new int[16];
  private int[] bodyOffsets = new int[16];
  private int functionCount;
  private final List<TableType> tables = new ArrayList<>();
  private final List<MemoryType> memories = new ArrayList<>();
  private final List<Global> globals = new ArrayList<>();
  private final List<Export> exports = new ArrayList<>();
  private OptionalInt start = OptionalInt.empty();
  private final List<ElementSegment> elements = new ArrayList<>();
  private final List<DataSegment> data = new ArrayList<>();
  private Names names = Names.NONE;
  private long tableElementLimit = ArenaLayout.DEFAULT_TABLE_ELEMENT_LIMIT;
  private long memoryPageLimit = ArenaLayout.DEFAULT_MEMORY_PAGE_LIMIT;

  ModuleImageBuilder(String className) {
    this.className = Objects.requireNonNull(className);
  }

  /**
   * Adds a signature.
   *
   * @param sig the signature
   * @return its type index
   */
  public int type(FuncSig sig) {
    types.add(Objects.requireNonNull(sig));
    return types.size() - 1;
  }

  /**
   * Adds an import.
   *
   * @param i the import
   * @return this builder
   */
  public ModuleImageBuilder addImport(Import i) {
    imports.add(Objects.requireNonNull(i));
    return this;
  }

  /**
   * Adds a defined function.
   *
   * @param typeIndex its type index
   * @param bodyOffset the byte offset of its body in the original binary
   * @return this builder
   */
  public ModuleImageBuilder function(int typeIndex, int bodyOffset) {
    if (functionCount == functionTypes.length) {
      functionTypes = Arrays.copyOf(functionTypes, functionCount * 2);
      bodyOffsets = Arrays.copyOf(bodyOffsets, functionCount * 2);
    }
    functionTypes[functionCount] = typeIndex;
    bodyOffsets[functionCount++] = bodyOffset;
    return this;
  }

  /**
   * Adds a defined table.
   *
   * @param type its type
   * @return this builder
   */
  public ModuleImageBuilder table(TableType type) {
    tables.add(Objects.requireNonNull(type));
    return this;
  }

  /**
   * Adds a defined memory.
   *
   * @param type its type
   * @return this builder
   */
  public ModuleImageBuilder memory(MemoryType type) {
    memories.add(Objects.requireNonNull(type));
    return this;
  }

  /**
   * Adds a defined global.
   *
   * @param global the global
   * @return this builder
   */
  public ModuleImageBuilder global(Global global) {
    globals.add(Objects.requireNonNull(global));
    return this;
  }

  /**
   * Adds an export.
   *
   * @param export the export
   * @return this builder
   */
  public ModuleImageBuilder export(Export export) {
    exports.add(Objects.requireNonNull(export));
    return this;
  }

  /**
   * Sets the start function.
   *
   * @param function its function index
   * @return this builder
   */
  public ModuleImageBuilder start(int function) {
    start = OptionalInt.of(function);
    return this;
  }

  /**
   * Adds an element segment.
   *
   * @param segment the segment
   * @return this builder
   */
  public ModuleImageBuilder element(ElementSegment segment) {
    elements.add(Objects.requireNonNull(segment));
    return this;
  }

  /**
   * Adds a data segment.
   *
   * @param segment the segment
   * @return this builder
   */
  public ModuleImageBuilder data(DataSegment segment) {
    data.add(Objects.requireNonNull(segment));
    return this;
  }

  /**
   * Sets the names.
   *
   * @param names the names
   * @return this builder
   */
  public ModuleImageBuilder names(Names names) {
    this.names = Objects.requireNonNull(names);
    return this;
  }

  /**
   * Sets the reservation limits of the layout (defaults: {@link
   * ArenaLayout#DEFAULT_TABLE_ELEMENT_LIMIT}, {@link ArenaLayout#DEFAULT_MEMORY_PAGE_LIMIT}).
   *
   * @param tableElementLimit most elements reserved per table
   * @param memoryPageLimit most pages reserved per memory
   * @return this builder
   */
  public ModuleImageBuilder limits(long tableElementLimit, long memoryPageLimit) {
    this.tableElementLimit = tableElementLimit;
    this.memoryPageLimit = memoryPageLimit;
    return this;
  }

  /**
   * Computes the layout of what was added so far; the compiler uses it for global offsets.
   *
   * @return the layout
   */
  public ArenaLayout layout() {
    return ModuleImage.layoutOf(
        imports,
        tables,
        memories,
        globals,
        elements.size(),
        data.size(),
        tableElementLimit,
        memoryPageLimit);
  }

  /**
   * Builds the image.
   *
   * @return the image
   */
  public ModuleImage build() {
    return new ModuleImage(
        className,
        types,
        imports,
        Arrays.copyOf(functionTypes, functionCount),
        tables,
        memories,
        globals,
        exports,
        start,
        elements,
        data,
        names,
        Arrays.copyOf(bodyOffsets, functionCount),
        layout(),
        ImageOrigin.UNKNOWN,
        java.util.Optional.empty());
  }
}

package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ArenaLayoutBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the runtime needs to instantiate a compiled module, with no WebAssembly parser: the
 * signatures, imports, exports, tables, memories, globals with their pre-evaluated initial values,
 * segments, start function, names, the generated class and the {@link ArenaLayout} its code was
 * compiled against. Written by the compiler with {@link ImageWriter}, read with {@link
 * ImageReader}. Index spaces (functions, tables, memories, globals) put imports first, as in the
 * specification. Arrays are copied in and out; equality is by value.
 *
 * @param className binary name of the generated class, for example {@code wasm.m0.Module}
 * @param types the signatures, referenced by type index
 * @param imports the imports in order
 * @param functionTypes the type index of each DEFINED function
 * @param tables the defined tables
 * @param memories the defined memories
 * @param globals the defined globals
 * @param exports the exports
 * @param start the start function's index, if any
 * @param elements the element segments
 * @param data the data segments
 * @param names names for stack traces
 * @param functionBodyOffsets for each DEFINED function, the byte offset of its body in the original
 *     binary (traps report offsets relative to it)
 * @param layout the arena layout, which must be the one {@link #layoutOf} computes
 * @param origin the producer and the hashes pairing the image with its module and classes
 * @param state the instantiated state (arena contents and steps left), or empty to instantiate
 *     every step from the description at run time
 */
public record ModuleImage(
    String className,
    List<FuncSig> types,
    List<Import> imports,
    int[] functionTypes,
    List<TableType> tables,
    List<MemoryType> memories,
    List<Global> globals,
    List<Export> exports,
    OptionalInt start,
    List<ElementSegment> elements,
    List<DataSegment> data,
    Names names,
    int[] functionBodyOffsets,
    ArenaLayout layout,
    ImageOrigin origin,
    Optional<ArenaState> state) {

  /**
   * Copies and checks the image's shape (references are checked by {@link ImageReader}).
   *
   * @throws IllegalArgumentException if the body offsets do not match the defined functions, or the
   *     layout is not the one this module's contents give
   */
  public ModuleImage {
    Objects.requireNonNull(className);
    types = List.copyOf(types);
    imports = List.copyOf(imports);
    functionTypes = functionTypes.clone();
    tables = List.copyOf(tables);
    memories = List.copyOf(memories);
    globals = List.copyOf(globals);
    exports = List.copyOf(exports);
    Objects.requireNonNull(start);
    elements = List.copyOf(elements);
    data = List.copyOf(data);
    Objects.requireNonNull(names);
    functionBodyOffsets = functionBodyOffsets.clone();
    if (functionBodyOffsets.length != functionTypes.length) {
      throw new IllegalArgumentException(
          functionTypes.length + " functions but " + functionBodyOffsets.length + " body offsets");
    }
    ArenaLayout expected =
        layoutOf(
            imports,
            tables,
            memories,
            globals,
            elements.size(),
            data.size(),
            layout.tableElementLimit(),
            layout.memoryPageLimit());
    if (!expected.equals(layout)) {
      throw new IllegalArgumentException("layout " + layout + " does not match " + expected);
    }
    Objects.requireNonNull(origin);
    Objects.requireNonNull(state);
    int functionCount = functionTypes.length;
    for (Import i : imports) {
      if (i.kind() == ExternKind.FUNC) {
        functionCount++;
      }
    }
    if (state.isPresent()) {
      checkState(state.get(), layout, functionCount);
    }
  }

  private static void checkState(ArenaState s, ArenaLayout layout, int functions) {
    List<ArenaState.Range> ranges = s.ranges();
    if (!ranges.isEmpty() && ranges.getLast().end() > layout.reservedSize()) {
      throw new IllegalArgumentException(
          "state range ends at "
              + ranges.getLast().end()
              + ", past the arena's "
              + layout.reservedSize());
    }
    for (int f : s.handleFunctions()) {
      if (f < -1 || f >= functions) {
        throw new IllegalArgumentException("handle refers to function " + f + " of " + functions);
      }
    }
  }

  /**
   * Returns this image with an instantiated state.
   *
   * @param newState the state
   * @return a new image
   */
  public ModuleImage withState(ArenaState newState) {
    return with(layout, origin, Optional.of(newState));
  }

  /**
   * Returns this image, without state, with the layout of other limits (as an instance created with
   * lower limits has).
   *
   * @param newLayout a layout of this module, {@link ArenaLayout#withLimits} of this one
   * @return a new image without state
   */
  public ModuleImage withLayout(ArenaLayout newLayout) {
    return with(newLayout, origin, Optional.empty());
  }

  /**
   * Returns this image with another origin.
   *
   * @param newOrigin the origin
   * @return a new image
   */
  public ModuleImage withOrigin(ImageOrigin newOrigin) {
    return with(layout, newOrigin, state);
  }

  /** This image's module description with another layout, origin and state. */
  private ModuleImage with(
      ArenaLayout newLayout, ImageOrigin newOrigin, Optional<ArenaState> newState) {
    return new ModuleImage(
        className,
        types,
        imports,
        functionTypes,
        tables,
        memories,
        globals,
        exports,
        start,
        elements,
        data,
        names,
        functionBodyOffsets,
        newLayout,
        newOrigin,
        newState);
  }

  /**
   * Computes the arena layout of a module's contents.
   *
   * @param imports the imports (imported globals get slots, imported tables and memories do not)
   * @param tables the defined tables
   * @param memories the defined memories
   * @param globals the defined globals
   * @param elemSegmentCount the number of element segments
   * @param dataSegmentCount the number of data segments
   * @param tableElementLimit the table reservation limit
   * @param memoryPageLimit the memory reservation limit
   * @return the layout
   * @throws IllegalArgumentException if the limits are out of the layout's ranges
   */
  public static ArenaLayout layoutOf(
      List<Import> imports,
      List<TableType> tables,
      List<MemoryType> memories,
      List<Global> globals,
      int elemSegmentCount,
      int dataSegmentCount,
      long tableElementLimit,
      long memoryPageLimit) {
    ArenaLayoutBuilder b = ArenaLayout.builder();
    int importedTables = 0;
    int importedMemories = 0;
    for (Import i : imports) {
      switch (i.desc()) {
        case ImportDesc.Global g -> b.global(g.type().valueType());
        case ImportDesc.Table t -> importedTables++;
        case ImportDesc.Memory m -> importedMemories++;
        case ImportDesc.Func f -> {}
      }
    }
    for (Global g : globals) {
      b.global(g.type().valueType());
    }
    b.importedTables(importedTables).importedMemories(importedMemories);
    for (TableType t : tables) {
      b.table(t.limits().min(), t.limits().max());
    }
    for (MemoryType m : memories) {
      b.memory(m.limits().min(), m.limits().max());
    }
    return b.elemSegments(elemSegmentCount)
        .dataSegments(dataSegmentCount)
        .tableElementLimit(tableElementLimit)
        .memoryPageLimit(memoryPageLimit)
        .build();
  }

  /**
   * Returns a builder.
   *
   * @param className binary name of the generated class
   * @return a new builder
   */
  public static ModuleImageBuilder builder(String className) {
    return new ModuleImageBuilder(className);
  }

  @Override
  public int[] functionTypes() {
    return functionTypes.clone();
  }

  @Override
  public int[] functionBodyOffsets() {
    return functionBodyOffsets.clone();
  }

  /**
   * Returns how many imports have a kind (scans the imports).
   *
   * @param kind the kind
   * @return the number of imports of that kind
   */
  public int importCount(ExternKind kind) {
    int count = 0;
    for (Import i : imports) {
      if (i.kind() == kind) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the signature of a function of the index space (imports first).
   *
   * @param function a function index
   * @return its signature
   */
  public FuncSig functionSig(int function) {
    int seen = 0;
    for (Import i : imports) {
      if (i.desc() instanceof ImportDesc.Func f && seen++ == function) {
        return types.get(f.typeIndex());
      }
    }
    return types.get(functionTypes[function - seen]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModuleImage m
        && className.equals(m.className)
        && types.equals(m.types)
        && imports.equals(m.imports)
        && Arrays.equals(functionTypes, m.functionTypes)
        && tables.equals(m.tables)
        && memories.equals(m.memories)
        && globals.equals(m.globals)
        && exports.equals(m.exports)
        && start.equals(m.start)
        && elements.equals(m.elements)
        && data.equals(m.data)
        && names.equals(m.names)
        && Arrays.equals(functionBodyOffsets, m.functionBodyOffsets)
        && layout.equals(m.layout)
        && origin.equals(m.origin)
        && state.equals(m.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        className,
        types,
        imports,
        Arrays.hashCode(functionTypes),
        tables,
        memories,
        globals,
        exports,
        start,
        elements,
        data,
        names,
        Arrays.hashCode(functionBodyOffsets),
        layout,
        origin,
        state);
  }

  @Override
  public String toString() {
    return "ModuleImage["
        + className
        + ", types="
        + types.size()
        + ", imports="
        + imports.size()
        + ", functions="
        + functionTypes.length
        + ", tables="
        + tables.size()
        + ", memories="
        + memories.size()
        + ", globals="
        + globals.size()
        + ", exports="
        + exports.size()
        + ", elements="
        + elements.size()
        + ", data="
        + data.size()
        + ", "
        + layout
        + state.map(st -> ", " + st).orElse("")
        + "]";
  }
}

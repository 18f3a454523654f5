package dev.teracage.compiler.text;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Module;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What parsing one module knows: the index spaces with their identifiers (all collected before any
 * field is parsed, so fields can refer forward), the type section as it grows with implicit types,
 * and the module being built.
 */
final class ModuleContext {
  final TokenReader reader;
  final Module.Builder module = Module.builder();
  final IndexSpace types = new IndexSpace("type");
  final IndexSpace funcs = new IndexSpace("func");
  final IndexSpace tables = new IndexSpace("table");
  final IndexSpace memories = new IndexSpace("memory");
  final IndexSpace globals = new IndexSpace("global");
  final IndexSpace elems = new IndexSpace("elem");
  final IndexSpace datas = new IndexSpace("data");
  final IndexSpace tags = new IndexSpace("tag");
  final Map<Integer, String> functionNames = new HashMap<>();
  private final Map<FuncType, Integer> firstTypeIndex = new HashMap<>();
  final Map<Integer, Map<Integer, String>> localNames = new HashMap<>();

  /** For each memory index, whether the memory is 64-bit (memory64), from the first pass. */
  final List<Boolean> memory64 = new java.util.ArrayList<>();

  /**
   * Tells whether a memory is 64-bit.
   *
   * @param index the memory index
   * @return true for an {@code i64} memory
   */
  boolean isMemory64(int index) {
    return index >= 0 && index < memory64.size() && memory64.get(index);
  }

  /** Whether code uses {@code memory.init} or {@code data.drop}, which need a data count. */
  boolean usesDataIndices;

  /** Whether WebAssembly 3.0 rules apply ({@link TextRules#WASM_3_0}). */
  final boolean wasm3;

  ModuleContext(TokenReader reader, boolean wasm3) {
    this.reader = reader;
    this.wasm3 = wasm3;
  }

  /**
   * Returns the type section so far (explicit types, then implicit ones in order of use).
   *
   * @return the live list
   */
  List<FuncType> typeList() {
    return module.types;
  }

  /**
   * Returns the index of the first type equal to a function type, appending it when there is none
   * (the implicit type definition of a type use).
   *
   * @param type the function type
   * @return its index
   */
  int typeIndexOf(FuncType type) {
    Integer i = firstTypeIndex.get(type);
    return i != null ? i : addType(type);
  }

  /**
   * Appends a type to the type section.
   *
   * @param type the function type
   * @return its index
   */
  int addType(FuncType type) {
    int index = module.types.size();
    module.types.add(type);
    firstTypeIndex.putIfAbsent(type, index);
    return index;
  }
}

package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.List;

/**
 * The validation context C: what each index space holds, as type codes ({@link Types}) in arrays,
 * so body validation looks things up without allocating. Lookups check the index and throw {@code
 * "unknown <space> <index>"} as the reference interpreter does.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/valid/conventions.html#contexts">Contexts</a>
 */
final class Context {
  /** Parameter types of each type index. */
  final int[][] typeParams;

  /** Result types of each type index. */
  final int[][] typeResults;

  /** Type index of each function, imports first. */
  final int[] funcTypes;

  /** Element type of each table, imports first. */
  final int[] tableTypes;

  /** Address type ({@link Types#I32} or {@link Types#I64}) of each memory, imports first. */
  final int[] memoryAddressTypes;

  /** Value type of each global, imports first. */
  final int[] globalTypes;

  /** Mutability of each global, imports first. */
  final boolean[] globalMutable;

  /** How many globals are imported: the globals constant expressions may read (2.0 rule). */
  final int importedGlobalCount;

  /** Element type of each element segment. */
  final int[] elemTypes;

  /** Number of data segments. */
  final int dataCount;

  /** C.refs: whether each function is declared for {@code ref.func} outside function bodies. */
  final boolean[] refs;

  private Context(Module m) {
    List<FuncType> types = m.types();
    typeParams = new int[types.size()][];
    typeResults = new int[types.size()][];
    for (int i = 0; i < types.size(); i++) {
      typeParams[i] = supported(Types.of(types.get(i).params()), types.get(i).params());
      typeResults[i] = supported(Types.of(types.get(i).results()), types.get(i).results());
    }
    int[] funcs = m.functionTypeIndices();
    int funcIndex = 0;
    for (Import imp : m.imports()) {
      if (imp.desc() instanceof ImportDesc.Func f) {
        type(f.typeIndex());
        funcIndex++;
      }
    }
    for (; funcIndex < funcs.length; funcIndex++) {
      try {
        type(funcs[funcIndex]);
      } catch (InvalidException e) {
        throw e.at(Location.UNKNOWN.inFunction(funcIndex, m.names().functionName(funcIndex)));
      }
    }
    funcTypes = funcs;
    List<TableType> tables = m.tableTypes();
    tableTypes = new int[tables.size()];
    for (int i = 0; i < tableTypes.length; i++) {
      tableTypes[i] = supported(tables.get(i).elementType());
      if (!Types.isRef(tableTypes[i])) {
        throw new InvalidException("malformed reference type", Location.UNKNOWN);
      }
    }
    List<MemoryType> memories = m.memoryTypes();
    memoryAddressTypes = new int[memories.size()];
    for (int i = 0; i < memoryAddressTypes.length; i++) {
      memoryAddressTypes[i] = memories.get(i).limits().is64() ? Types.I64 : Types.I32;
    }
    List<GlobalType> globals = m.globalTypes();
    globalTypes = new int[globals.size()];
    globalMutable = new boolean[globals.size()];
    for (int i = 0; i < globalTypes.length; i++) {
      globalTypes[i] = supported(globals.get(i).valType());
      globalMutable[i] = globals.get(i).mutable();
    }
    importedGlobalCount = m.importCount(ExternKind.GLOBAL);
    List<ElementSegment> elements = m.elements();
    elemTypes = new int[elements.size()];
    for (int i = 0; i < elemTypes.length; i++) {
      elemTypes[i] = supported(elements.get(i).type());
      if (!Types.isRef(elemTypes[i])) {
        throw new InvalidException("malformed reference type", Location.UNKNOWN);
      }
    }
    dataCount = m.data().size();
    refs = new boolean[funcs.length];
  }

  /**
   * Builds the context of a module, checking the type index of every function.
   *
   * @param m the module
   * @return the context, with {@link #refs} still empty
   * @throws InvalidException on an unknown type index or an unsupported value type
   */
  static Context of(Module m) {
    return new Context(m);
  }

  private static int supported(ValType t) {
    int code = Types.of(t);
    if (code == Types.UNSUPPORTED) {
      throw unsupported(t);
    }
    return code;
  }

  private static int[] supported(int[] codes, List<ValType> types) {
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == Types.UNSUPPORTED) {
        throw unsupported(types.get(i));
      }
    }
    return codes;
  }

  private static InvalidException unsupported(ValType t) {
    return new InvalidException(
        "unsupported value type " + t + " (WebAssembly 3.0 typed references)", Location.UNKNOWN);
  }

  /**
   * Returns the reference interpreter's error for an index out of range.
   *
   * @param space the index space, for example {@code "local"} or {@code "elem segment"}
   * @param index the u32 index (as int bits)
   * @return {@code "unknown <space> <index>"}, without a location
   */
  static InvalidException unknown(String space, long index) {
    return new InvalidException(
        "unknown " + space + " " + Long.toUnsignedString(index & 0xFFFFFFFFL), Location.UNKNOWN);
  }

  /**
   * Checks a type index.
   *
   * @param index a u32 type index (as int bits)
   * @return the index
   */
  int type(int index) {
    if (index < 0 || index >= typeParams.length) {
      throw unknown("type", index);
    }
    return index;
  }

  /**
   * Returns the type index of a function.
   *
   * @param index a u32 function index
   * @return the type index
   */
  int funcType(int index) {
    if (index < 0 || index >= funcTypes.length) {
      throw unknown("function", index);
    }
    return funcTypes[index];
  }

  /**
   * Returns the element type of a table.
   *
   * @param index a u32 table index
   * @return its type code
   */
  int table(int index) {
    if (index < 0 || index >= tableTypes.length) {
      throw unknown("table", index);
    }
    return tableTypes[index];
  }

  /**
   * Returns the address type of a memory.
   *
   * @param index a u32 memory index
   * @return {@link Types#I32} or {@link Types#I64}
   */
  int memory(int index) {
    if (index < 0 || index >= memoryAddressTypes.length) {
      throw unknown("memory", index);
    }
    return memoryAddressTypes[index];
  }

  /**
   * Returns the value type of a global.
   *
   * @param index a u32 global index
   * @return its type code
   */
  int global(int index) {
    if (index < 0 || index >= globalTypes.length) {
      throw unknown("global", index);
    }
    return globalTypes[index];
  }

  /**
   * Returns the element type of an element segment.
   *
   * @param index a u32 element segment index
   * @return its type code
   */
  int elem(int index) {
    if (index < 0 || index >= elemTypes.length) {
      throw unknown("elem segment", index);
    }
    return elemTypes[index];
  }

  /**
   * Checks a data segment index.
   *
   * @param index a u32 data segment index
   */
  void data(int index) {
    if (index < 0 || index >= dataCount) {
      throw unknown("data segment", index);
    }
  }
}

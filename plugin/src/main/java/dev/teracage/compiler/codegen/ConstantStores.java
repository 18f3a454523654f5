package dev.teracage.compiler.codegen;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Opcode;
import java.util.List;

/**
 * Runs of stores of constants to constant addresses inside memory 0's minimum size, written by one
 * call ({@code MemoryOps.storeConstants}) instead of one access each. clang initializes static C
 * data this way at the top of a function. An access costs C2 about 690 parse nodes, and such a
 * prologue used up the budget C2 has for the function's hot loops (RATIONALE.md, "Memory
 * accesses"). These stores cannot trap, and nothing can observe memory between them, so writing
 * them in one call changes nothing the module can see.
 */
final class ConstantStores {
  /** The shortest run worth a call. */
  static final int MIN_RUN = 4;

  /** The longest run in one call (its string constant stays far below the class file's limit). */
  static final int MAX_RUN = 1_000;

  private static final int CHARS = 7;

  private ConstantStores() {}

  /**
   * At an {@code i32.const} about to be emitted: when it starts a run of at least {@link #MIN_RUN}
   * constant stores, emits the call, moves the reader past the run and returns true.
   *
   * @param f the function being emitted whole
   * @return whether the run was emitted
   */
  static boolean emit(FunctionEmitter f) {
    if (f.body == null || f.split != null || f.condition != null) {
      return false;
    }
    long limit = minimumBytes(f.info.module().memoryTypes());
    if (limit <= 0) {
      return false;
    }
    byte[] code = f.body.body().code();
    CodeReader r = new CodeReader(false);
    r.reset(code, f.reader.position(), f.body.body().length(), 0);
    StringBuilder stores = new StringBuilder();
    int count = 0;
    while (count < MAX_RUN && r.hasNext() && r.next() == Opcode.I32_CONST) {
      long address = Integer.toUnsignedLong(r.i32Value());
      if (!r.hasNext()) {
        break;
      }
      Opcode constant = r.next();
      long value;
      switch (constant) {
        case I32_CONST -> value = r.i32Value();
        case I64_CONST -> value = r.i64Value();
        case F32_CONST -> value = r.f32Bits();
        case F64_CONST -> value = r.f64Bits();
        default -> value = 0;
      }
      if (!r.hasNext()) {
        break;
      }
      int width = width(constant, r.next());
      if (width == 0 || r.memoryIndex() != 0) {
        break;
      }
      address += r.memoryOffset();
      if (address + width > limit) {
        break;
      }
      stores.append((char) (address >>> 16)).append((char) address).append((char) width);
      stores.append((char) (value >>> 48)).append((char) (value >>> 32));
      stores.append((char) (value >>> 16)).append((char) value);
      count++;
    }
    if (count < MIN_RUN) {
      return false;
    }
    // The current i32.const is the run's first instruction; the reader moves past the rest.
    for (int i = 1; i < 3 * count; i++) {
      f.reader.next();
    }
    f.cb.loadConstant(stores.toString());
    f.loadContext();
    Helpers.STORE_CONSTANTS.invoke(f.cb);
    return true;
  }

  /** Memory 0's minimum size in bytes, or 0 without a memory. */
  private static long minimumBytes(List<MemoryType> memories) {
    if (memories.isEmpty() || memories.getFirst().limits().is64()) {
      return 0;
    }
    return memories.getFirst().limits().min() * 65_536L;
  }

  /** The width of a store of the constant's type, or 0 when {@code store} is not one. */
  private static int width(Opcode constant, Opcode store) {
    return switch (constant) {
      case I32_CONST ->
          switch (store) {
            case I32_STORE -> 4;
            case I32_STORE16 -> 2;
            case I32_STORE8 -> 1;
            default -> 0;
          };
      case I64_CONST ->
          switch (store) {
            case I64_STORE -> 8;
            case I64_STORE32 -> 4;
            case I64_STORE16 -> 2;
            case I64_STORE8 -> 1;
            default -> 0;
          };
      case F32_CONST -> store == Opcode.F32_STORE ? 4 : 0;
      case F64_CONST -> store == Opcode.F64_STORE ? 8 : 0;
      default -> 0;
    };
  }
}

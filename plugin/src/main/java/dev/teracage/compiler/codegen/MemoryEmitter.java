package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.Opcode;

/**
 * Loads and stores: a call to the class's accessor stub for the opcode, with the u32 offset and the
 * context; the stub reads or writes {@code ctx.memory0} little-endian at {@code unsigned address +
 * offset}.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions">
 *     Memory instructions</a>
 */
final class MemoryEmitter {
  private MemoryEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    f.cb.loadConstant((int) f.reader.memoryOffset());
    f.loadContext();
    int memory = f.reader.memoryIndex();
    if (op.signature().endsWith(":")) {
      f.info.stubs().store(f.cb, op, memory);
    } else {
      f.info.stubs().load(f.cb, op, memory);
    }
    f.stack.apply(op.signature());
  }
}

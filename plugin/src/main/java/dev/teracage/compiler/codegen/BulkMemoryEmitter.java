package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;

/**
 * {@code memory.size} (inline, from the segment's size) and {@code memory.grow}, {@code
 * memory.fill}, {@code memory.copy}, {@code memory.init}, {@code data.drop} through {@code
 * MemoryOps}.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions">
 *     Memory instructions</a>
 */
final class BulkMemoryEmitter {
  private BulkMemoryEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    switch (op) {
      case MEMORY_SIZE -> {
        f.loadContext();
        f.info.stubs().memorySize(cb, f.reader.memoryIndex());
        f.stack.push(ValType.I32);
      }
      case MEMORY_GROW -> {
        f.loadContext();
        cb.loadConstant(f.reader.memoryIndex());
        Helpers.MEMORY_GROW.invoke(cb);
      }
      case MEMORY_FILL -> {
        f.loadContext();
        cb.loadConstant(f.reader.memoryIndex());
        Helpers.MEMORY_FILL.invoke(cb);
        f.stack.drop(3);
      }
      case MEMORY_COPY -> {
        f.loadContext();
        cb.loadConstant(f.reader.memoryIndex());
        cb.loadConstant(f.reader.sourceMemoryIndex());
        Helpers.MEMORY_COPY.invoke(cb);
        f.stack.drop(3);
      }
      case MEMORY_INIT -> {
        f.loadContext();
        cb.loadConstant(f.reader.dataIndex());
        cb.loadConstant(f.reader.memoryIndex());
        Helpers.MEMORY_INIT.invoke(cb);
        f.stack.drop(3);
      }
      case DATA_DROP -> {
        f.loadContext();
        cb.loadConstant(f.reader.dataIndex());
        Helpers.DATA_DROP.invoke(cb);
      }
      default -> throw new IllegalArgumentException(op.mnemonic());
    }
  }
}

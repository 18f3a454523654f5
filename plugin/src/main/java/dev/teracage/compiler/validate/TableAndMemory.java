package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Opcode;

/**
 * Types the table, memory and bulk instructions without a fixed signature ({@code memory.size},
 * {@code table.get}, {@code memory.init}, {@code table.copy}, ...), and rejects the WebAssembly 3.0
 * instructions this validator does not type yet.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/valid/instructions.html#table-instructions">Table
 *     instructions</a>
 * @see <a
 *     href="https://webassembly.github.io/spec/core/valid/instructions.html#memory-instructions">Memory
 *     instructions</a>
 */
final class TableAndMemory {
  private TableAndMemory() {}

  /**
   * Types one instruction.
   *
   * @param op the opcode, one without a fixed signature and not typed by {@link FunctionValidator}
   *     itself
   * @param reader positioned after the instruction's immediates
   * @param stack the operand stack
   * @param context the module context
   */
  static void instruction(Opcode op, CodeReader reader, TypeStack stack, Context context) {
    switch (op) {
      case MEMORY_SIZE -> stack.push(context.memory(reader.memoryIndex()));
      case MEMORY_GROW -> {
        int a = context.memory(reader.memoryIndex());
        stack.pop(a);
        stack.push(a);
      }
      case MEMORY_FILL -> {
        int a = context.memory(reader.memoryIndex());
        stack.pop(a);
        stack.pop(Types.I32);
        stack.pop(a);
      }
      case MEMORY_COPY -> {
        int dst = context.memory(reader.memoryIndex());
        int src = context.memory(reader.sourceMemoryIndex());
        stack.pop(dst == Types.I64 && src == Types.I64 ? Types.I64 : Types.I32);
        stack.pop(src);
        stack.pop(dst);
      }
      case MEMORY_INIT -> {
        int a = context.memory(reader.memoryIndex());
        context.data(reader.dataIndex());
        stack.pop(Types.I32);
        stack.pop(Types.I32);
        stack.pop(a);
      }
      case DATA_DROP -> context.data(reader.dataIndex());
      case TABLE_GET -> {
        int t = context.table(reader.tableIndex());
        stack.pop(Types.I32);
        stack.push(t);
      }
      case TABLE_SET -> {
        int t = context.table(reader.tableIndex());
        stack.pop(t);
        stack.pop(Types.I32);
      }
      case TABLE_SIZE -> {
        context.table(reader.tableIndex());
        stack.push(Types.I32);
      }
      case TABLE_GROW -> {
        int t = context.table(reader.tableIndex());
        stack.pop(Types.I32);
        stack.pop(t);
        stack.push(Types.I32);
      }
      case TABLE_FILL -> {
        int t = context.table(reader.tableIndex());
        stack.pop(Types.I32);
        stack.pop(t);
        stack.pop(Types.I32);
      }
      case TABLE_COPY -> {
        int dst = context.table(reader.tableIndex());
        int src = context.table(reader.sourceTableIndex());
        if (dst != src) {
          throw TypeStack.typeMismatch();
        }
        stack.pop(Types.I32);
        stack.pop(Types.I32);
        stack.pop(Types.I32);
      }
      case TABLE_INIT -> {
        int table = context.table(reader.tableIndex());
        int elem = context.elem(reader.elemIndex());
        if (table != elem) {
          throw TypeStack.typeMismatch();
        }
        stack.pop(Types.I32);
        stack.pop(Types.I32);
        stack.pop(Types.I32);
      }
      case ELEM_DROP -> context.elem(reader.elemIndex());
      default ->
          throw new InvalidException(
              "unsupported instruction " + op.mnemonic() + " (WebAssembly 3.0)", Location.UNKNOWN);
    }
  }
}

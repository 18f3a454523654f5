package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;

/**
 * Reference instructions ({@code ref.null}, {@code ref.is_null}, {@code ref.func}: a funcref is a
 * {@code FuncRef} from {@code ctx.functions}, null is {@code null}) and table instructions through
 * {@code TableOps}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#table-instructions">
 *     Table instructions</a>
 */
final class ReferenceEmitter {
  private ReferenceEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    switch (op) {
      case REF_NULL -> {
        cb.aconst_null();
        f.stack.push(ValType.ref(true, f.reader.heapType()));
      }
      case REF_IS_NULL -> {
        f.stack.pop();
        Label isNull = cb.newLabel();
        Label done = cb.newLabel();
        cb.ifnull(isNull);
        cb.iconst_0();
        cb.goto_(done);
        cb.labelBinding(isNull);
        cb.iconst_1();
        cb.labelBinding(done);
        f.stack.push(ValType.I32);
      }
      case REF_FUNC -> {
        f.loadContext();
        cb.getfield(JvmTypes.CONTEXT, "functions", JvmTypes.FUNC_REF.arrayType());
        cb.loadConstant(f.reader.functionIndex());
        cb.aaload();
        f.stack.push(ValType.FUNCREF);
      }
      case TABLE_GET -> {
        int table = f.reader.tableIndex();
        tableCall(f, Helpers.TABLE_GET, table);
        ValType t = f.info.tables().get(table).elementType();
        if (JvmTypes.isFuncRef(t)) {
          cb.checkcast(JvmTypes.FUNC_REF);
        }
        f.stack.pop();
        f.stack.push(t);
      }
      case TABLE_SET -> {
        tableCall(f, Helpers.TABLE_SET, f.reader.tableIndex());
        f.stack.drop(2);
      }
      case TABLE_SIZE -> {
        tableCall(f, Helpers.TABLE_SIZE, f.reader.tableIndex());
        f.stack.push(ValType.I32);
      }
      case TABLE_GROW -> {
        tableCall(f, Helpers.TABLE_GROW, f.reader.tableIndex());
        f.stack.drop(2);
        f.stack.push(ValType.I32);
      }
      case TABLE_FILL -> {
        tableCall(f, Helpers.TABLE_FILL, f.reader.tableIndex());
        f.stack.drop(3);
      }
      case TABLE_COPY -> {
        f.loadContext();
        cb.loadConstant(f.reader.tableIndex());
        cb.loadConstant(f.reader.sourceTableIndex());
        Helpers.TABLE_COPY.invoke(cb);
        f.stack.drop(3);
      }
      case TABLE_INIT -> {
        f.loadContext();
        cb.loadConstant(f.reader.elemIndex());
        cb.loadConstant(f.reader.tableIndex());
        Helpers.TABLE_INIT.invoke(cb);
        f.stack.drop(3);
      }
      case ELEM_DROP -> {
        f.loadContext();
        cb.loadConstant(f.reader.elemIndex());
        Helpers.ELEM_DROP.invoke(cb);
      }
      default -> throw new IllegalArgumentException(op.mnemonic());
    }
  }

  private static void tableCall(FunctionEmitter f, Helpers.Helper helper, int table) {
    f.loadContext();
    f.cb.loadConstant(table);
    helper.invoke(f.cb);
  }
}

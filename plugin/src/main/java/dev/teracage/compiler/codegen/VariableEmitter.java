package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;

/**
 * Variable instructions: wasm locals are JVM locals; globals live in the arena at the layout's
 * constant offsets (numbers read and written directly), except references (u32 handles in the
 * arena, through {@code Globals}), v128 globals (through {@code Globals}) and imported mutable
 * globals (shared cells, through {@code Globals}).
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#variable-instructions">
 *     Variable instructions</a>
 */
final class VariableEmitter {
  private VariableEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    if ((op == Opcode.LOCAL_GET || op == Opcode.LOCAL_SET || op == Opcode.LOCAL_TEE)
        && f.localForm(f.reader.localIndex()) != OperandStack.PACKED) {
      LaneLocals.local(f, op, f.reader.localIndex());
      return;
    }
    switch (op) {
      case LOCAL_GET -> {
        int local = f.reader.localIndex();
        ValType t = f.localType(local);
        Values.load(cb, t, f.localSlot(local));
        f.stack.push(t);
      }
      case LOCAL_SET -> {
        int local = f.reader.localIndex();
        f.stack.pop();
        Values.store(cb, f.localType(local), f.localSlot(local));
      }
      case LOCAL_TEE -> {
        int local = f.reader.localIndex();
        ValType t = f.localType(local);
        if (Values.isV128(t)) {
          Values.store(cb, t, f.localSlot(local));
          Values.load(cb, t, f.localSlot(local));
        } else {
          if (JvmTypes.kind(t).slotSize() == 2) {
            cb.dup2();
          } else {
            cb.dup();
          }
          Values.store(cb, t, f.localSlot(local));
        }
      }
      case GLOBAL_GET -> globalGet(f, f.reader.globalIndex());
      case GLOBAL_SET -> globalSet(f, f.reader.globalIndex());
      default -> throw new IllegalArgumentException(op.mnemonic());
    }
  }

  private static boolean viaHelper(FunctionEmitter f, int global, GlobalType g) {
    return JvmTypes.isObject(g.valType()) || (g.mutable() && global < f.info.importedGlobals());
  }

  private static void globalGet(FunctionEmitter f, int global) {
    GlobalType g = f.info.globals().get(global);
    ValType t = g.valType();
    CodeBuilder cb = f.cb;
    f.loadContext();
    if (viaHelper(f, global, g)) {
      cb.loadConstant(global);
      switch (JvmTypes.kind(t)) {
        case INT -> Helpers.GLOBAL_GET_I32.invoke(cb);
        case LONG -> Helpers.GLOBAL_GET_I64.invoke(cb);
        case FLOAT -> Helpers.GLOBAL_GET_F32.invoke(cb);
        case DOUBLE -> Helpers.GLOBAL_GET_F64.invoke(cb);
        default -> {
          if (Values.isV128(t)) {
            Helpers.GLOBAL_GET_V128.invoke(cb);
            Values.unbox(cb);
          } else {
            Helpers.GLOBAL_GET_REF.invoke(cb);
            if (JvmTypes.isFuncRef(t)) {
              cb.checkcast(JvmTypes.FUNC_REF);
            }
          }
        }
      }
    } else {
      f.info.stubs().globalGet(cb, global, t, f.info.slots().globalOffset(global));
    }
    f.stack.push(t);
  }

  private static void globalSet(FunctionEmitter f, int global) {
    GlobalType g = f.info.globals().get(global);
    ValType t = g.valType();
    CodeBuilder cb = f.cb;
    f.stack.pop();
    if (Values.isV128(t)) {
      Values.box(f);
    }
    f.loadContext();
    if (viaHelper(f, global, g)) {
      cb.loadConstant(global);
      switch (JvmTypes.kind(t)) {
        case INT -> Helpers.GLOBAL_SET_I32.invoke(cb);
        case LONG -> Helpers.GLOBAL_SET_I64.invoke(cb);
        case FLOAT -> Helpers.GLOBAL_SET_F32.invoke(cb);
        case DOUBLE -> Helpers.GLOBAL_SET_F64.invoke(cb);
        default -> (Values.isV128(t) ? Helpers.GLOBAL_SET_V128 : Helpers.GLOBAL_SET_REF).invoke(cb);
      }
    } else {
      f.info.stubs().globalSet(cb, global, t, f.info.slots().globalOffset(global));
    }
  }
}

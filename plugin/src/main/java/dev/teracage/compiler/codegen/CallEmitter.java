package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.util.List;

/**
 * {@code call} and {@code call_indirect}: a defined function is an {@code invokestatic} of its
 * method; an imported one goes through its {@code FuncRef} handle; an indirect one through {@code
 * Calls.indirect} (which checks the element and the signature) and the handle. Results after the
 * first are read back from {@code ctx.results} right after the call.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-indirect-x-y">
 *     call_indirect</a>
 */
final class CallEmitter {
  private CallEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    FuncType callee;
    if (op == Opcode.CALL) {
      int function = f.reader.functionIndex();
      callee = f.info.functionTypes()[function];
      boxArguments(f, callee.params(), false);
      f.loadContext();
      if (function < f.info.importedFunctions()) {
        f.info.stubs().callImport(cb, function);
      } else {
        cb.invokestatic(
            f.info.ownerOf(function), ModuleInfo.methodName(function), JvmTypes.method(callee));
      }
    } else {
      int typeIndex = f.reader.typeIndex();
      callee = f.info.module().types().get(typeIndex);
      f.stack.pop();
      boxArguments(f, callee.params(), true);
      f.loadContext();
      f.info.stubs().callIndirect(cb, typeIndex, f.reader.tableIndex());
    }
    f.stack.drop(callee.params().size());
    pushResults(f, callee.results());
  }

  /**
   * Turns the v128 arguments on the stack, two longs each, into the {@code V128}s the callee's JVM
   * signature takes: the arguments from the first v128 up go to scratch slots and come back boxed.
   *
   * @param indexOnTop whether the i32 table index of {@code call_indirect} lies above them
   */
  private static void boxArguments(FunctionEmitter f, List<ValType> params, boolean indexOnTop) {
    int first = 0;
    while (first < params.size() && !Values.isV128(params.get(first))) {
      first++;
    }
    if (first == params.size()) {
      return;
    }
    CodeBuilder cb = f.cb;
    int index = indexOnTop ? f.scratch.temp(ValType.I32, params.size()) : -1;
    if (indexOnTop) {
      cb.istore(index);
    }
    int[] slots = new int[params.size()];
    for (int i = params.size() - 1; i >= first; i--) {
      slots[i] = f.scratch.temp(params.get(i), i);
      Values.store(cb, params.get(i), slots[i]);
    }
    for (int i = first; i < params.size(); i++) {
      Values.load(cb, params.get(i), slots[i]);
      if (Values.isV128(params.get(i))) {
        Values.box(f);
      }
    }
    if (indexOnTop) {
      cb.iload(index);
    }
  }

  /** Pushes results 2..n from the context after the first came back from the call. */
  static void pushResults(FunctionEmitter f, List<ValType> results) {
    CodeBuilder cb = f.cb;
    for (int k = 0; k < results.size(); k++) {
      ValType t = results.get(k);
      if (k > 0) {
        f.loadContext();
        if (JvmTypes.isObject(t)) {
          cb.getfield(JvmTypes.CONTEXT, "resultRefs", CD_Object.arrayType());
          cb.loadConstant(k - 1);
          cb.aaload();
          JvmTypes.checkcast(cb, t);
          if (Values.isV128(t)) {
            Values.unbox(cb);
          }
        } else {
          cb.getfield(JvmTypes.CONTEXT, "results", CD_long.arrayType());
          cb.loadConstant(k - 1);
          cb.laload();
          Values.fromBits(cb, t);
        }
      } else if (Values.isV128(t)) {
        Values.unbox(cb);
      }
      f.stack.push(t);
    }
  }
}

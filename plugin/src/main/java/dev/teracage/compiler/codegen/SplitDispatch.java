package dev.teracage.compiler.codegen;

import static dev.teracage.compiler.codegen.SplitEmitter.CONTEXT;
import static dev.teracage.compiler.codegen.SplitEmitter.FRAME;
import static dev.teracage.compiler.codegen.SplitEmitter.PART;
import static dev.teracage.compiler.codegen.SplitEmitter.REFS;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods that run a split function's parts: {@code f<i>} (the function's own descriptor)
 * allocates the frame, stores the parameters, calls parts while the control state is not negative,
 * and returns the results from the frame; past {@link #GROUP} parts, group methods {@code
 * f<i>$g<j>} each run the parts of one group, so no dispatch method grows with the function.
 */
final class SplitDispatch {
  private SplitDispatch() {}

  /**
   * Emits the entry method (and group methods when needed) of a split function.
   *
   * @param clb the class
   * @param owner the class's descriptor
   * @param function the function index
   * @param type its type
   * @param parts how many parts it has
   * @param locals how many locals (the frame's operand stack starts there)
   * @param v128 whether v128 values go through the frame: it is then twice {@code frameSize} long,
   *     the high half of entry {@code i} at {@code i + frameSize}
   * @param frameSize the frame's length
   */
  static void emit(
      ClassBuilder clb,
      ClassDesc owner,
      int function,
      FuncType type,
      int parts,
      int locals,
      boolean v128,
      int frameSize) {
    String name = ModuleInfo.methodName(function);
    if (parts > 32767) {
      throw new IllegalStateException("function needs more than 32767 parts: " + parts);
    }
    int groups = parts > GROUP ? (parts + GROUP - 1) / GROUP : 0;
    for (int g = 0; g < groups; g++) {
      int first = g * GROUP;
      int count = Math.min(GROUP, parts - first);
      clb.withMethodBody(
          name + "$g" + g,
          PART,
          ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
          cb -> {
            Label done = cb.newLabel();
            dispatch(
                cb, owner, 0, FRAME, REFS, CONTEXT, done, first, count, 1, k -> name + "$" + k);
            cb.labelBinding(done);
            cb.iload(0);
            cb.ireturn();
          });
    }
    clb.withMethodBody(
        name,
        JvmTypes.method(type),
        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
        cb -> main(cb, owner, function, type, parts, locals, v128, frameSize, groups));
  }

  /** Parts per group when a function has so many that one dispatch would be too large. */
  private static final int GROUP = 256;

  /**
   * Emits a loop calling, while the state is not negative, the method its part (divided by {@code
   * divisor}) selects among {@code count} starting at {@code first}; other states go to {@code
   * done}.
   */
  private static void dispatch(
      CodeBuilder cb,
      ClassDesc owner,
      int state,
      int frame,
      int refs,
      int context,
      Label done,
      int first,
      int count,
      int divisor,
      java.util.function.IntFunction<String> names) {
    Label loop = cb.newBoundLabel();
    cb.iload(state);
    cb.iflt(done);
    cb.iload(state);
    cb.loadConstant(16);
    cb.iushr();
    if (divisor > 1) {
      cb.loadConstant(divisor);
      cb.idiv();
    }
    if (first > 0) {
      cb.loadConstant(first);
      cb.isub();
    }
    List<SwitchCase> cases = new ArrayList<>(count);
    List<Label> calls = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      Label l = cb.newLabel();
      calls.add(l);
      cases.add(SwitchCase.of(k, l));
    }
    cb.tableswitch(0, count - 1, done, cases);
    for (int k = 0; k < count; k++) {
      cb.labelBinding(calls.get(k));
      cb.iload(state);
      cb.aload(frame);
      cb.aload(refs);
      cb.aload(context);
      cb.invokestatic(owner, names.apply(first + k), PART);
      cb.istore(state);
      cb.goto_(loop);
    }
  }

  /** The entry method: frame, parameters, the loop over parts, then the results. */
  private static void main(
      CodeBuilder cb,
      ClassDesc owner,
      int function,
      FuncType type,
      int parts,
      int locals,
      boolean v128,
      int frameSize,
      int groups) {
    int slot = 0;
    List<ValType> params = type.params();
    int[] paramSlots = new int[params.size()];
    for (int i = 0; i < params.size(); i++) {
      paramSlots[i] = slot;
      slot += JvmTypes.kind(params.get(i)).slotSize();
    }
    int context = slot++;
    int frame = slot++;
    int refs = slot++;
    int state = slot;
    cb.loadConstant(v128 ? 2 * frameSize : frameSize);
    cb.newarray(TypeKind.LONG);
    cb.astore(frame);
    cb.loadConstant(frameSize);
    cb.anewarray(CD_Object);
    cb.astore(refs);
    for (int i = 0; i < params.size(); i++) {
      ValType t = params.get(i);
      if (Values.isV128(t)) {
        for (int half = 0; half < 2; half++) {
          cb.aload(frame);
          cb.loadConstant(i + half * frameSize);
          cb.aload(paramSlots[i]);
          cb.invokevirtual(JvmTypes.V128, half == 0 ? "low" : "high", MethodTypeDesc.of(CD_long));
          cb.lastore();
        }
      } else if (JvmTypes.isObject(t)) {
        cb.aload(refs);
        cb.loadConstant(i);
        cb.aload(paramSlots[i]);
        cb.aastore();
      } else {
        cb.aload(frame);
        cb.loadConstant(i);
        Values.load(cb, t, paramSlots[i]);
        Values.toBits(cb, t);
        cb.lastore();
      }
    }
    cb.loadConstant(0);
    cb.istore(state);
    Label done = cb.newLabel();
    String name = ModuleInfo.methodName(function);
    if (groups == 0) {
      dispatch(cb, owner, state, frame, refs, context, done, 0, parts, 1, k -> name + "$" + k);
    } else {
      dispatch(
          cb, owner, state, frame, refs, context, done, 0, groups, GROUP, g -> name + "$g" + g);
    }
    cb.labelBinding(done);
    List<ValType> results = type.results();
    int base = locals;
    for (int k = results.size() - 1; k >= 1; k--) {
      ValType t = results.get(k);
      cb.aload(context);
      if (JvmTypes.isObject(t)) {
        cb.getfield(JvmTypes.CONTEXT, "resultRefs", CD_Object.arrayType());
        cb.loadConstant(k - 1);
        loadObject(cb, t, frame, refs, base + k, frameSize);
        cb.aastore();
      } else {
        cb.getfield(JvmTypes.CONTEXT, "results", CD_long.arrayType());
        cb.loadConstant(k - 1);
        cb.aload(frame);
        cb.loadConstant(base + k);
        cb.laload();
        cb.lastore();
      }
    }
    if (results.isEmpty()) {
      cb.return_();
    } else {
      ValType t = results.getFirst();
      if (JvmTypes.isObject(t)) {
        loadObject(cb, t, frame, refs, base, frameSize);
        JvmTypes.checkcast(cb, t);
      } else {
        cb.aload(frame);
        cb.loadConstant(base);
        cb.laload();
        Values.fromBits(cb, t);
      }
      cb.return_(JvmTypes.kind(t));
    }
  }

  /**
   * Pushes frame entry {@code index} of an object type: a reference from {@code refs}, a v128 as a
   * new {@code V128} of its halves in {@code frame}.
   */
  private static void loadObject(
      CodeBuilder cb, ValType t, int frame, int refs, int index, int frameSize) {
    if (!Values.isV128(t)) {
      cb.aload(refs);
      cb.loadConstant(index);
      cb.aaload();
      return;
    }
    Values.newV128(
        cb,
        () -> {
          for (int half = 0; half < 2; half++) {
            cb.aload(frame);
            cb.loadConstant(index + half * frameSize);
            cb.laload();
          }
        });
  }
}

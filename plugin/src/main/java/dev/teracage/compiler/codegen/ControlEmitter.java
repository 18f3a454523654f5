package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Control instructions: blocks, loops, ifs, branches (spilling a label's values around operands a
 * branch must drop), {@code return} with extra results through {@code Context.results}, {@code
 * unreachable}, and the parametric {@code drop} and {@code select}.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#control-instructions">
 *     Control instructions</a>
 */
final class ControlEmitter {
  private ControlEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    switch (op) {
      case NOP -> {}
      case UNREACHABLE -> {
        Helpers.TRAP_UNREACHABLE.invoke(cb);
        cb.athrow();
        f.unreachable = true;
      }
      case BLOCK, LOOP, IF -> enter(f, op);
      case ELSE -> elseBranch(f);
      case END -> end(f);
      case BR -> {
        branch(f, f.reader.labelIndex());
        f.unreachable = true;
      }
      case BR_IF -> branchIf(f, f.reader.labelIndex());
      case BR_TABLE -> branchTable(f);
      case RETURN -> {
        returnValues(f);
        f.unreachable = true;
      }
      case DROP -> Values.pop(cb, f.stack.pop());
      case SELECT, SELECT_T -> select(f);
      default -> throw new IllegalArgumentException(op.mnemonic());
    }
  }

  private static FuncType blockType(FunctionEmitter f) {
    int index = f.reader.blockTypeIndex();
    if (index >= 0) {
      return f.info.module().types().get(index);
    }
    ValType t = f.reader.blockValType();
    return new FuncType(List.of(), t == null ? List.of() : List.of(t));
  }

  private static void enter(FunctionEmitter f, Opcode op) {
    FuncType bt = blockType(f);
    CodeBuilder cb = f.cb;
    SplitEmitter split = f.split;
    if (op == Opcode.IF) {
      f.stack.pop();
      Label elseLabel = cb.newLabel();
      int height = f.stack.size() - bt.params().size();
      ControlFrame frame =
          new ControlFrame(
              ControlFrame.Kind.IF, bt.params(), bt.results(), height, cb.newLabel(), elseLabel);
      if (split != null) {
        split.opened(frame);
      }
      if (split == null || split.isElseLocal(frame)) {
        f.branchOnCondition(true, elseLabel);
      } else {
        Label then = cb.newLabel();
        f.branchOnCondition(false, then);
        split.exitTo(frame, frame.elsePos, f.stack.size(), 0);
        cb.labelBinding(then);
      }
      f.frames.add(frame);
    } else {
      int height = f.stack.size() - bt.params().size();
      Label label = cb.newLabel();
      boolean loop = op == Opcode.LOOP;
      if (loop) {
        cb.labelBinding(label);
      }
      ControlFrame frame =
          new ControlFrame(
              loop ? ControlFrame.Kind.LOOP : ControlFrame.Kind.BLOCK,
              bt.params(),
              bt.results(),
              height,
              label,
              null);
      if (split != null) {
        split.opened(frame);
        if (loop) {
          split.bound(label);
        }
      }
      f.frames.add(frame);
    }
  }

  /** Handles {@code else} (also reached from dead code). */
  static void elseBranch(FunctionEmitter f) {
    ControlFrame frame = f.frames.getLast();
    if (!f.unreachable) {
      if (f.split != null && !f.split.isLocal(frame)) {
        f.split.exitTo(frame, frame.labelPos, frame.height, frame.results.size());
      } else {
        f.cb.goto_(frame.label);
        frame.targeted = true;
      }
    }
    f.cb.labelBinding(frame.elseLabel);
    frame.hasElse = true;
    f.stack.truncate(frame.height);
    f.stack.pushAll(frame.params);
    f.unreachable = false;
    if (f.split != null) {
      f.split.bound(frame.elseLabel);
    }
  }

  /** Handles {@code end} (also reached from dead code). */
  static void end(FunctionEmitter f) {
    ControlFrame frame = f.frames.removeLast();
    boolean reachable = !f.unreachable;
    if (frame.kind == ControlFrame.Kind.FUNCTION) {
      if (reachable) {
        returnValues(f);
      }
      f.unreachable = true;
      return;
    }
    boolean entry = f.split != null && frame.kind != ControlFrame.Kind.LOOP && f.split.isEntry();
    if (frame.kind == ControlFrame.Kind.IF && !frame.hasElse) {
      if (f.split == null || f.split.isElseLocal(frame)) {
        f.cb.labelBinding(frame.elseLabel);
        reachable = true;
      }
    }
    if (frame.kind != ControlFrame.Kind.LOOP && (frame.targeted || entry)) {
      f.cb.labelBinding(frame.label);
      reachable = true;
    }
    f.stack.truncate(frame.height);
    f.stack.pushAll(frame.results);
    f.unreachable = !reachable;
    if (entry) {
      f.split.bound(frame.label);
    }
  }

  /**
   * Emits a branch to a label: a return for the function's frame, else a jump after dropping any
   * operands between the label's values and the frame's base. Leaves the type stack unchanged.
   */
  static void branch(FunctionEmitter f, int depth) {
    ControlFrame target = f.frame(depth);
    if (target.kind == ControlFrame.Kind.FUNCTION) {
      returnValues(f);
      return;
    }
    if (f.split != null && !f.split.isLocal(target)) {
      f.split.exitTo(target, target.labelPos, target.height, target.labelTypes().size());
      return;
    }
    adjust(f, target);
    f.cb.goto_(target.label);
    target.targeted = true;
  }

  private static boolean needsAdjust(FunctionEmitter f, ControlFrame target) {
    return target.kind == ControlFrame.Kind.FUNCTION
        || f.stack.size() - target.labelTypes().size() > target.height
        || (f.split != null && !f.split.isLocal(target));
  }

  /** Spills the label's values to scratch locals, pops what lies between, and reloads them. */
  private static void adjust(FunctionEmitter f, ControlFrame target) {
    int arity = target.labelTypes().size();
    int top = f.stack.size();
    int extra = top - arity - target.height;
    if (extra <= 0) {
      return;
    }
    CodeBuilder cb = f.cb;
    int[] slots = new int[arity];
    for (int i = arity - 1; i >= 0; i--) {
      ValType t = f.stack.get(top - arity + i);
      slots[i] = f.scratch.temp(t, i);
      Values.store(cb, t, slots[i]);
    }
    for (int i = top - arity - 1; i >= target.height; i--) {
      Values.pop(cb, f.stack.get(i));
    }
    for (int i = 0; i < arity; i++) {
      Values.load(cb, f.stack.get(top - arity + i), slots[i]);
    }
  }

  private static void branchIf(FunctionEmitter f, int depth) {
    f.stack.pop();
    ControlFrame target = f.frame(depth);
    CodeBuilder cb = f.cb;
    if (!needsAdjust(f, target)) {
      f.branchOnCondition(false, target.label);
      target.targeted = true;
      return;
    }
    Label skip = cb.newLabel();
    f.branchOnCondition(true, skip);
    branch(f, depth);
    cb.labelBinding(skip);
  }

  private static void branchTable(FunctionEmitter f) {
    f.stack.pop();
    CodeBuilder cb = f.cb;
    int n = f.reader.targetCount();
    int[] targets = f.reader.targets();
    int defaultDepth = f.reader.defaultTarget();
    Map<Integer, Label> trampolines = new HashMap<>();
    Label defaultLabel = jumpLabel(f, defaultDepth, trampolines);
    if (n == 0) {
      cb.pop();
      cb.goto_(defaultLabel);
    } else if (n > BranchTables.DIRECT_LIMIT) {
      BranchTables.emit(f, targets, n, defaultDepth, d -> jumpLabel(f, d, trampolines));
    } else {
      List<SwitchCase> cases = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        cases.add(SwitchCase.of(i, jumpLabel(f, targets[i], trampolines)));
      }
      cb.tableswitch(0, n - 1, defaultLabel, cases);
    }
    for (Map.Entry<Integer, Label> e : trampolines.entrySet()) {
      cb.labelBinding(e.getValue());
      branch(f, e.getKey());
    }
    f.unreachable = true;
  }

  private static Label jumpLabel(FunctionEmitter f, int depth, Map<Integer, Label> trampolines) {
    ControlFrame target = f.frame(depth);
    if (needsAdjust(f, target)) {
      return trampolines.computeIfAbsent(depth, d -> f.cb.newLabel());
    }
    target.targeted = true;
    return target.label;
  }

  /**
   * Returns the function's results from the top of the stack: results after the first go to {@code
   * ctx.results} / {@code ctx.resultRefs}, the first is returned. Leaves the type stack unchanged.
   */
  static void returnValues(FunctionEmitter f) {
    List<ValType> results = f.type.results();
    if (f.split != null) {
      f.split.exitTo(-1, 0, results.size());
      return;
    }
    CodeBuilder cb = f.cb;
    int top = f.stack.size();
    for (int k = results.size() - 1; k >= 1; k--) {
      storeResult(f, results.get(k), k);
    }
    if (results.isEmpty()) {
      cb.return_();
    } else {
      if (Values.isV128(results.getFirst())) {
        Values.box(f);
      }
      cb.return_(JvmTypes.kind(results.getFirst()));
    }
    assert top == f.stack.size();
  }

  private static void storeResult(FunctionEmitter f, ValType t, int k) {
    CodeBuilder cb = f.cb;
    if (Values.isV128(t)) {
      Values.box(f);
    }
    TypeKind kind = JvmTypes.kind(t);
    int slot = f.scratch.temp(kind, 0);
    cb.storeLocal(kind, slot);
    f.loadContext();
    if (JvmTypes.isObject(t)) {
      cb.getfield(
          JvmTypes.CONTEXT, "resultRefs", java.lang.constant.ConstantDescs.CD_Object.arrayType());
      cb.loadConstant(k - 1);
      cb.aload(slot);
      cb.aastore();
    } else {
      cb.getfield(
          JvmTypes.CONTEXT, "results", java.lang.constant.ConstantDescs.CD_long.arrayType());
      cb.loadConstant(k - 1);
      cb.loadLocal(kind, slot);
      Values.toBits(cb, t);
      cb.lastore();
    }
  }

  /** {@code select}: {@code v1 v2 c} gives {@code c != 0 ? v1 : v2}. */
  private static void select(FunctionEmitter f) {
    CodeBuilder cb = f.cb;
    f.stack.pop();
    f.stack.pop();
    ValType t = f.stack.peek();
    boolean wide = JvmTypes.kind(t).slotSize() == 2;
    Label second = cb.newLabel();
    Label done = cb.newLabel();
    f.branchOnCondition(true, second);
    if (Values.isV128(t)) {
      Values.pop(cb, t);
      cb.goto_(done);
      cb.labelBinding(second);
      int slot = f.scratch.temp(t, 0);
      Values.store(cb, t, slot);
      Values.pop(cb, t);
      Values.load(cb, t, slot);
      cb.labelBinding(done);
      return;
    }
    if (wide) {
      cb.pop2();
    } else {
      cb.pop();
    }
    cb.goto_(done);
    cb.labelBinding(second);
    if (wide) {
      cb.dup2_x2();
      cb.pop2();
      cb.pop2();
    } else {
      cb.swap();
      cb.pop();
    }
    cb.labelBinding(done);
  }
}

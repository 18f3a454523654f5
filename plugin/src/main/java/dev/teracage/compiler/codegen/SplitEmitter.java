package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Emits a function too large for one method as several: part {@code k} of function {@code i} is the
 * private static method {@code f<i>$<k>(int state, long[] frame, Object[] refs, Context)} returning
 * the next control state ({@code part << 16 | entry}, or -1 to return), and {@code f<i>} allocates
 * the frame and runs the parts in a loop until one returns.
 *
 * <p>The frame holds the wasm locals (index {@code l}) and, while control passes between parts, the
 * operand stack (index {@code locals + height}): numbers as raw bits in {@code frame}, references
 * in {@code refs}. Inside a part, the locals it uses live in JVM locals, loaded on entry and
 * written back on exit, so a loop that fits in one part runs at full speed.
 */
final class SplitEmitter {
  static final int FRAME = 1;
  static final int REFS = 2;
  static final int CONTEXT = 3;
  private static final int FIRST_LOCAL = 4;

  /** Descriptor of a part. */
  static final MethodTypeDesc PART =
      MethodTypeDesc.of(
          CD_int, CD_int, CD_long.arrayType(), CD_Object.arrayType(), JvmTypes.CONTEXT);

  private record Entry(ValType[] types, Label target) {}

  private final FunctionEmitter f;
  private final SplitPlan plan;
  private final int function;
  private int part;
  private Entry[] entries;
  private Label exit;
  private int stateSlot;

  private SplitEmitter(FunctionEmitter f, SplitPlan plan, int function) {
    this.f = f;
    this.plan = plan;
    this.function = function;
  }

  /**
   * Emits the parts of a function and its entry method into a class.
   *
   * @param clb the class
   * @param info the module
   * @param reader a reader to walk the body with
   * @param function the function index
   * @param type its type
   * @param body its body
   * @param plan how it is cut
   */
  static void emit(
      ClassBuilder clb,
      ModuleInfo info,
      dev.teracage.compiler.decode.CodeReader reader,
      int function,
      FuncType type,
      FunctionBody body,
      SplitPlan plan) {
    FunctionEmitter f = new FunctionEmitter(info, null, reader, type);
    SplitEmitter s = new SplitEmitter(f, plan, function);
    s.body = body;
    f.beginSplit(body, s);
    String name = ModuleInfo.methodName(function);
    for (int k = 0; k < plan.parts(); k++) {
      int part = k;
      clb.withMethodBody(
          name + "$" + k,
          PART,
          ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
          cb -> s.part(cb, part));
    }
    int frameSize = f.localCount() + Math.max(f.stack.max(), type.results().size()) + 1;
    boolean v128 =
        s.v128
            || type.params().stream().anyMatch(Values::isV128)
            || type.results().stream().anyMatch(Values::isV128);
    SplitDispatch.emit(
        clb, info.owner(), function, type, plan.parts(), f.localCount(), v128, frameSize);
  }

  /** The emitter's state at the start of the part being emitted, to emit it again. */
  private int savedPart = -1;

  private ValType[] savedStack;

  /** Whether a v128 went through the frame: its high halves need the frame's second half. */
  private boolean v128;

  private List<ControlFrame> savedFrames;
  private boolean[] savedHasElse;
  private boolean savedUnreachable;
  private int savedDeadDepth;
  private FunctionBody body;

  /**
   * Saves the emitter's state at the start of a part, or restores it when the class file library
   * runs the same part's code builder again (it does, to widen jumps).
   */
  private void saveOrRestore(int k) {
    if (savedPart != k) {
      savedPart = k;
      savedStack = f.stack.snapshot();
      savedFrames = new ArrayList<>(f.frames);
      savedHasElse = new boolean[savedFrames.size()];
      for (int i = 0; i < savedHasElse.length; i++) {
        savedHasElse[i] = savedFrames.get(i).hasElse;
      }
      savedUnreachable = f.unreachable;
      savedDeadDepth = f.deadDepth;
      return;
    }
    f.stack.truncate(0);
    for (ValType t : savedStack) {
      f.stack.push(t);
    }
    f.frames.clear();
    f.frames.addAll(savedFrames);
    for (int i = 0; i < savedHasElse.length; i++) {
      savedFrames.get(i).hasElse = savedHasElse[i];
    }
    f.unreachable = savedUnreachable;
    f.deadDepth = savedDeadDepth;
    int start = k == 0 ? 0 : plan.end(k - 1);
    f.reader.reset(body.body().code(), 0, body.body().length(), 0);
    while (f.reader.hasNext() && f.reader.nextPosition() < start) {
      f.reader.next();
    }
  }

  private void part(CodeBuilder cb, int k) {
    saveOrRestore(k);
    part = k;
    BitSet touched = plan.touched(k);
    f.useSlots(cb, CONTEXT, touched, FIRST_LOCAL);
    f.condition = null;
    stateSlot = f.scratch.reserve(TypeKind.INT);
    int n = plan.entries(k);
    entries = new Entry[n];
    Label[] stubs = new Label[n];
    for (int i = 0; i < n; i++) {
      stubs[i] = cb.newLabel();
    }
    exit = cb.newLabel();
    Label prologue = cb.newLabel();
    cb.goto_(prologue);
    for (ControlFrame frame : f.frames) {
      if (frame.kind == ControlFrame.Kind.FUNCTION) {
        continue;
      }
      frame.label = cb.newLabel();
      if (frame.kind == ControlFrame.Kind.IF && !frame.hasElse) {
        frame.elseLabel = cb.newLabel();
      }
      frame.targeted = false;
    }
    if (!f.unreachable) {
      entries[0] = new Entry(f.stack.snapshot(), cb.newBoundLabel());
    }
    int end = plan.end(k);
    while (f.reader.hasNext() && f.reader.nextPosition() < end) {
      f.step(f.reader.next());
    }
    if (f.reader.hasNext() && !f.unreachable) {
      f.materializeCondition();
      exitTo((k + 1) << 16, f.stack.size(), 0);
    }
    for (int i = 0; i < n; i++) {
      cb.labelBinding(stubs[i]);
      Entry e = entries[i];
      if (e == null) {
        Helpers.TRAP_UNREACHABLE.invoke(cb);
        cb.athrow();
      } else {
        for (int h = 0; h < e.types.length; h++) {
          load(cb, e.types[h], f.localCount() + h);
        }
        cb.goto_(e.target);
      }
    }
    cb.labelBinding(exit);
    BitSet written = plan.written(k);
    for (int l = written.nextSetBit(0); l >= 0; l = written.nextSetBit(l + 1)) {
      Values.load(cb, f.localType(l), f.localSlot(l));
      store(cb, f.localType(l), l);
    }
    cb.iload(stateSlot);
    cb.ireturn();
    cb.labelBinding(prologue);
    for (int l = touched.nextSetBit(0); l >= 0; l = touched.nextSetBit(l + 1)) {
      load(cb, f.localType(l), l);
      Values.store(cb, f.localType(l), f.localSlot(l));
    }
    cb.iload(0);
    cb.loadConstant(0xFFFF);
    cb.iand();
    List<SwitchCase> cases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cases.add(SwitchCase.of(i, stubs[i]));
    }
    cb.tableswitch(0, n - 1, stubs[0], cases);
  }

  /** Pushes the frame entry {@code index} as a value of type {@code t}. */
  private void load(CodeBuilder cb, ValType t, int index) {
    if (Values.isV128(t)) {
      v128 = true;
      for (int half = 0; half < 2; half++) {
        cb.aload(FRAME);
        highIndex(cb, index, half);
        cb.laload();
      }
    } else if (JvmTypes.isObject(t)) {
      cb.aload(REFS);
      cb.loadConstant(index);
      cb.aaload();
      JvmTypes.checkcast(cb, t);
    } else {
      cb.aload(FRAME);
      cb.loadConstant(index);
      cb.laload();
      Values.fromBits(cb, t);
    }
  }

  /**
   * Pushes the frame index of half {@code half} of v128 entry {@code index}: the low half is the
   * entry, the high half lies in the frame's second half ({@link SplitDispatch}).
   */
  private static void highIndex(CodeBuilder cb, int index, int half) {
    cb.loadConstant(index);
    if (half == 1) {
      cb.aload(FRAME);
      cb.arraylength();
      cb.iconst_1();
      cb.iushr();
      cb.iadd();
    }
  }

  /** Pops a value of type {@code t} into frame entry {@code index}. */
  private void store(CodeBuilder cb, ValType t, int index) {
    if (Values.isV128(t)) {
      v128 = true;
      int temp = f.scratch.temp(t, 0);
      Values.store(cb, t, temp);
      for (int half = 0; half < 2; half++) {
        cb.aload(FRAME);
        highIndex(cb, index, half);
        cb.lload(temp + 2 * half);
        cb.lastore();
      }
      return;
    }
    TypeKind kind = JvmTypes.kind(t);
    int temp = f.scratch.temp(kind, 0);
    cb.storeLocal(kind, temp);
    if (JvmTypes.isObject(t)) {
      cb.aload(REFS);
      cb.loadConstant(index);
      cb.aload(temp);
      cb.aastore();
    } else {
      cb.aload(FRAME);
      cb.loadConstant(index);
      cb.loadLocal(kind, temp);
      Values.toBits(cb, t);
      cb.lastore();
    }
  }

  /**
   * Returns whether a frame's branch label lies in the part being emitted.
   *
   * @param frame a block, loop or if
   * @return whether a jump can reach it directly
   */
  boolean isLocal(ControlFrame frame) {
    return plan.partOf(frame.labelPos) == part;
  }

  /**
   * Returns whether the false branch of an if lies in the part being emitted.
   *
   * @param frame an if
   * @return whether a jump can reach it directly
   */
  boolean isElseLocal(ControlFrame frame) {
    return plan.partOf(frame.elsePos) == part;
  }

  /**
   * Sets the label positions of a frame just opened at the current instruction.
   *
   * @param frame the frame
   */
  void opened(ControlFrame frame) {
    int pos = f.reader.position();
    if (frame.kind == ControlFrame.Kind.LOOP) {
      frame.labelPos = pos;
    } else {
      frame.labelPos = plan.endOf(pos);
      if (frame.kind == ControlFrame.Kind.IF) {
        frame.elsePos = plan.elseOf(pos);
      }
    }
  }

  /**
   * Returns whether other parts enter at the current instruction's label.
   *
   * @return whether it is an entry point
   */
  boolean isEntry() {
    return plan.state(f.reader.position()) >= 0;
  }

  /**
   * Records a label just bound at the current instruction, with the operand stack there, if other
   * parts enter through it.
   *
   * @param label the label
   */
  void bound(Label label) {
    int state = plan.state(f.reader.position());
    if (state >= 0) {
      entries[state & 0xFFFF] = new Entry(f.stack.snapshot(), label);
    }
  }

  /**
   * Leaves the part for the control state of a label: the label's values (the top {@code arity}) go
   * to the frame at {@code height}, what lies between is dropped, the values below {@code height}
   * go to the frame too. Leaves the type stack unchanged.
   *
   * @param state where to continue, or -1 to return
   * @param height the target's stack height below its values
   * @param arity how many values it takes
   */
  void exitTo(int state, int height, int arity) {
    spill(height, arity);
    f.cb.loadConstant(state);
    f.cb.istore(stateSlot);
    f.cb.goto_(exit);
  }

  /** Stores the int on the JVM stack as the control state to leave with. */
  void setState() {
    f.cb.istore(stateSlot);
  }

  /**
   * Leaves the part with the state {@link #setState} stored, spilling as {@link #exitTo}.
   *
   * @param height the target's stack height below its values
   * @param arity how many values it takes
   */
  void leave(int height, int arity) {
    spill(height, arity);
    f.cb.goto_(exit);
  }

  /**
   * Returns the control state entering at a frame's label, which lies in another part.
   *
   * @param frame the frame
   * @return the state
   */
  int stateOf(ControlFrame frame) {
    int state = plan.state(frame.labelPos);
    if (state < 0) {
      throw new IllegalStateException("no entry planned at " + frame.labelPos);
    }
    return state;
  }

  private void spill(int height, int arity) {
    CodeBuilder cb = f.cb;
    int top = f.stack.size();
    int base = f.localCount();
    for (int j = arity - 1; j >= 0; j--) {
      store(cb, f.stack.get(top - arity + j), base + height + j);
    }
    for (int i = top - arity - 1; i >= height; i--) {
      Values.pop(cb, f.stack.get(i));
    }
    for (int i = height - 1; i >= 0; i--) {
      store(cb, f.stack.get(i), base + i);
    }
  }

  /**
   * Leaves the part for a label of a frame in another part.
   *
   * @param frame the target
   * @param pos its label's position
   * @param height the stack height below the label's values
   * @param arity how many values the label takes
   */
  void exitTo(ControlFrame frame, int pos, int height, int arity) {
    int state = plan.state(pos);
    if (state < 0) {
      throw new IllegalStateException("no entry planned at " + pos + " for " + frame.kind);
    }
    exitTo(state, height, arity);
  }
}

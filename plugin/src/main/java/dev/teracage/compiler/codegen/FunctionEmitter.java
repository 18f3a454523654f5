package dev.teracage.compiler.codegen;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the body of one defined function into a JVM method: walks its instructions with a {@link
 * CodeReader}, keeps the operand stack's types and the control stack, skips dead code, and hands
 * each instruction to the emitter of its family.
 */
final class FunctionEmitter {
  /** Line numbers are u2: larger body offsets are clamped. */
  static final int MAX_LINE = 65535;

  final ModuleInfo info;
  CodeBuilder cb;
  final CodeReader reader;
  final OperandStack stack = new OperandStack();
  final List<ControlFrame> frames = new ArrayList<>();
  final FuncType type;
  int contextSlot;

  /** When the function is split into several methods: the part being emitted; else null. */
  SplitEmitter split;

  private int[] localSlots;
  private ValType[] localTypes;

  /** Per local, the form a v128 local keeps its value in ({@link LaneWise}); null when split. */
  private byte[] localForms;

  /** The function being emitted whole, for {@link LaneWise}'s look-ahead; null when split. */
  FunctionBody body;

  /** The scratch slots of the method being emitted, above its locals. */
  ScratchSlots scratch;

  /**
   * The JVM branch that tests the i32 on top of the wasm stack when a comparison left it
   * unmaterialized (its operands are on the JVM stack instead), or {@code null}.
   */
  java.lang.classfile.Opcode condition;

  /** Whether the current point is unreachable (after br, return, unreachable, ...). */
  boolean unreachable;

  int deadDepth;

  FunctionEmitter(ModuleInfo info, CodeBuilder cb, CodeReader reader, FuncType type) {
    this.info = info;
    this.cb = cb;
    this.reader = reader;
    this.type = type;
    int slot = 0;
    for (ValType p : type.params()) {
      slot += JvmTypes.kind(p).slotSize();
    }
    this.contextSlot = slot;
  }

  /**
   * Whether loads and stores are calls ({@link MemoryEmitter#byCalls}); never in a function
   * compiled in parts.
   */
  boolean accessesByCall;

  /**
   * Emits the whole function.
   *
   * @param body the code section entry
   */
  void emit(FunctionBody body) {
    this.body = body;
    this.accessesByCall = MemoryEmitter.byCalls(body);
    // HotSpot cannot keep the line number pair (pc 0, line 0): its compressed table encodes it as
    // the terminator byte. The prologue (zeroing locals, or a nop) takes line MAX_LINE so that the
    // first instruction, at body offset 0, starts at a pc above 0.
    cb.lineNumber(MAX_LINE);
    localForms = LaneLocals.planLocals(this, body);
    if (!declareLocals(body)) {
      cb.nop();
    }
    frames.add(
        new ControlFrame(ControlFrame.Kind.FUNCTION, List.of(), type.results(), 0, null, null));
    reader.reset(body.body().code(), 0, body.body().length(), 0);
    while (reader.hasNext()) {
      step(reader.next());
    }
  }

  /**
   * Prepares emitting a function split into parts: locals get their types, their slots come with
   * each part ({@link #useSlots}), and the function frame is opened.
   *
   * @param body the function
   * @param splitEmitter the split emission
   */
  void beginSplit(FunctionBody body, SplitEmitter splitEmitter) {
    this.split = splitEmitter;
    this.body = null;
    this.localForms = null;
    int n = type.params().size();
    for (Local l : body.locals()) {
      n = Math.addExact(n, Math.toIntExact(l.count()));
    }
    localTypes = new ValType[n];
    localSlots = new int[n];
    int i = 0;
    for (ValType p : type.params()) {
      localTypes[i++] = p;
    }
    for (Local l : body.locals()) {
      for (long c = 0; c < l.count(); c++) {
        localTypes[i++] = l.type();
      }
    }
    frames.add(
        new ControlFrame(ControlFrame.Kind.FUNCTION, List.of(), type.results(), 0, null, null));
    reader.reset(body.body().code(), 0, body.body().length(), 0);
  }

  /**
   * Starts a new method: the builder, the context's slot, the slot of each local used (others keep
   * stale slots and must not be used) and the first free slot.
   *
   * @param builder the method's code builder
   * @param context the context's slot
   * @param locals the locals to give slots, in order from {@code first}
   * @param first the first slot for locals
   * @return the first slot after them
   */
  int useSlots(CodeBuilder builder, int context, java.util.BitSet locals, int first) {
    this.cb = builder;
    this.contextSlot = context;
    int slot = first;
    for (int l = locals.nextSetBit(0); l >= 0; l = locals.nextSetBit(l + 1)) {
      localSlots[l] = slot;
      slot += Values.localSlots(localTypes[l]);
    }
    scratch = new ScratchSlots(slot);
    return slot;
  }

  /**
   * Returns the number of locals, parameters included.
   *
   * @return the count
   */
  int localCount() {
    return localTypes.length;
  }

  /**
   * Emits one instruction, or skips it when unreachable.
   *
   * @param op the instruction the reader just decoded
   */
  void step(Opcode op) {
    if (unreachable) {
      skip(op);
    } else {
      cb.lineNumber(Math.min(reader.position(), MAX_LINE));
      if (condition != null) {
        if (op == Opcode.I32_EQZ) {
          condition = Conditions.negate(condition);
          return;
        }
        if (op != Opcode.BR_IF && op != Opcode.IF && op != Opcode.SELECT && op != Opcode.SELECT_T) {
          materializeCondition();
        }
      }
      if (op == Opcode.I32_CONST && ConstantStores.emit(this)) {
        return;
      }
      instruction(op);
    }
  }

  /** Pushes a pending comparison's result as an i32, so the wasm stack is on the JVM stack. */
  void materializeCondition() {
    if (condition != null) {
      Conditions.materialize(cb, condition);
      condition = null;
    }
  }

  /** Maps locals to slots and zeroes the declared ones; returns whether it emitted code. */
  private boolean declareLocals(FunctionBody body) {
    long total = type.params().size();
    long slots = contextSlot + 1L;
    for (Local l : body.locals()) {
      total += l.count();
      slots += l.count() * Values.localSlots(l.type());
    }
    for (ValType p : type.params()) {
      if (p.code() == ValType.V128.code()) {
        slots += Values.localSlots(p); // moved to two long slots
      }
    }
    if (slots > MAX_LINE) {
      throw new IllegalStateException(
          "too many locals for one JVM method: " + slots + " slots (at most " + MAX_LINE + ")");
    }
    int n = (int) total;
    localSlots = new int[n];
    localTypes = new ValType[n];
    int slot = 0;
    int i = 0;
    for (ValType p : type.params()) {
      localTypes[i] = p;
      localSlots[i++] = slot;
      slot += JvmTypes.kind(p).slotSize();
    }
    slot++; // the Context
    boolean emitted = false;
    for (int p = 0; p < type.params().size(); p++) {
      if (localTypes[p].code() == ValType.V128.code()) {
        // A v128 parameter arrives as a V128 and lives in two long slots (Values.isV128).
        cb.aload(localSlots[p]);
        Values.unbox(cb);
        localSlots[p] = slot;
        Values.store(cb, localTypes[p], slot);
        LaneLocals.unpackInPlace(cb, localForm(p), slot);
        slot += Values.localSlots(localTypes[p]);
        emitted = true;
      }
    }
    for (Local l : body.locals()) {
      for (long c = 0; c < l.count(); c++) {
        localTypes[i] = l.type();
        localSlots[i] = slot;
        if (localForm(i) == OperandStack.PACKED) {
          Values.zero(cb, l.type());
          Values.store(cb, l.type(), slot);
        } else {
          LaneLocals.zero(cb, localForm(i), slot);
        }
        i++;
        slot += Values.localSlots(l.type());
        emitted = true;
      }
    }
    scratch = new ScratchSlots(slot);
    return emitted;
  }

  /**
   * Returns the JVM slot of a wasm local.
   *
   * @param local the local index
   * @return the slot
   */
  int localSlot(int local) {
    return localSlots[local];
  }

  /**
   * Returns the form a v128 local keeps its value in: {@link OperandStack#PACKED} (two longs) or a
   * {@link LaneWise} lane form (four floats or ints in the same four slots).
   *
   * @param local the local index
   * @return the form
   */
  byte localForm(int local) {
    return localForms == null ? OperandStack.PACKED : localForms[local];
  }

  /**
   * Returns the type of a wasm local.
   *
   * @param local the local index
   * @return the type
   */
  ValType localType(int local) {
    return localTypes[local];
  }

  /**
   * Emits a jump to {@code target} taken when the i32 on top of the wasm stack is non-zero (or,
   * with {@code negate}, zero), consuming it: a pending comparison branches directly.
   */
  void branchOnCondition(boolean negate, java.lang.classfile.Label target) {
    java.lang.classfile.Opcode branch =
        condition != null ? condition : java.lang.classfile.Opcode.IFNE;
    condition = null;
    cb.branch(negate ? Conditions.negate(branch) : branch, target);
  }

  /** Pushes the context. */
  void loadContext() {
    cb.aload(contextSlot);
  }

  /**
   * Returns the frame a label index names.
   *
   * @param depth the label index
   * @return the frame
   */
  ControlFrame frame(int depth) {
    return frames.get(frames.size() - 1 - depth);
  }

  private void skip(Opcode op) {
    switch (op) {
      case BLOCK, LOOP, IF -> deadDepth++;
      case ELSE -> {
        if (deadDepth == 0) {
          ControlEmitter.elseBranch(this);
        }
      }
      case END -> {
        if (deadDepth > 0) {
          deadDepth--;
        } else {
          ControlEmitter.end(this);
        }
      }
      default -> {}
    }
  }

  private void instruction(Opcode op) {
    switch (op) {
      case UNREACHABLE,
          NOP,
          BLOCK,
          LOOP,
          IF,
          ELSE,
          END,
          BR,
          BR_IF,
          BR_TABLE,
          RETURN,
          DROP,
          SELECT,
          SELECT_T ->
          ControlEmitter.emit(this, op);
      case CALL, CALL_INDIRECT -> CallEmitter.emit(this, op);
      case LOCAL_GET, LOCAL_SET, LOCAL_TEE, GLOBAL_GET, GLOBAL_SET ->
          VariableEmitter.emit(this, op);
      case REF_NULL,
          REF_IS_NULL,
          REF_FUNC,
          TABLE_GET,
          TABLE_SET,
          TABLE_SIZE,
          TABLE_GROW,
          TABLE_FILL,
          TABLE_COPY,
          TABLE_INIT,
          ELEM_DROP ->
          ReferenceEmitter.emit(this, op);
      case MEMORY_SIZE, MEMORY_GROW, MEMORY_FILL, MEMORY_COPY, MEMORY_INIT, DATA_DROP ->
          BulkMemoryEmitter.emit(this, op);
      default -> {
        if (SimdEmitter.emit(this, op)) {
          return;
        }
        if (op.immediate() == dev.teracage.compiler.model.Immediate.MEMARG) {
          MemoryEmitter.emit(this, op);
        } else if (!NumericEmitter.emit(this, op) && !ConversionEmitter.emit(this, op)) {
          throw new UnsupportedOperationException("no code generation for " + op.mnemonic());
        }
      }
    }
  }
}

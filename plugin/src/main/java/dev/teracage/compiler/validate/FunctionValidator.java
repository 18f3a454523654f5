package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.util.Arrays;
import java.util.List;

/**
 * Validates function bodies with the specification's algorithm: each instruction pops its operand
 * types from a {@link TypeStack} and pushes its results; block instructions open control frames.
 * One instance validates all functions of a module, reusing its reader, stacks and local types, so
 * nothing is allocated per instruction.
 *
 * <p>Instructions with a fixed signature ({@link Opcode#signature()}: numeric, memory, SIMD) go
 * through one table-driven path; the others are typed here.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html">Validation:
 *     instructions</a>
 */
final class FunctionValidator {
  /** Locals beyond this count are looked up in the declared runs instead of an array. */
  private static final int EXPANDED_LOCALS = 1 << 16;

  private final Context context;

  /**
   * Reads with the 3.0 memory immediates, a superset of the 2.0 ones for bytes the decoder
   * accepted: a 2.0 reserved zero byte reads as memory index 0, a u32 offset as a u64.
   */
  private final CodeReader reader = new CodeReader(true);

  private final TypeStack stack = new TypeStack();

  private int[] locals = new int[64];
  private int expandedCount;
  private long localCount;
  private int paramCount;
  private List<Local> declared;
  private int[] results;
  private Expr expr;

  FunctionValidator(Context context) {
    this.context = context;
  }

  /**
   * Validates one function body.
   *
   * @param index the function index
   * @param name the function's name, or {@code null}
   * @param body the body
   * @throws InvalidException when it is invalid, located in the function
   */
  void validate(int index, String name, FunctionBody body) {
    int type = context.funcTypes[index];
    expr = body.body();
    try {
      setLocals(context.typeParams[type], body.locals());
      results = context.typeResults[type];
      reader.reset(expr);
      stack.reset();
      stack.pushFrame(TypeStack.FUNCTION, Types.EMPTY, results);
      while (reader.hasNext()) {
        Opcode op = reader.next();
        if (!instruction(op)) {
          if (reader.hasNext()) {
            throw new MalformedException(
                "END opcode expected", Where.at(expr, reader.nextPosition()));
          }
          return;
        }
      }
      throw new MalformedException("unexpected end", Where.at(expr, expr.length()));
    } catch (InvalidException e) {
      Location at =
          e.location() == Location.UNKNOWN ? Where.at(expr, reader.position()) : e.location();
      throw e.at(at.inFunction(index, name));
    } catch (MalformedException e) {
      throw e.at(e.location().inFunction(index, name));
    }
  }

  private void setLocals(int[] params, List<Local> runs) {
    paramCount = params.length;
    declared = runs;
    long total = params.length;
    for (Local l : runs) {
      if (l.count() < 0 || l.count() > 0xFFFF_FFFFL) {
        throw new InvalidException("too many locals", Location.UNKNOWN);
      }
      total += l.count();
      if (Types.of(l.type()) == Types.UNSUPPORTED) {
        throw new InvalidException("unsupported value type " + l.type(), Location.UNKNOWN);
      }
    }
    localCount = total;
    // Parameters are already an array; declared locals are expanded only up to a bound.
    expandedCount = (int) Math.min(total, Math.max(EXPANDED_LOCALS, params.length));
    if (locals.length < expandedCount) {
      locals = new int[Math.max(expandedCount, locals.length * 2)];
    }
    System.arraycopy(params, 0, locals, 0, params.length);
    int n = params.length;
    for (Local l : runs) {
      int t = Types.of(l.type());
      int end = (int) Math.min(expandedCount, n + l.count());
      Arrays.fill(locals, n, end, t);
      n = end;
      if (n == expandedCount) {
        break;
      }
    }
  }

  private int local(int index) {
    if (index >= 0 && index < expandedCount) {
      return locals[index];
    }
    long i = Integer.toUnsignedLong(index);
    if (i >= localCount) {
      throw Context.unknown("local", index);
    }
    long n = paramCount;
    for (Local l : declared) {
      n += l.count();
      if (i < n) {
        return Types.of(l.type());
      }
    }
    throw Context.unknown("local", index);
  }

  private int[] blockParams() {
    int t = reader.blockTypeIndex();
    return t >= 0 ? context.typeParams[context.type(t)] : Types.EMPTY;
  }

  private int[] blockResults() {
    int t = reader.blockTypeIndex();
    if (t >= 0) {
      return context.typeResults[t];
    }
    ValType v = reader.blockValType();
    if (v == null) {
      return Types.EMPTY;
    }
    return Types.SINGLE[supported(Types.of(v))];
  }

  private static int supported(int type) {
    if (type == Types.UNSUPPORTED) {
      throw new InvalidException(
          "unsupported: typed references (WebAssembly 3.0)", Location.UNKNOWN);
    }
    return type;
  }

  private int label(int index) {
    if (index < 0 || index >= stack.frameCount()) {
      throw Context.unknown("label", index);
    }
    return index;
  }

  /**
   * Types one instruction.
   *
   * @return false when it closed the function's outermost frame
   */
  private boolean instruction(Opcode op) {
    int[] params = Signatures.params(op);
    if (params != null) {
      fixed(op, params);
      return true;
    }
    switch (op) {
      case UNREACHABLE -> stack.unreachable();
      case NOP -> {}
      case BLOCK, LOOP -> {
        int[] in = blockParams();
        int[] out = blockResults();
        stack.pop(in);
        stack.pushFrame(op == Opcode.BLOCK ? TypeStack.BLOCK : TypeStack.LOOP, in, out);
      }
      case IF -> {
        int[] in = blockParams();
        int[] out = blockResults();
        stack.pop(Types.I32);
        stack.pop(in);
        stack.pushFrame(TypeStack.IF, in, out);
      }
      case ELSE -> {
        if (stack.innermostKind() != TypeStack.IF) {
          throw new MalformedException("END opcode expected", Where.at(expr, reader.position()));
        }
        stack.popFrame();
        int[] in = stack.closedStart();
        int[] out = stack.closedEnd();
        stack.pushFrame(TypeStack.ELSE, in, out);
      }
      case END -> {
        int kind = stack.popFrame();
        int[] in = stack.closedStart();
        int[] out = stack.closedEnd();
        if (kind == TypeStack.IF && !Arrays.equals(in, out)) {
          throw TypeStack.typeMismatch();
        }
        if (stack.frameCount() == 0) {
          return false;
        }
        stack.push(out);
      }
      case BR -> {
        stack.pop(stack.labelTypes(label(reader.labelIndex())));
        stack.unreachable();
      }
      case BR_IF -> {
        int[] types = stack.labelTypes(label(reader.labelIndex()));
        stack.pop(Types.I32);
        stack.pop(types);
        stack.push(types);
      }
      case BR_TABLE -> brTable();
      case RETURN -> {
        stack.pop(results);
        stack.unreachable();
      }
      case CALL -> call(context.funcType(reader.functionIndex()));
      case CALL_INDIRECT -> {
        int table = context.table(reader.tableIndex());
        int type = context.type(reader.typeIndex());
        if (table != Types.FUNCREF) {
          throw TypeStack.typeMismatch();
        }
        stack.pop(Types.I32);
        call(type);
      }
      case RETURN_CALL -> returnCall(context.funcType(reader.functionIndex()));
      case RETURN_CALL_INDIRECT -> {
        int table = context.table(reader.tableIndex());
        int type = context.type(reader.typeIndex());
        if (table != Types.FUNCREF) {
          throw TypeStack.typeMismatch();
        }
        stack.pop(Types.I32);
        returnCall(type);
      }
      case DROP -> stack.pop();
      case SELECT -> select();
      case SELECT_T -> {
        if (reader.selectTypeCount() != 1) {
          throw new InvalidException("invalid result arity", Location.UNKNOWN);
        }
        int t = supported(Types.of(reader.selectType(0)));
        stack.pop(Types.I32);
        stack.pop(t);
        stack.pop(t);
        stack.push(t);
      }
      case LOCAL_GET -> stack.push(local(reader.localIndex()));
      case LOCAL_SET -> stack.pop(local(reader.localIndex()));
      case LOCAL_TEE -> {
        int t = local(reader.localIndex());
        stack.pop(t);
        stack.push(t);
      }
      case GLOBAL_GET -> stack.push(context.global(reader.globalIndex()));
      case GLOBAL_SET -> {
        int g = reader.globalIndex();
        int t = context.global(g);
        if (!context.globalMutable[g]) {
          throw new InvalidException("global is immutable", Location.UNKNOWN);
        }
        stack.pop(t);
      }
      case REF_NULL -> {
        int t = Types.ofHeapType(reader.heapType());
        stack.push(supported(t));
      }
      case REF_IS_NULL -> {
        if (!Types.isRef(stack.pop())) {
          throw TypeStack.typeMismatch();
        }
        stack.push(Types.I32);
      }
      case REF_FUNC -> {
        int f = reader.functionIndex();
        context.funcType(f);
        if (!context.refs[f]) {
          throw new InvalidException("undeclared function reference", Location.UNKNOWN);
        }
        stack.push(Types.FUNCREF);
      }
      default -> TableAndMemory.instruction(op, reader, stack, context);
    }
    return true;
  }

  private void fixed(Opcode op, int[] params) {
    int address = Types.I32;
    Immediate imm = op.immediate();
    if (imm == Immediate.MEMARG || imm == Immediate.MEMARG_LANE) {
      address = context.memory(reader.memoryIndex());
      if (address == Types.I32 && (reader.memoryOffset() >>> 32) != 0) {
        throw new InvalidException("offset out of range", Location.UNKNOWN);
      }
      int align = reader.alignExponent();
      if (align > 4 || (1 << align) > op.arg()) {
        throw new InvalidException("alignment must not be larger than natural", Location.UNKNOWN);
      }
      if (imm == Immediate.MEMARG_LANE && reader.lane() >= 16 / op.arg()) {
        throw new InvalidException("invalid lane index", Location.UNKNOWN);
      }
    } else if (imm == Immediate.LANE) {
      if (reader.lane() >= op.arg()) {
        throw new InvalidException("invalid lane index", Location.UNKNOWN);
      }
    } else if (imm == Immediate.SHUFFLE) {
      byte[] lanes = reader.shuffleLanes();
      for (int i = 0; i < 16; i++) {
        if ((lanes[i] & 0xFF) >= 32) {
          throw new InvalidException("invalid lane index", Location.UNKNOWN);
        }
      }
    }
    for (int i = params.length - 1; i >= 0; i--) {
      int t = params[i];
      stack.pop(t == Signatures.ADDRESS ? address : t);
    }
    int result = Signatures.result(op);
    if (result != Signatures.NO_RESULT) {
      stack.push(result == Signatures.ADDRESS ? address : result);
    }
  }

  private void call(int type) {
    stack.pop(context.typeParams[type]);
    stack.push(context.typeResults[type]);
  }

  private void returnCall(int type) {
    if (!Arrays.equals(context.typeResults[type], results)) {
      throw TypeStack.typeMismatch();
    }
    stack.pop(context.typeParams[type]);
    stack.unreachable();
  }

  private void select() {
    stack.pop(Types.I32);
    int t1 = stack.pop();
    int t2 = stack.pop();
    boolean num = Types.isNum(t1) && Types.isNum(t2);
    boolean vec = Types.isVec(t1) && Types.isVec(t2);
    if (!(num || vec)) {
      throw TypeStack.typeMismatch();
    }
    if (t1 != t2 && t1 != Types.UNKNOWN && t2 != Types.UNKNOWN) {
      throw TypeStack.typeMismatch();
    }
    stack.push(t1 == Types.UNKNOWN ? t2 : t1);
  }

  private void brTable() {
    stack.pop(Types.I32);
    int fallback = label(reader.defaultTarget());
    int arity = stack.labelTypes(fallback).length;
    int[] targets = reader.targets();
    int count = reader.targetCount();
    for (int i = 0; i < count; i++) {
      int[] types = stack.labelTypes(label(targets[i]));
      if (types.length != arity) {
        throw TypeStack.typeMismatch();
      }
      stack.popAndPushBack(types);
    }
    stack.pop(stack.labelTypes(fallback));
    stack.unreachable();
  }
}

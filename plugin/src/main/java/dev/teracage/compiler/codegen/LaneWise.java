package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.MethodTypeDesc;

/**
 * f32x4 and i32x4 vectors as four lanes on the JVM stack between a producer and its consumer,
 * instead of two packed longs: a {@code v128.load}, {@code load16x4}, splat or lane-wise arithmetic
 * whose value goes straight (through simple instructions only) to lane-wise arithmetic, a {@code
 * v128.store} or an {@code extract_lane} leaves four {@code float}s or {@code int}s, which the
 * consumer takes as they are. Code between them then has no packing and unpacking of lanes, and is
 * the shape of an unrolled scalar loop, which HotSpot compiles as well as the scalar build
 * (RATIONALE.md, "SIMD as two longs", the lane-layout table).
 *
 * <p>The form of each value is decided when it is produced, by looking ahead at the instructions
 * after it: only instructions of fixed stack effect may come between (no control instruction, no
 * call), so a value in a lane form never meets branches, blocks, locals, calls or split frames,
 * which all take the packed form. Functions compiled in parts use the packed form only.
 */
final class LaneWise {
  /** Four {@code float} lanes, lane 0 deepest. */
  static final byte F32 = 1;

  /** Four {@code int} lanes, lane 0 deepest. */
  static final byte I32 = 2;

  /** A consumer that takes either lane form ({@code v128.store}). */
  private static final byte ANY = 3;

  /** How many instructions the look-ahead reads for a value's consumer. */
  private static final int LOOK_AHEAD = 48;

  private LaneWise() {}

  /**
   * Emits {@code op} lane-wise when one of its operands is in a lane form or its result is wanted
   * in one.
   *
   * @param f the function being emitted
   * @param op a SIMD instruction
   * @return false when the packed form is left to {@link SimdEmitter}
   */
  static boolean emit(FunctionEmitter f, Opcode op) {
    if (f.body == null || f.split != null) {
      return false;
    }
    int top = f.stack.size();
    byte result;
    switch (op) {
      case F32X4_ADD,
          F32X4_SUB,
          F32X4_MUL,
          F32X4_DIV,
          I32X4_ADD,
          I32X4_SUB,
          I32X4_MUL,
          V128_AND,
          V128_OR,
          V128_XOR,
          V128_ANDNOT -> {
        byte shape = op.mnemonic().startsWith("f") ? F32 : I32;
        result = wanted(f, shape);
        byte a = f.stack.form(top - 2);
        byte b = f.stack.form(top - 1);
        if (a == OperandStack.PACKED && b == OperandStack.PACKED && result == OperandStack.PACKED) {
          return false;
        }
        binary(f, op, shape, a, b, result);
      }
      case I8X16_SHUFFLE -> {
        result = wanted(f, I32);
        if (result == OperandStack.PACKED) {
          return false;
        }
        ShuffleEmitter.emit(f, f.reader.shuffleLanes(), true);
      }
      case V128_LOAD, V128_LOAD16X4_S, V128_LOAD16X4_U -> {
        byte want = wanted(f, op == Opcode.V128_LOAD ? ANY : I32);
        result = want == ANY ? I32 : want;
        if (result == OperandStack.PACKED) {
          return false;
        }
        load(f, op, result);
      }
      case F32X4_SPLAT, I32X4_SPLAT -> {
        byte shape = op == Opcode.F32X4_SPLAT ? F32 : I32;
        result = wanted(f, shape);
        if (result == OperandStack.PACKED) {
          return false;
        }
        int slot = f.scratch.temp(scalar(shape), 0);
        f.cb.storeLocal(kind(shape), slot);
        for (int i = 0; i < 4; i++) {
          f.cb.loadLocal(kind(shape), slot);
        }
      }
      case V128_STORE -> {
        byte v = f.stack.form(top - 1);
        if (v == OperandStack.PACKED) {
          return false;
        }
        store(f, v);
        result = OperandStack.PACKED;
      }
      case F32X4_EXTRACT_LANE, I32X4_EXTRACT_LANE -> {
        byte v = f.stack.form(top - 1);
        if (v == OperandStack.PACKED) {
          return false;
        }
        byte shape = op == Opcode.F32X4_EXTRACT_LANE ? F32 : I32;
        spill(f, shape, v, 0);
        f.cb.loadLocal(kind(shape), lane(f, shape, 0, f.reader.lane()));
        result = OperandStack.PACKED;
      }
      default -> {
        return false;
      }
    }
    f.stack.apply(op.signature());
    if (op.signature().endsWith(":v")) {
      f.stack.setTopForm(result);
    }
    return true;
  }

  /** {@code a op b} lane by lane, the result left in {@code result}'s form. */
  private static void binary(
      FunctionEmitter f, Opcode op, byte shape, byte a, byte b, byte result) {
    CodeBuilder cb = f.cb;
    spill(f, shape, b, 1);
    spill(f, shape, a, 0);
    for (int i = 0; i < 4; i++) {
      cb.loadLocal(kind(shape), lane(f, shape, 0, i));
      cb.loadLocal(kind(shape), lane(f, shape, 1, i));
      switch (op) {
        case F32X4_ADD -> cb.fadd();
        case F32X4_SUB -> cb.fsub();
        case F32X4_MUL -> cb.fmul();
        case F32X4_DIV -> cb.fdiv();
        case I32X4_ADD -> cb.iadd();
        case I32X4_SUB -> cb.isub();
        case I32X4_MUL -> cb.imul();
        case V128_AND -> cb.iand();
        case V128_OR -> cb.ior();
        case V128_XOR -> cb.ixor();
        default -> {
          cb.iconst_m1();
          cb.ixor();
          cb.iand();
        }
      }
      if (result == OperandStack.PACKED) {
        cb.storeLocal(kind(shape), lane(f, shape, 2, i));
      }
    }
    if (result == OperandStack.PACKED) {
      for (int half = 0; half < 2; half++) {
        bits(f, shape, 2, 2 * half);
        Values.zeroExtend(cb);
        bits(f, shape, 2, 2 * half + 1);
        cb.i2l();
        cb.loadConstant(32);
        cb.lshl();
        cb.lor();
      }
    }
  }

  /** Pushes lane {@code i} of spilled group {@code group} as an int of its bits. */
  private static void bits(FunctionEmitter f, byte shape, int group, int i) {
    f.cb.loadLocal(kind(shape), lane(f, shape, group, i));
    if (shape == F32) {
      f.cb.invokestatic(Values.FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
    }
  }

  /**
   * Pops a v128 in form {@code form} into the four lane slots of {@code group}, as lanes of {@code
   * shape}.
   */
  private static void spill(FunctionEmitter f, byte shape, byte form, int group) {
    CodeBuilder cb = f.cb;
    if (form == shape) {
      for (int i = 3; i >= 0; i--) {
        cb.storeLocal(kind(shape), lane(f, shape, group, i));
      }
      return;
    }
    if (form != OperandStack.PACKED) {
      spill(f, form, form, group);
      for (int i = 0; i < 4; i++) {
        cb.loadLocal(kind(form), lane(f, form, group, i));
        convert(cb, form);
        cb.storeLocal(kind(shape), lane(f, shape, group, i));
      }
      return;
    }
    int high = f.scratch.temp(ValType.I64, 2 * group + 11);
    int low = f.scratch.temp(ValType.I64, 2 * group + 10);
    cb.lstore(high);
    cb.lstore(low);
    for (int i = 0; i < 4; i++) {
      cb.lload(i < 2 ? low : high);
      if ((i & 1) == 1) {
        cb.loadConstant(32);
        cb.lushr();
      }
      cb.l2i();
      if (shape == F32) {
        cb.invokestatic(Values.FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
      }
      cb.storeLocal(kind(shape), lane(f, shape, group, i));
    }
  }

  /** Reinterprets a lane of {@code from} as the other shape, the same bits. */
  private static void convert(CodeBuilder cb, byte from) {
    if (from == F32) {
      cb.invokestatic(Values.FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
    } else {
      cb.invokestatic(Values.FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
    }
  }

  /** Loads four lanes of {@code shape} from the effective address ({@code load16x4}: widened). */
  private static void load(FunctionEmitter f, Opcode op, byte shape) {
    CodeBuilder cb = f.cb;
    int address = effectiveAddress(f);
    int width = op == Opcode.V128_LOAD ? 4 : 2;
    for (int i = 0; i < 4; i++) {
      if (width == 4) {
        MemoryAccess.handleOf(cb, scalar(shape), f.info.owner());
      } else {
        MemoryAccess.handleOfWidth(cb, 2, f.info.owner());
      }
      at(f, address, width * i);
      if (width == 4) {
        MemoryAccess.get(cb, scalar(shape));
      } else {
        MemoryAccess.getOfWidth(cb, 2);
        if (op == Opcode.V128_LOAD16X4_U) {
          cb.loadConstant(0xFFFF);
          cb.iand();
        }
      }
    }
  }

  /**
   * {@code v128.store} of four lanes: lane 3 first, so that a store out of bounds writes nothing
   * (when the last four bytes fit, so do the others), then lanes 0 to 2.
   */
  private static void store(FunctionEmitter f, byte form) {
    CodeBuilder cb = f.cb;
    spill(f, form, form, 0);
    int address = effectiveAddress(f);
    for (int i : new int[] {3, 0, 1, 2}) {
      MemoryAccess.handleOf(cb, scalar(form), f.info.owner());
      at(f, address, 4 * i);
      cb.loadLocal(kind(form), lane(f, form, 0, i));
      MemoryAccess.set(cb, scalar(form));
    }
  }

  /** Pops the i32 address, stores {@code address + offset} (a long) in a scratch slot. */
  private static int effectiveAddress(FunctionEmitter f) {
    CodeBuilder cb = f.cb;
    Values.zeroExtend(cb);
    long offset = f.reader.memoryOffset();
    if (offset != 0) {
      cb.loadConstant(offset);
      cb.ladd();
    }
    int slot = f.scratch.temp(ValType.I64, 9);
    cb.lstore(slot);
    return slot;
  }

  /** Pushes the segment and {@code address + delta}, after the var handle. */
  private static void at(FunctionEmitter f, int address, int delta) {
    CodeBuilder cb = f.cb;
    f.loadContext();
    MemoryAccess.segmentOf(cb, f.reader.memoryIndex());
    cb.lload(address);
    if (delta != 0) {
      cb.loadConstant((long) delta);
      cb.ladd();
    }
  }

  /**
   * Returns the form the value about to be produced should take: its consumer's lane form, when
   * only instructions of fixed stack effect come before the consumer and it takes lanes of {@code
   * shape} ({@link #ANY}: either).
   */
  private static byte wanted(FunctionEmitter f, byte shape) {
    CodeReader r = new CodeReader(false);
    r.reset(f.body.body().code(), f.reader.nextPosition(), f.body.body().length(), 0);
    int depth = 0;
    for (int n = 0; n < LOOK_AHEAD && r.hasNext(); n++) {
      Opcode op = r.next();
      String sig = op.signature();
      int pops;
      int pushes;
      if (sig != null) {
        pops = sig.indexOf(':');
        pushes = sig.length() - pops - 1;
      } else {
        switch (op) {
          case LOCAL_GET, GLOBAL_GET -> {
            pops = 0;
            pushes = 1;
          }
          case LOCAL_SET, GLOBAL_SET, DROP -> {
            pops = 1;
            pushes = 0;
          }
          case LOCAL_TEE -> {
            pops = 1;
            pushes = 1;
          }
          default -> {
            return OperandStack.PACKED;
          }
        }
      }
      if (pops > depth) {
        byte takes = takes(op, pops - 1 - depth);
        return takes == shape || takes == ANY && shape != ANY
            ? shape
            : takes != OperandStack.PACKED && shape == ANY ? takes : OperandStack.PACKED;
      }
      depth += pushes - pops;
    }
    return OperandStack.PACKED;
  }

  /** The lane form operand {@code operand} of {@code op} is taken in, else packed. */
  private static byte takes(Opcode op, int operand) {
    return switch (op) {
      case F32X4_ADD, F32X4_SUB, F32X4_MUL, F32X4_DIV, F32X4_EXTRACT_LANE -> F32;
      case I32X4_ADD,
          I32X4_SUB,
          I32X4_MUL,
          I32X4_EXTRACT_LANE,
          V128_AND,
          V128_OR,
          V128_XOR,
          V128_ANDNOT ->
          I32;
      case V128_STORE -> operand == 1 ? ANY : OperandStack.PACKED;
      default -> OperandStack.PACKED;
    };
  }

  /** The slot of lane {@code i} of scratch group {@code group} (0 to 2) for {@code shape}. */
  private static int lane(FunctionEmitter f, byte shape, int group, int i) {
    return f.scratch.temp(scalar(shape), 10 + 4 * group + i);
  }

  private static ValType scalar(byte shape) {
    return shape == F32 ? ValType.F32 : ValType.I32;
  }

  private static TypeKind kind(byte shape) {
    return shape == F32 ? TypeKind.FLOAT : TypeKind.INT;
  }
}

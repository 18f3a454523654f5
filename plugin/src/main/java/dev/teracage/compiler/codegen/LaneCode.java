package dev.teracage.compiler.codegen;

import static dev.teracage.compiler.codegen.LaneWise.F32;
import static dev.teracage.compiler.codegen.LaneWise.I16;
import static dev.teracage.compiler.codegen.LaneWise.kind;
import static dev.teracage.compiler.codegen.LaneWise.lanes;
import static dev.teracage.compiler.codegen.LaneWise.scalar;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.function.IntUnaryOperator;

/**
 * The bytecode of {@link LaneWise}'s lane forms: lane-wise arithmetic, shifts and narrowing, loads
 * and stores of lanes, and the moves between lanes and packed halves (through scratch groups of
 * lane slots: 0 and 1 for operands, 2 for a result to pack).
 */
final class LaneCode {
  private static final ClassDesc MATH = ClassDesc.of("java.lang.Math");

  private LaneCode() {}

  /** {@code a op b} lane by lane, the result left in {@code result}'s form. */
  static void binary(FunctionEmitter f, Opcode op, byte shape, byte a, byte b, byte result) {
    CodeBuilder cb = f.cb;
    spill(f, shape, b, 1);
    spill(f, shape, a, 0);
    for (int i = 0; i < lanes(shape); i++) {
      cb.loadLocal(kind(shape), lane(f, shape, 0, i));
      cb.loadLocal(kind(shape), lane(f, shape, 1, i));
      switch (op) {
        case F32X4_ADD -> cb.fadd();
        case F32X4_SUB -> cb.fsub();
        case F32X4_MUL -> cb.fmul();
        case F32X4_DIV -> cb.fdiv();
        case F32X4_MIN -> HelperInliner.invoke(f, Helpers.F32_MIN);
        case F32X4_MAX -> HelperInliner.invoke(f, Helpers.F32_MAX);
        case I32X4_ADD, I16X8_ADD -> cb.iadd();
        case I32X4_SUB, I16X8_SUB -> cb.isub();
        case I32X4_MUL, I16X8_MUL -> cb.imul();
        case V128_AND -> cb.iand();
        case V128_OR -> cb.ior();
        case V128_XOR -> cb.ixor();
        default -> {
          cb.iconst_m1();
          cb.ixor();
          cb.iand();
        }
      }
      finish(f, shape, result, i);
    }
    pack(f, shape, result);
  }

  /**
   * An i16x8 or i32x4 shift of {@code [v, count]}, lane by lane; the count is taken modulo the lane
   * width.
   */
  static void shift(FunctionEmitter f, Opcode op, byte shape, byte v, byte result) {
    CodeBuilder cb = f.cb;
    boolean i16 = shape == I16;
    int count = f.scratch.temp(ValType.I32, 9);
    cb.loadConstant(i16 ? 15 : 31);
    cb.iand();
    cb.istore(count);
    spill(f, shape, v, 0);
    for (int i = 0; i < lanes(shape); i++) {
      cb.iload(lane(f, shape, 0, i));
      switch (op) {
        case I16X8_SHL, I32X4_SHL -> {
          cb.iload(count);
          cb.ishl();
        }
        case I16X8_SHR_S, I32X4_SHR_S -> {
          if (i16) {
            cb.i2s();
          }
          cb.iload(count);
          cb.ishr();
        }
        default -> {
          if (i16) {
            cb.loadConstant(0xFFFF);
            cb.iand();
          }
          cb.iload(count);
          cb.iushr();
        }
      }
      finish(f, shape, result, i);
    }
    pack(f, shape, result);
  }

  /**
   * A lane-wise unary instruction: f32x4 {@code abs} and {@code neg} on the lane's bits (keeping
   * NaN payloads), {@code sqrt} in double (exactly rounded back); i32x4 {@code abs} and {@code
   * neg}, wrapping.
   */
  static void unary(FunctionEmitter f, Opcode op, byte shape, byte v, byte result) {
    CodeBuilder cb = f.cb;
    spill(f, shape, v, 0);
    for (int i = 0; i < 4; i++) {
      cb.loadLocal(kind(shape), lane(f, shape, 0, i));
      switch (op) {
        case F32X4_ABS, F32X4_NEG -> {
          cb.invokestatic(Values.FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
          if (op == Opcode.F32X4_ABS) {
            cb.loadConstant(0x7FFF_FFFF);
            cb.iand();
          } else {
            cb.loadConstant(0x8000_0000);
            cb.ixor();
          }
          cb.invokestatic(Values.FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
        }
        case F32X4_SQRT -> {
          cb.f2d();
          cb.invokestatic(MATH, "sqrt", MethodTypeDesc.of(CD_double, CD_double));
          cb.d2f();
        }
        case I32X4_ABS -> cb.invokestatic(MATH, "abs", MethodTypeDesc.of(CD_int, CD_int));
        default -> cb.ineg();
      }
      finish(f, shape, result, i);
    }
    pack(f, shape, result);
  }

  /**
   * An i32x4 or f32x4 comparison of two vectors of {@code shape} lanes: each result lane all ones
   * where it holds, else zero, as i32 lanes. Float comparisons with a NaN hold only for {@code ne}.
   */
  static void compare(FunctionEmitter f, Opcode op, byte shape, byte a, byte b, byte result) {
    CodeBuilder cb = f.cb;
    spill(f, shape, b, 1);
    spill(f, shape, a, 0);
    boolean unsigned = op.mnemonic().endsWith("_u");
    for (int i = 0; i < 4; i++) {
      for (int operand = 0; operand < 2; operand++) {
        cb.loadLocal(kind(shape), lane(f, shape, operand, i));
        if (unsigned) {
          cb.loadConstant(Integer.MIN_VALUE);
          cb.ixor();
        }
      }
      java.lang.classfile.Label holds = cb.newLabel();
      java.lang.classfile.Label done = cb.newLabel();
      String relation = op.mnemonic().substring(6, 8);
      if (shape == F32) {
        // fcmpg gives 1 for a NaN, fcmpl -1: each relation takes the one that makes it false.
        if (relation.equals("lt") || relation.equals("le")) {
          cb.fcmpg();
        } else {
          cb.fcmpl();
        }
        cb.branch(intBranch(relation, false), holds);
      } else {
        cb.branch(intBranch(relation, true), holds);
      }
      cb.iconst_0();
      cb.goto_(done);
      cb.labelBinding(holds);
      cb.iconst_m1();
      cb.labelBinding(done);
      finish(f, LaneWise.I32, result, i);
    }
    pack(f, LaneWise.I32, result);
  }

  /** The branch taken when {@code relation} holds: of two ints, or of a comparison's result. */
  private static java.lang.classfile.Opcode intBranch(String relation, boolean twoInts) {
    return switch (relation) {
      case "eq" -> twoInts ? java.lang.classfile.Opcode.IF_ICMPEQ : java.lang.classfile.Opcode.IFEQ;
      case "ne" -> twoInts ? java.lang.classfile.Opcode.IF_ICMPNE : java.lang.classfile.Opcode.IFNE;
      case "lt" -> twoInts ? java.lang.classfile.Opcode.IF_ICMPLT : java.lang.classfile.Opcode.IFLT;
      case "gt" -> twoInts ? java.lang.classfile.Opcode.IF_ICMPGT : java.lang.classfile.Opcode.IFGT;
      case "le" -> twoInts ? java.lang.classfile.Opcode.IF_ICMPLE : java.lang.classfile.Opcode.IFLE;
      default -> twoInts ? java.lang.classfile.Opcode.IF_ICMPGE : java.lang.classfile.Opcode.IFGE;
    };
  }

  /** {@code v128.bitselect} as i32 lanes: {@code (v1 & c) | (v2 & ~c)}. */
  static void bitselect(FunctionEmitter f, byte v1, byte v2, byte c, byte result) {
    CodeBuilder cb = f.cb;
    byte shape = LaneWise.I32;
    spill(f, shape, c, 3);
    spill(f, shape, v2, 1);
    spill(f, shape, v1, 0);
    for (int i = 0; i < 4; i++) {
      cb.iload(lane(f, shape, 0, i));
      cb.iload(lane(f, shape, 3, i));
      cb.iand();
      cb.iload(lane(f, shape, 1, i));
      cb.iload(lane(f, shape, 3, i));
      cb.iconst_m1();
      cb.ixor();
      cb.iand();
      cb.ior();
      finish(f, shape, result, i);
    }
    pack(f, shape, result);
  }

  /** Leaves lane {@code i} of a result on the stack, or in scratch group 2 to be packed. */
  static void finish(FunctionEmitter f, byte shape, byte result, int i) {
    if (result == OperandStack.PACKED) {
      f.cb.storeLocal(kind(shape), lane(f, shape, 2, i));
    }
  }

  /** Packs scratch group 2 into two longs, when the result is wanted packed. */
  static void pack(FunctionEmitter f, byte shape, byte result) {
    if (result == OperandStack.PACKED) {
      pack(f.cb, shape, i -> lane(f, shape, 2, i));
    }
  }

  /** Pushes two longs packed from the lanes of {@code shape} in {@code slots}. */
  static void pack(CodeBuilder cb, byte shape, IntUnaryOperator slots) {
    int perHalf = lanes(shape) / 2;
    int width = 64 / perHalf;
    for (int half = 0; half < 2; half++) {
      for (int j = 0; j < perHalf; j++) {
        cb.loadLocal(kind(shape), slots.applyAsInt(half * perHalf + j));
        if (shape == F32) {
          cb.invokestatic(Values.FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
        }
        if (width == 16) {
          cb.loadConstant(0xFFFF);
          cb.iand();
          cb.i2l();
        } else if (j == 0) {
          Values.zeroExtend(cb);
        } else {
          cb.i2l();
        }
        if (j > 0) {
          cb.loadConstant(width * j);
          cb.lshl();
          cb.lor();
        }
      }
    }
  }

  /**
   * {@code i8x16.narrow_i16x8_s/u} of two vectors, each in i16 lanes or packed: each lane saturated
   * to a byte, the result packed.
   */
  static void narrow(FunctionEmitter f, boolean signed, byte a, byte b) {
    CodeBuilder cb = f.cb;
    spill(f, I16, b, 1);
    spill(f, I16, a, 0);
    for (int group = 0; group < 2; group++) {
      for (int j = 0; j < 8; j++) {
        cb.iload(lane(f, I16, group, j));
        cb.i2s();
        cb.loadConstant(signed ? -128 : 0);
        cb.invokestatic(MATH, "max", MethodTypeDesc.of(CD_int, CD_int, CD_int));
        cb.loadConstant(signed ? 127 : 255);
        cb.invokestatic(MATH, "min", MethodTypeDesc.of(CD_int, CD_int, CD_int));
        cb.loadConstant(0xFF);
        cb.iand();
        cb.i2l();
        if (j > 0) {
          cb.loadConstant(8 * j);
          cb.lshl();
          cb.lor();
        }
      }
    }
  }

  /**
   * Pops a v128 in form {@code form} (the lane form {@code shape} or packed) into the lane slots of
   * scratch group {@code group}.
   */
  static void spill(FunctionEmitter f, byte shape, byte form, int group) {
    spill(f, shape, form, i -> lane(f, shape, group, i), group);
  }

  /**
   * Pops a v128 in form {@code form} (the lane form {@code shape} or packed) into {@code slots},
   * unpacking through the long scratch slots of {@code group}.
   */
  static void spill(FunctionEmitter f, byte shape, byte form, IntUnaryOperator slots, int group) {
    CodeBuilder cb = f.cb;
    int n = lanes(shape);
    if (form == shape) {
      for (int i = n - 1; i >= 0; i--) {
        cb.storeLocal(kind(shape), slots.applyAsInt(i));
      }
      return;
    }
    if (form != OperandStack.PACKED) {
      throw new IllegalStateException("a vector in lane form " + form + " where " + shape);
    }
    int high = f.scratch.temp(ValType.I64, 2 * group + 11);
    int low = f.scratch.temp(ValType.I64, 2 * group + 10);
    cb.lstore(high);
    cb.lstore(low);
    for (int i = 0; i < n; i++) {
      unpackLane(cb, shape, i, i < n / 2 ? low : high);
      cb.storeLocal(kind(shape), slots.applyAsInt(i));
    }
  }

  /** Pushes lane {@code i} of {@code shape} from the half (a long) in {@code halfSlot}. */
  static void unpackLane(CodeBuilder cb, byte shape, int i, int halfSlot) {
    int perHalf = lanes(shape) / 2;
    cb.lload(halfSlot);
    int shift = (i % perHalf) * (64 / perHalf);
    if (shift != 0) {
      cb.loadConstant(shift);
      cb.lushr();
    }
    cb.l2i();
    if (shape == F32) {
      cb.invokestatic(Values.FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
    }
  }

  /**
   * Loads the lanes of {@code shape}, {@code width} bytes each, from the effective address (a
   * narrower width sign-extends, or with {@code unsigned} zero-extends, as {@code load16x4}).
   */
  static void load(FunctionEmitter f, byte shape, int width, boolean unsigned) {
    CodeBuilder cb = f.cb;
    int address = effectiveAddress(f);
    if (shape == F32) {
      for (int i = 0; i < 4; i++) {
        access(f, shape, width);
        at(f, address, width * i);
        MemoryAccess.get(cb, ValType.F32);
      }
      return;
    }
    // Integer lanes from whole i64 reads: one access (and one bounds check) per 8 bytes.
    int n = lanes(shape);
    int perRead = 8 / width;
    int word = f.scratch.temp(ValType.I64, 8);
    for (int i = 0; i < n; i++) {
      if (i % perRead == 0) {
        MemoryAccess.handleOfWidth(cb, 8, f.info.owner());
        at(f, address, width * i);
        MemoryAccess.getOfWidth(cb, 8);
        cb.lstore(word);
      }
      cb.lload(word);
      int shift = 8 * width * (i % perRead);
      if (shift != 0) {
        cb.loadConstant(shift);
        cb.lushr();
      }
      cb.l2i();
      if (width == 2 && shape == LaneWise.I32) {
        if (unsigned) {
          cb.loadConstant(0xFFFF);
          cb.iand();
        } else {
          cb.i2s();
        }
      }
    }
  }

  /**
   * {@code v128.store} of lanes: the last lane first, so that a store out of bounds writes nothing
   * (when the last bytes fit, so do the others), then the others in order.
   */
  static void store(FunctionEmitter f, byte form) {
    CodeBuilder cb = f.cb;
    spill(f, form, form, 0);
    int address = effectiveAddress(f);
    int n = lanes(form);
    int width = 16 / n;
    for (int k = 0; k < n; k++) {
      int i = k == 0 ? n - 1 : k - 1;
      access(f, form, width);
      at(f, address, width * i);
      cb.loadLocal(kind(form), lane(f, form, 0, i));
      if (form == F32) {
        MemoryAccess.set(cb, ValType.F32);
      } else if (width == 2) {
        MemoryAccess.set(cb, Opcode.I32_STORE16);
      } else {
        MemoryAccess.set(cb, ValType.I32);
      }
    }
  }

  /** Pushes the var handle for a lane of {@code shape} of {@code width} bytes. */
  static void access(FunctionEmitter f, byte shape, int width) {
    if (shape == F32) {
      MemoryAccess.handleOf(f.cb, ValType.F32, f.info.owner());
    } else {
      MemoryAccess.handleOfWidth(f.cb, width, f.info.owner());
    }
  }

  /** Pops the i32 address, stores the effective address (a long) in a scratch slot. */
  static int effectiveAddress(FunctionEmitter f) {
    MemoryAccess.effectiveAddress(f.cb, f.reader.memoryOffset());
    int slot = f.scratch.temp(ValType.I64, 9);
    f.cb.lstore(slot);
    return slot;
  }

  /** Pushes the memory and {@code address + delta}, after the var handle. */
  static void at(FunctionEmitter f, int address, int delta) {
    SimdMemoryEmitter.at(f, f.reader.memoryIndex(), address, delta);
  }

  /** The slot of lane {@code i} of scratch group {@code group} (0 to 2) for {@code shape}. */
  static int lane(FunctionEmitter f, byte shape, int group, int i) {
    return f.scratch.temp(scalar(shape), 10 + 8 * group + i);
  }
}

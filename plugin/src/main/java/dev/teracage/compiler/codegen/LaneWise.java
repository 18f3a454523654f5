package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.function.IntUnaryOperator;

/**
 * Vectors as lanes on the JVM stack between a producer and its consumer, instead of two packed
 * longs: four {@code float}s ({@link #F32}), four {@code int}s ({@link #I32}) or eight {@code int}s
 * holding i16 lanes in their low 16 bits ({@link #I16}; the upper bits do not count, and every
 * consumer that reads them masks or sign-extends). A producer (a load, {@code load16x4}, splat,
 * {@code i8x16.shuffle}, or lane-wise arithmetic: f32x4, i32x4 and i16x8 add, sub, mul, f32x4 div,
 * i16x8 shifts, the bitwise {@code v128} operations as i32 lanes) whose value goes straight
 * (through simple instructions only) to a consumer of one of these forms (lane-wise arithmetic, a
 * narrowing, {@code v128.store}, {@code extract_lane}) leaves it in that form, and the consumer
 * takes it as it is. Code between them then packs and unpacks no lanes, and has the shape of an
 * unrolled scalar loop, which HotSpot compiles as well as the scalar build (RATIONALE.md, "SIMD as
 * two longs").
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

  /** Eight {@code int}s, lane 0 deepest, each an i16 lane in its low 16 bits. */
  static final byte I16 = 3;

  /** A consumer that takes any lane form ({@code v128.store}). */
  private static final byte ANY = 4;

  /** How many instructions the look-ahead reads for a value's consumer. */
  private static final int LOOK_AHEAD = 48;

  private static final ClassDesc MATH = ClassDesc.of("java.lang.Math");

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
    CodeBuilder cb = f.cb;
    byte result = OperandStack.PACKED;
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
          V128_ANDNOT,
          I16X8_ADD,
          I16X8_SUB,
          I16X8_MUL -> {
        byte shape = shapeOf(op);
        result = wanted(f, shape);
        byte a = f.stack.form(top - 2);
        byte b = f.stack.form(top - 1);
        if (a == OperandStack.PACKED && b == OperandStack.PACKED && result == OperandStack.PACKED) {
          return false;
        }
        binary(f, op, shape, a, b, result);
      }
      case I16X8_SHL, I16X8_SHR_S, I16X8_SHR_U -> {
        result = wanted(f, I16);
        byte v = f.stack.form(top - 2);
        if (v == OperandStack.PACKED && result == OperandStack.PACKED) {
          return false;
        }
        shift(f, op, v, result);
      }
      case I8X16_NARROW_I16X8_S, I8X16_NARROW_I16X8_U -> {
        byte a = f.stack.form(top - 2);
        byte b = f.stack.form(top - 1);
        if (a == OperandStack.PACKED && b == OperandStack.PACKED) {
          return false;
        }
        narrow(f, op == Opcode.I8X16_NARROW_I16X8_S, a, b);
      }
      case I8X16_SHUFFLE -> {
        result = wanted(f, I32, I16);
        if (result == OperandStack.PACKED) {
          return false;
        }
        ShuffleEmitter.emit(f, f.reader.shuffleLanes(), 16 / lanes(result));
      }
      case V128_LOAD -> {
        result = wanted(f, I32, F32, I16);
        if (result == OperandStack.PACKED) {
          return false;
        }
        load(f, result, 16 / lanes(result), false);
      }
      case V128_LOAD16X4_S, V128_LOAD16X4_U -> {
        result = wanted(f, I32);
        if (result == OperandStack.PACKED) {
          return false;
        }
        load(f, I32, 2, op == Opcode.V128_LOAD16X4_U);
      }
      case F32X4_SPLAT, I32X4_SPLAT, I16X8_SPLAT -> {
        byte shape = shapeOf(op);
        result = wanted(f, shape);
        if (result == OperandStack.PACKED) {
          return false;
        }
        int slot = f.scratch.temp(scalar(shape), 0);
        cb.storeLocal(kind(shape), slot);
        for (int i = 0; i < lanes(shape); i++) {
          cb.loadLocal(kind(shape), slot);
        }
      }
      case V128_STORE -> {
        byte v = f.stack.form(top - 1);
        if (v == OperandStack.PACKED) {
          return false;
        }
        store(f, v);
      }
      case F32X4_EXTRACT_LANE, I32X4_EXTRACT_LANE, I16X8_EXTRACT_LANE_S, I16X8_EXTRACT_LANE_U -> {
        byte v = f.stack.form(top - 1);
        if (v == OperandStack.PACKED) {
          return false;
        }
        spill(f, v, v, 0);
        cb.loadLocal(kind(v), lane(f, v, 0, f.reader.lane()));
        if (op == Opcode.I16X8_EXTRACT_LANE_S) {
          cb.i2s();
        } else if (op == Opcode.I16X8_EXTRACT_LANE_U) {
          cb.loadConstant(0xFFFF);
          cb.iand();
        }
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

  /** The lane shape an arithmetic instruction works on (the bitwise ones: i32 lanes). */
  private static byte shapeOf(Opcode op) {
    return switch (op.mnemonic().substring(0, 5)) {
      case "f32x4" -> F32;
      case "i16x8" -> I16;
      default -> I32;
    };
  }

  /** {@code a op b} lane by lane, the result left in {@code result}'s form. */
  private static void binary(
      FunctionEmitter f, Opcode op, byte shape, byte a, byte b, byte result) {
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

  /** An i16x8 shift of {@code [v, count]}, lane by lane; the count is taken modulo 16. */
  private static void shift(FunctionEmitter f, Opcode op, byte v, byte result) {
    CodeBuilder cb = f.cb;
    int count = f.scratch.temp(ValType.I32, 9);
    cb.loadConstant(15);
    cb.iand();
    cb.istore(count);
    spill(f, I16, v, 0);
    for (int i = 0; i < 8; i++) {
      cb.iload(lane(f, I16, 0, i));
      switch (op) {
        case I16X8_SHL -> {
          cb.iload(count);
          cb.ishl();
        }
        case I16X8_SHR_S -> {
          cb.i2s();
          cb.iload(count);
          cb.ishr();
        }
        default -> {
          cb.loadConstant(0xFFFF);
          cb.iand();
          cb.iload(count);
          cb.iushr();
        }
      }
      finish(f, I16, result, i);
    }
    pack(f, I16, result);
  }

  /** Leaves lane {@code i} of a result on the stack, or in scratch group 2 to be packed. */
  private static void finish(FunctionEmitter f, byte shape, byte result, int i) {
    if (result == OperandStack.PACKED) {
      f.cb.storeLocal(kind(shape), lane(f, shape, 2, i));
    }
  }

  /** Packs scratch group 2 into two longs, when the result is wanted packed. */
  private static void pack(FunctionEmitter f, byte shape, byte result) {
    if (result == OperandStack.PACKED) {
      pack(f.cb, shape, i -> lane(f, shape, 2, i));
    }
  }

  /** Pushes two longs packed from the lanes of {@code shape} in {@code slots}. */
  private static void pack(CodeBuilder cb, byte shape, IntUnaryOperator slots) {
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
  private static void narrow(FunctionEmitter f, boolean signed, byte a, byte b) {
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
  private static void spill(FunctionEmitter f, byte shape, byte form, int group) {
    spill(f, shape, form, i -> lane(f, shape, group, i), group);
  }

  /**
   * Pops a v128 in form {@code form} (the lane form {@code shape} or packed) into {@code slots},
   * unpacking through the long scratch slots of {@code group}.
   */
  private static void spill(
      FunctionEmitter f, byte shape, byte form, IntUnaryOperator slots, int group) {
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
  private static void unpackLane(CodeBuilder cb, byte shape, int i, int halfSlot) {
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

  // ---- v128 locals in a lane form: four floats or ints in the local's four slots ----

  /**
   * Chooses the form of each v128 local: a lane form ({@link #F32} or {@link #I32}) when some
   * {@code local.get} of it goes straight to a consumer of that form and none to one of the other,
   * else packed. Parameters and results of other forms work either way; the choice only saves
   * packing and unpacking.
   *
   * @param f the function, before its locals are declared
   * @param body the function
   * @return the form of each local
   */
  static byte[] planLocals(FunctionEmitter f, dev.teracage.compiler.model.FunctionBody body) {
    java.util.List<ValType> types = new java.util.ArrayList<>(f.type.params());
    for (dev.teracage.compiler.model.Local l : body.locals()) {
      for (long c = 0; c < l.count(); c++) {
        types.add(l.type());
      }
    }
    byte[] forms = new byte[types.size()];
    if (!types.contains(ValType.V128)) {
      return forms;
    }
    int[] f32 = new int[forms.length];
    int[] i32 = new int[forms.length];
    byte[] code = body.body().code();
    CodeReader r = new CodeReader(false);
    r.reset(code, 0, body.body().length(), 0);
    while (r.hasNext()) {
      Opcode op = r.next();
      if (op == Opcode.LOCAL_GET && Values.isV128(types.get(r.localIndex()))) {
        byte takes = consumer(null, code, r.nextPosition(), body.body().length());
        if (takes == F32) {
          f32[r.localIndex()]++;
        } else if (takes == I32) {
          i32[r.localIndex()]++;
        }
      }
    }
    for (int l = 0; l < forms.length; l++) {
      forms[l] =
          f32[l] > 0 && i32[l] == 0 ? F32 : i32[l] > 0 && f32[l] == 0 ? I32 : OperandStack.PACKED;
    }
    return forms;
  }

  /**
   * Converts a v128 local just stored as two longs at {@code slot} to lane form {@code form}, in
   * place.
   */
  static void unpackInPlace(CodeBuilder cb, byte form, int slot) {
    if (form == OperandStack.PACKED) {
      return;
    }
    for (int i = 0; i < 4; i++) {
      unpackLane(cb, form, i, i < 2 ? slot : slot + 2);
    }
    for (int i = 3; i >= 0; i--) {
      cb.storeLocal(kind(form), slot + i);
    }
  }

  /** Sets a v128 local of lane form {@code form} to zero. */
  static void zero(CodeBuilder cb, byte form, int slot) {
    for (int i = 0; i < 4; i++) {
      if (form == F32) {
        cb.fconst_0();
      } else {
        cb.iconst_0();
      }
      cb.storeLocal(kind(form), slot + i);
    }
  }

  /**
   * {@code local.get}, {@code local.set} and {@code local.tee} of a v128 local in a lane form: the
   * value is stored lane by lane (unpacked first when it comes packed), and pushed in the lane form
   * when its consumer takes it, else packed.
   *
   * @param f the function being emitted
   * @param op the instruction
   * @param local the local
   */
  static void local(FunctionEmitter f, Opcode op, int local) {
    byte form = f.localForm(local);
    int slot = f.localSlot(local);
    CodeBuilder cb = f.cb;
    if (op != Opcode.LOCAL_GET) {
      spill(f, form, f.stack.form(f.stack.size() - 1), i -> slot + i, 0);
      f.stack.pop();
      if (op == Opcode.LOCAL_SET) {
        return;
      }
    }
    byte result = wanted(f, form);
    if (result == OperandStack.PACKED) {
      pack(cb, form, i -> slot + i);
    } else {
      for (int i = 0; i < 4; i++) {
        cb.loadLocal(kind(form), slot + i);
      }
    }
    f.stack.push(ValType.V128);
    f.stack.setTopForm(result);
  }

  /**
   * Loads the lanes of {@code shape}, {@code width} bytes each, from the effective address (a
   * narrower width sign-extends, or with {@code unsigned} zero-extends, as {@code load16x4}).
   */
  private static void load(FunctionEmitter f, byte shape, int width, boolean unsigned) {
    CodeBuilder cb = f.cb;
    int address = effectiveAddress(f);
    for (int i = 0; i < lanes(shape); i++) {
      access(f, shape, width);
      at(f, address, width * i);
      if (shape == F32) {
        MemoryAccess.get(cb, ValType.F32);
      } else {
        MemoryAccess.getOfWidth(cb, width);
        if (unsigned) {
          cb.loadConstant(0xFFFF);
          cb.iand();
        }
      }
    }
  }

  /**
   * {@code v128.store} of lanes: the last lane first, so that a store out of bounds writes nothing
   * (when the last bytes fit, so do the others), then the others in order.
   */
  private static void store(FunctionEmitter f, byte form) {
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
  private static void access(FunctionEmitter f, byte shape, int width) {
    if (shape == F32) {
      MemoryAccess.handleOf(f.cb, ValType.F32, f.info.owner());
    } else {
      MemoryAccess.handleOfWidth(f.cb, width, f.info.owner());
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
   * Returns the form the value about to be produced should take, among those the producer can make
   * ({@code shapes}, preferred first): its consumer's lane form, when only instructions of fixed
   * stack effect come before the consumer and it takes one of them.
   */
  private static byte wanted(FunctionEmitter f, byte... shapes) {
    byte takes = consumer(f);
    for (byte shape : shapes) {
      if (takes == shape || takes == ANY) {
        return shape;
      }
    }
    return OperandStack.PACKED;
  }

  /** The form the consumer of the value about to be produced takes it in ({@link #ANY}, packed). */
  private static byte consumer(FunctionEmitter f) {
    return consumer(f, f.body.body().code(), f.reader.nextPosition(), f.body.body().length());
  }

  /**
   * The form the consumer of a value takes it in, reading from {@code start}: the instruction that
   * pops it, when only instructions of fixed stack effect come before. With {@code f} null
   * (planning the locals), a {@code local.set} or {@code local.tee} takes it packed.
   */
  private static byte consumer(FunctionEmitter f, byte[] code, int start, int end) {
    CodeReader r = new CodeReader(false);
    r.reset(code, start, end, 0);
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
        if (op == Opcode.LOCAL_SET || op == Opcode.LOCAL_TEE) {
          return f == null ? OperandStack.PACKED : f.localForm(r.localIndex());
        }
        return takes(op, pops - 1 - depth);
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
      case I16X8_ADD,
          I16X8_SUB,
          I16X8_MUL,
          I16X8_EXTRACT_LANE_S,
          I16X8_EXTRACT_LANE_U,
          I8X16_NARROW_I16X8_S,
          I8X16_NARROW_I16X8_U ->
          I16;
      case I16X8_SHL, I16X8_SHR_S, I16X8_SHR_U -> operand == 0 ? I16 : OperandStack.PACKED;
      case V128_STORE -> operand == 1 ? ANY : OperandStack.PACKED;
      default -> OperandStack.PACKED;
    };
  }

  /** The slot of lane {@code i} of scratch group {@code group} (0 to 2) for {@code shape}. */
  private static int lane(FunctionEmitter f, byte shape, int group, int i) {
    return f.scratch.temp(scalar(shape), 10 + 8 * group + i);
  }

  private static int lanes(byte shape) {
    return shape == I16 ? 8 : 4;
  }

  private static ValType scalar(byte shape) {
    return shape == F32 ? ValType.F32 : ValType.I32;
  }

  private static TypeKind kind(byte shape) {
    return shape == F32 ? TypeKind.FLOAT : TypeKind.INT;
  }
}

package dev.teracage.compiler.codegen;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;

/**
 * Vectors as lanes on the JVM stack between a producer and its consumer, instead of two packed
 * longs: four {@code float}s ({@link #F32}), four {@code int}s ({@link #I32}) or eight {@code int}s
 * holding i16 lanes in their low 16 bits ({@link #I16}; the upper bits do not count, and every
 * consumer that reads them masks or sign-extends). A producer (a load, {@code load16x4}, splat,
 * {@code i8x16.shuffle}, or lane-wise arithmetic: f32x4, i32x4 and i16x8 add, sub, mul, f32x4 div,
 * min, max, abs, neg, sqrt, i32x4 abs and neg, i32x4 and i16x8 shifts, the bitwise {@code v128}
 * operations as i32 lanes) whose value goes straight (through simple instructions only) to a
 * consumer of one of these forms (lane-wise arithmetic, a narrowing, {@code v128.store}, {@code
 * extract_lane}) leaves it in that form, and the consumer takes it as it is. Code between them then
 * packs and unpacks no lanes, and has the shape of an unrolled scalar loop, which HotSpot compiles
 * as well as the scalar build (RATIONALE.md, "SIMD as two longs").
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
  static final byte ANY = 4;

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
    boolean lanesIn = false;
    for (int k = 1; k <= op.signature().indexOf(':'); k++) {
      lanesIn |= f.stack.form(top - k) != OperandStack.PACKED;
    }
    byte result = result(f, op);
    if (result == UNHANDLED) {
      if (lanesIn) {
        // LaneRules.takes promised that this instruction takes a lane form.
        throw new IllegalStateException(op.mnemonic() + " met an operand in a lane form");
      }
      return false;
    }
    if (!lanesIn && result == OperandStack.PACKED) {
      return false;
    }
    CodeBuilder cb = f.cb;
    switch (LaneRules.kind(op)) {
      case SHIFT -> LaneCode.shift(f, op, shapeOf(op), f.stack.form(top - 2), result);
      case COMPARE ->
          LaneCode.compare(
              f, op, shapeOf(op), f.stack.form(top - 2), f.stack.form(top - 1), result);
      case BITSELECT ->
          LaneCode.bitselect(
              f, f.stack.form(top - 3), f.stack.form(top - 2), f.stack.form(top - 1), result);
      case UNARY -> LaneCode.unary(f, op, shapeOf(op), f.stack.form(top - 1), result);
      case NARROW ->
          LaneCode.narrow(
              f, op == Opcode.I8X16_NARROW_I16X8_S, f.stack.form(top - 2), f.stack.form(top - 1));
      case SHUFFLE -> ShuffleEmitter.emit(f, f.reader.shuffleLanes(), 16 / lanes(result));
      case LOAD -> LaneCode.load(f, result, 16 / lanes(result), false);
      case LOAD16X4 -> LaneCode.load(f, I32, 2, op == Opcode.V128_LOAD16X4_U);
      case SPLAT -> {
        byte shape = shapeOf(op);
        int slot = f.scratch.temp(scalar(shape), 0);
        cb.storeLocal(kind(shape), slot);
        for (int i = 0; i < lanes(shape); i++) {
          cb.loadLocal(kind(shape), slot);
        }
      }
      case STORE -> LaneCode.store(f, f.stack.form(top - 1));
      case EXTRACT_LANE -> {
        byte v = f.stack.form(top - 1);
        LaneCode.spill(f, v, v, 0);
        cb.loadLocal(kind(v), LaneCode.lane(f, v, 0, f.reader.lane()));
        if (op == Opcode.I16X8_EXTRACT_LANE_S) {
          cb.i2s();
        } else if (op == Opcode.I16X8_EXTRACT_LANE_U) {
          cb.loadConstant(0xFFFF);
          cb.iand();
        }
      }
      case BINARY ->
          LaneCode.binary(f, op, shapeOf(op), f.stack.form(top - 2), f.stack.form(top - 1), result);
    }
    f.stack.apply(op.signature());
    if (op.signature().endsWith(":v")) {
      f.stack.setTopForm(result);
    }
    return true;
  }

  /** {@link #result}'s answer for an instruction this class does not emit. */
  private static final byte UNHANDLED = -1;

  /**
   * Returns the form {@code op}'s result is wanted in ({@link OperandStack#PACKED} for an
   * instruction whose result is not a vector, or that can only pack it), or {@link #UNHANDLED}.
   */
  private static byte result(FunctionEmitter f, Opcode op) {
    byte[] forms = LaneRules.results(op);
    if (forms == null) {
      return UNHANDLED;
    }
    return forms.length == 0 ? OperandStack.PACKED : wanted(f, forms);
  }

  /** The lane shape an arithmetic instruction works on (the bitwise ones: i32 lanes). */
  static byte shapeOf(Opcode op) {
    return switch (op.mnemonic().substring(0, 5)) {
      case "f32x4" -> F32;
      case "i16x8" -> I16;
      default -> I32;
    };
  }

  /**
   * Returns the form the value about to be produced should take, among those the producer can make
   * ({@code shapes}, preferred first): its consumer's lane form, when only instructions of fixed
   * stack effect come before the consumer and it takes one of them.
   */
  static byte wanted(FunctionEmitter f, byte... shapes) {
    byte takes = consumer(f);
    for (byte shape : shapes) {
      if (takes == shape || takes == ANY) {
        return shape;
      }
    }
    return OperandStack.PACKED;
  }

  /** The form the consumer of the value about to be produced takes it in ({@link #ANY}, packed). */
  static byte consumer(FunctionEmitter f) {
    return consumer(f, f.body.body().code(), f.reader.nextPosition(), f.body.body().length());
  }

  /**
   * The form the consumer of a value takes it in, reading from {@code start}: the instruction that
   * pops it, when only instructions of fixed stack effect come before. With {@code f} null
   * (planning the locals), a {@code local.set} or {@code local.tee} takes it packed.
   */
  static byte consumer(FunctionEmitter f, byte[] code, int start, int end) {
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
        return LaneRules.takes(op, pops - 1 - depth);
      }
      depth += pushes - pops;
    }
    return OperandStack.PACKED;
  }

  static int lanes(byte shape) {
    return shape == I16 ? 8 : 4;
  }

  static ValType scalar(byte shape) {
    return shape == F32 ? ValType.F32 : ValType.I32;
  }

  static TypeKind kind(byte shape) {
    return shape == F32 ? TypeKind.FLOAT : TypeKind.INT;
  }
}

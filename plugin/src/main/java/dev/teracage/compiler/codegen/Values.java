package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Bytecode for values: zeros, constants with exact bit patterns, stack shuffles, and the raw-bits
 * form of extra results in {@code Context.results}.
 */
final class Values {
  static final ClassDesc INTEGER = ClassDesc.of("java.lang.Integer");
  static final ClassDesc LONG = ClassDesc.of("java.lang.Long");
  static final ClassDesc FLOAT = ClassDesc.of("java.lang.Float");
  static final ClassDesc DOUBLE = ClassDesc.of("java.lang.Double");

  private Values() {}

  /** Pushes the default value of a type (0, 0.0, null; a v128 as two zero halves). */
  static void zero(CodeBuilder cb, ValType t) {
    if (isV128(t)) {
      cb.lconst_0();
      cb.lconst_0();
      return;
    }
    switch (JvmTypes.kind(t)) {
      case INT -> cb.iconst_0();
      case LONG -> cb.lconst_0();
      case FLOAT -> cb.fconst_0();
      case DOUBLE -> cb.dconst_0();
      default -> cb.aconst_null();
    }
  }

  /**
   * Tells whether a type is v128. Inside a method a v128 is two {@code long}s, low half first, on
   * the JVM stack and in locals; it becomes a {@code V128} object only where it leaves the method
   * body ({@link #box}, {@link #unbox}): parameters and results of JVM methods, {@code
   * Context.resultRefs}, split frames and globals.
   */
  static boolean isV128(ValType t) {
    return t.code() == 0x7B;
  }

  /** Pushes an f32 from its bits, keeping NaN payloads and the sign of zero. */
  static void f32(CodeBuilder cb, int bits) {
    float f = Float.intBitsToFloat(bits);
    if (Float.isNaN(f)) {
      cb.loadConstant(bits);
      cb.invokestatic(FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
    } else if (bits == 0) {
      cb.fconst_0();
    } else {
      cb.ldc(cb.constantPool().floatEntry(f));
    }
  }

  /** Pushes an f64 from its bits, keeping NaN payloads and the sign of zero. */
  static void f64(CodeBuilder cb, long bits) {
    double d = Double.longBitsToDouble(bits);
    if (Double.isNaN(d)) {
      cb.ldc(cb.constantPool().longEntry(bits));
      cb.invokestatic(DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
    } else if (bits == 0) {
      cb.dconst_0();
    } else {
      cb.ldc(cb.constantPool().doubleEntry(d));
    }
  }

  /** Pops the top value of a type. */
  static void pop(CodeBuilder cb, ValType t) {
    if (isV128(t)) {
      cb.pop2();
      cb.pop2();
    } else if (JvmTypes.kind(t).slotSize() == 2) {
      cb.pop2();
    } else {
      cb.pop();
    }
  }

  /**
   * Zero-extends the int on the stack to a long, in place rather than through {@code
   * Integer.toUnsignedLong}: HotSpot stops inlining ordinary methods into a large compilation
   * ({@code NodeCountInliningCutoff}), and a call left in a loop costs far more than these 5 bytes.
   */
  static void zeroExtend(CodeBuilder cb) {
    cb.i2l();
    cb.loadConstant(0xFFFF_FFFFL);
    cb.land();
  }

  /** Converts a value on the stack to its raw bits as a long (i32 zero-extended). */
  static void toBits(CodeBuilder cb, ValType t) {
    switch (JvmTypes.kind(t)) {
      case INT -> zeroExtend(cb);
      case FLOAT -> {
        cb.invokestatic(FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
        zeroExtend(cb);
      }
      case DOUBLE ->
          cb.invokestatic(DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
      default -> {}
    }
  }

  /** Converts raw bits (a long on the stack) to a value of a number type. */
  static void fromBits(CodeBuilder cb, ValType t) {
    switch (JvmTypes.kind(t)) {
      case INT -> cb.l2i();
      case FLOAT -> {
        cb.l2i();
        cb.invokestatic(FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
      }
      case DOUBLE ->
          cb.invokestatic(DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
      default -> {}
    }
  }

  /** Pops the top value into a local of its kind (a v128 into two long slots from {@code slot}). */
  static void store(CodeBuilder cb, ValType t, int slot) {
    if (isV128(t)) {
      cb.lstore(slot + 2);
      cb.lstore(slot);
    } else {
      cb.storeLocal(JvmTypes.kind(t), slot);
    }
  }

  /** Pushes a local of a value type (a v128 from two long slots from {@code slot}). */
  static void load(CodeBuilder cb, ValType t, int slot) {
    if (isV128(t)) {
      cb.lload(slot);
      cb.lload(slot + 2);
    } else {
      cb.loadLocal(JvmTypes.kind(t), slot);
    }
  }

  /** Returns the JVM slots a value of a type takes in locals: a v128 four, as two longs. */
  static int localSlots(ValType t) {
    return isV128(t) ? 4 : JvmTypes.kind(t).slotSize();
  }

  /**
   * Replaces the two halves of a v128 on the stack with a new {@code V128}, through {@code f}'s
   * boxing slots. HotSpot removes the allocation when the method it goes to is inlined.
   */
  static void box(FunctionEmitter f) {
    CodeBuilder cb = f.cb;
    int slot = f.scratch.boxSlot();
    store(cb, ValType.V128, slot);
    newV128(cb, () -> load(cb, ValType.V128, slot));
  }

  /**
   * Pushes a new {@code V128} of the two longs {@code halves} pushes (low half first).
   *
   * @param cb the code builder
   * @param halves emits the pushes of the low and the high half
   */
  static void newV128(CodeBuilder cb, Runnable halves) {
    cb.new_(JvmTypes.V128);
    cb.dup();
    halves.run();
    cb.invokespecial(
        JvmTypes.V128,
        java.lang.constant.ConstantDescs.INIT_NAME,
        MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_void, CD_long, CD_long));
  }

  /** Replaces a {@code V128} on the stack with its two halves, low first. */
  static void unbox(CodeBuilder cb) {
    cb.dup();
    cb.invokevirtual(JvmTypes.V128, "low", MethodTypeDesc.of(CD_long));
    cb.dup2_x1();
    cb.pop2();
    cb.invokevirtual(JvmTypes.V128, "high", MethodTypeDesc.of(CD_long));
  }
}

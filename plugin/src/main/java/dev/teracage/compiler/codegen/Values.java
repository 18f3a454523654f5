package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
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

  /** Pushes the default value of a type (0, 0.0, {@code V128.ZERO}, null). */
  static void zero(CodeBuilder cb, ValType t) {
    if (t.code() == 0x7B) {
      cb.getstatic(JvmTypes.V128, "ZERO", JvmTypes.V128);
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
    if (JvmTypes.kind(t).slotSize() == 2) {
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

  /** Stores the top value into a local of its kind. */
  static void store(CodeBuilder cb, ValType t, int slot) {
    cb.storeLocal(JvmTypes.kind(t), slot);
  }

  /** Loads a local of a value type, casting references to their JVM type. */
  static void load(CodeBuilder cb, ValType t, int slot) {
    TypeKind k = JvmTypes.kind(t);
    cb.loadLocal(k, slot);
  }

  /**
   * Returns the JVM slots a wasm local of a type takes: a v128 local is two {@code long}s (4
   * slots), see {@link #loadLocal}; others one JVM value.
   */
  static int localSlots(ValType t) {
    return t.code() == 0x7B ? 4 : JvmTypes.kind(t).slotSize();
  }

  /**
   * Pushes a wasm local. A v128 local lives in two {@code long} slots and is pushed as a fresh
   * {@code V128}: a {@code V128} kept in a JVM local across a loop's back edge would meet other
   * values in a phi, and HotSpot's escape analysis does not remove allocations that flow into phis
   * with other values, so every vector assigned in a loop would be a real allocation.
   */
  static void loadLocal(CodeBuilder cb, ValType t, int slot) {
    if (t.code() != 0x7B) {
      load(cb, t, slot);
      return;
    }
    newV128(
        cb,
        () -> {
          cb.lload(slot);
          cb.lload(slot + 2);
        });
  }

  /**
   * Pushes a new {@code V128} from the two longs {@code halves} pushes (low half first).
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

  /** Pops a value into a wasm local ({@link #loadLocal}: a v128 as its two halves). */
  static void storeLocal(CodeBuilder cb, ValType t, int slot) {
    if (t.code() != 0x7B) {
      store(cb, t, slot);
      return;
    }
    cb.dup();
    cb.invokevirtual(JvmTypes.V128, "low", MethodTypeDesc.of(CD_long));
    cb.lstore(slot);
    cb.invokevirtual(JvmTypes.V128, "high", MethodTypeDesc.of(CD_long));
    cb.lstore(slot + 2);
  }

  /** Sets a wasm local to its type's default value (a v128 local: both halves 0). */
  static void zeroLocal(CodeBuilder cb, ValType t, int slot) {
    if (t.code() == 0x7B) {
      cb.lconst_0();
      cb.lstore(slot);
      cb.lconst_0();
      cb.lstore(slot + 2);
    } else {
      zero(cb, t);
      store(cb, t, slot);
    }
  }
}

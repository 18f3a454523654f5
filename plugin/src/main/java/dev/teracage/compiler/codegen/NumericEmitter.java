package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.Opcode;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Constants, comparisons and arithmetic. JVM instructions where their semantics are the spec's
 * (wrapping integer arithmetic, masked shifts, IEEE add/sub/mul/div/sqrt, ordered comparisons);
 * {@code Numerics} where not (trapping division, rounding and min/max with the spec's NaNs);
 * abs/neg/copysign there too, on raw bits so NaN payloads survive.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
final class NumericEmitter {
  private static final MethodTypeDesc II_I = MethodTypeDesc.of(CD_int, CD_int, CD_int);
  private static final MethodTypeDesc I_I = MethodTypeDesc.of(CD_int, CD_int);
  private static final MethodTypeDesc JI_J = MethodTypeDesc.of(CD_long, CD_long, CD_int);
  private static final MethodTypeDesc J_I = MethodTypeDesc.of(CD_int, CD_long);

  private NumericEmitter() {}

  /**
   * Emits a numeric instruction.
   *
   * @return false when {@code op} is not one
   */
  static boolean emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    if (!constant(f, op) && !compare(f, op) && !integer(cb, op) && !floating(cb, op)) {
      return false;
    }
    f.stack.apply(op.signature());
    return true;
  }

  private static boolean constant(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    switch (op) {
      case I32_CONST -> cb.loadConstant(f.reader.i32Value());
      case I64_CONST -> cb.loadConstant(f.reader.i64Value());
      case F32_CONST -> Values.f32(cb, f.reader.f32Bits());
      case F64_CONST -> Values.f64(cb, f.reader.f64Bits());
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Emits a comparison's operand preparation (lcmp, fcmpl, compareUnsigned, ...) and leaves the JVM
   * branch that tests it as the emitter's pending condition: a following {@code br_if} or {@code
   * if} branches on it directly; anything else materializes it as 0 or 1 first.
   */
  private static boolean compare(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    java.lang.classfile.Opcode branch =
        switch (op) {
          case I32_EQZ, I64_EQZ -> java.lang.classfile.Opcode.IFEQ;
          case I32_EQ -> java.lang.classfile.Opcode.IF_ICMPEQ;
          case I32_NE -> java.lang.classfile.Opcode.IF_ICMPNE;
          case I32_LT_S -> java.lang.classfile.Opcode.IF_ICMPLT;
          case I32_GT_S -> java.lang.classfile.Opcode.IF_ICMPGT;
          case I32_LE_S -> java.lang.classfile.Opcode.IF_ICMPLE;
          case I32_GE_S -> java.lang.classfile.Opcode.IF_ICMPGE;
          case I32_LT_U, I64_LT_U, I64_LT_S, F32_LT, F64_LT -> java.lang.classfile.Opcode.IFLT;
          case I32_GT_U, I64_GT_U, I64_GT_S, F32_GT, F64_GT -> java.lang.classfile.Opcode.IFGT;
          case I32_LE_U, I64_LE_U, I64_LE_S, F32_LE, F64_LE -> java.lang.classfile.Opcode.IFLE;
          case I32_GE_U, I64_GE_U, I64_GE_S, F32_GE, F64_GE -> java.lang.classfile.Opcode.IFGE;
          case I64_EQ, F32_EQ, F64_EQ -> java.lang.classfile.Opcode.IFEQ;
          case I64_NE, F32_NE, F64_NE -> java.lang.classfile.Opcode.IFNE;
          default -> null;
        };
    if (branch == null) {
      return false;
    }
    switch (op) {
      case I64_EQZ -> {
        cb.lconst_0();
        cb.lcmp();
      }
      case I32_LT_U, I32_GT_U, I32_LE_U, I32_GE_U ->
          cb.invokestatic(Values.INTEGER, "compareUnsigned", II_I);
      case I64_LT_U, I64_GT_U, I64_LE_U, I64_GE_U ->
          cb.invokestatic(
              Values.LONG, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
      case I64_EQ, I64_NE, I64_LT_S, I64_GT_S, I64_LE_S, I64_GE_S -> cb.lcmp();
      // NaN must make lt/le/eq false and ne true: fcmpg gives 1, fcmpl gives -1.
      case F32_LT, F32_LE -> cb.fcmpg();
      case F32_GT, F32_GE, F32_EQ, F32_NE -> cb.fcmpl();
      case F64_LT, F64_LE -> cb.dcmpg();
      case F64_GT, F64_GE, F64_EQ, F64_NE -> cb.dcmpl();
      default -> {}
    }
    f.condition = branch;
    return true;
  }

  private static boolean integer(CodeBuilder cb, Opcode op) {
    switch (op) {
      case I32_CLZ -> cb.invokestatic(Values.INTEGER, "numberOfLeadingZeros", I_I);
      case I32_CTZ -> cb.invokestatic(Values.INTEGER, "numberOfTrailingZeros", I_I);
      case I32_POPCNT -> cb.invokestatic(Values.INTEGER, "bitCount", I_I);
      case I32_ADD -> cb.iadd();
      case I32_SUB -> cb.isub();
      case I32_MUL -> cb.imul();
      case I32_DIV_S -> Helpers.I32_DIV_S.invoke(cb);
      case I32_DIV_U -> unsignedDivision(cb, true);
      case I32_REM_S -> Helpers.I32_REM_S.invoke(cb);
      case I32_REM_U -> unsignedDivision(cb, false);
      case I32_AND -> cb.iand();
      case I32_OR -> cb.ior();
      case I32_XOR -> cb.ixor();
      case I32_SHL -> cb.ishl();
      case I32_SHR_S -> cb.ishr();
      case I32_SHR_U -> cb.iushr();
      case I32_ROTL -> rotate(cb, true);
      case I32_ROTR -> rotate(cb, false);
      case I64_CLZ -> {
        cb.invokestatic(Values.LONG, "numberOfLeadingZeros", J_I);
        cb.i2l();
      }
      case I64_CTZ -> {
        cb.invokestatic(Values.LONG, "numberOfTrailingZeros", J_I);
        cb.i2l();
      }
      case I64_POPCNT -> {
        cb.invokestatic(Values.LONG, "bitCount", J_I);
        cb.i2l();
      }
      case I64_ADD -> cb.ladd();
      case I64_SUB -> cb.lsub();
      case I64_MUL -> cb.lmul();
      case I64_DIV_S -> Helpers.I64_DIV_S.invoke(cb);
      case I64_DIV_U -> Helpers.I64_DIV_U.invoke(cb);
      case I64_REM_S -> Helpers.I64_REM_S.invoke(cb);
      case I64_REM_U -> Helpers.I64_REM_U.invoke(cb);
      case I64_AND -> cb.land();
      case I64_OR -> cb.lor();
      case I64_XOR -> cb.lxor();
      case I64_SHL -> shift(cb, () -> cb.lshl());
      case I64_SHR_S -> shift(cb, () -> cb.lshr());
      case I64_SHR_U -> shift(cb, () -> cb.lushr());
      case I64_ROTL -> shift(cb, () -> cb.invokestatic(Values.LONG, "rotateLeft", JI_J));
      case I64_ROTR -> shift(cb, () -> cb.invokestatic(Values.LONG, "rotateRight", JI_J));
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code x << n | x >>> -n} (or the mirror for right), in place: HotSpot recognizes the rotate,
   * while a call to {@code Integer.rotateLeft} is not inlined once a large compilation passes
   * {@code NodeCountInliningCutoff}. The JVM masks shift counts like wasm does.
   */
  private static void rotate(CodeBuilder cb, boolean left) {
    cb.dup2(); // x n x n
    if (left) {
      cb.ishl();
    } else {
      cb.iushr();
    }
    cb.dup_x2(); // r x n r
    cb.pop(); // r x n
    cb.ineg();
    if (left) {
      cb.iushr();
    } else {
      cb.ishl();
    }
    cb.ior();
  }

  /**
   * {@code i32.div_u} / {@code i32.rem_u} in place: both operands zero-extended to longs, then
   * {@code ldiv} / {@code lrem}, whose {@code ArithmeticException} on a zero divisor the runtime
   * reports as "integer divide by zero". Not a helper call: HotSpot leaves calls on rarely taken
   * paths (a case of a {@code call_indirect} switch) uninlined, and the {@code indirect} kernel ran
   * at half speed in JVMs that made that choice.
   */
  private static void unsignedDivision(CodeBuilder cb, boolean quotient) {
    Values.zeroExtend(cb); // a b_u
    cb.dup2_x1(); // b_u a b_u
    cb.pop2(); // b_u a
    Values.zeroExtend(cb); // b_u a_u
    cb.dup2_x2(); // a_u b_u a_u
    cb.pop2(); // a_u b_u
    if (quotient) {
      cb.ldiv();
    } else {
      cb.lrem();
    }
    cb.l2i();
  }

  /** JVM long shifts and rotates take an int count; the JVM masks it like wasm does. */
  private static void shift(CodeBuilder cb, Runnable op) {
    cb.l2i();
    op.run();
  }

  private static boolean floating(CodeBuilder cb, Opcode op) {
    switch (op) {
      case F32_ABS -> Helpers.F32_ABS.invoke(cb);
      case F32_NEG -> Helpers.F32_NEG.invoke(cb);
      case F32_COPYSIGN -> Helpers.F32_COPYSIGN.invoke(cb);
      case F32_CEIL -> Helpers.F32_CEIL.invoke(cb);
      case F32_FLOOR -> Helpers.F32_FLOOR.invoke(cb);
      case F32_TRUNC -> Helpers.F32_TRUNC.invoke(cb);
      case F32_NEAREST -> Helpers.F32_NEAREST.invoke(cb);
      case F32_SQRT -> {
        cb.f2d();
        cb.invokestatic(
            ClassDesc.of("java.lang.Math"), "sqrt", MethodTypeDesc.of(CD_double, CD_double));
        cb.d2f();
      }
      case F32_ADD -> cb.fadd();
      case F32_SUB -> cb.fsub();
      case F32_MUL -> cb.fmul();
      case F32_DIV -> cb.fdiv();
      case F32_MIN -> Helpers.F32_MIN.invoke(cb);
      case F32_MAX -> Helpers.F32_MAX.invoke(cb);
      case F64_ABS -> Helpers.F64_ABS.invoke(cb);
      case F64_NEG -> Helpers.F64_NEG.invoke(cb);
      case F64_COPYSIGN -> Helpers.F64_COPYSIGN.invoke(cb);
      case F64_CEIL -> Helpers.F64_CEIL.invoke(cb);
      case F64_FLOOR -> Helpers.F64_FLOOR.invoke(cb);
      case F64_TRUNC -> Helpers.F64_TRUNC.invoke(cb);
      case F64_NEAREST -> Helpers.F64_NEAREST.invoke(cb);
      case F64_SQRT ->
          cb.invokestatic(
              ClassDesc.of("java.lang.Math"), "sqrt", MethodTypeDesc.of(CD_double, CD_double));
      case F64_ADD -> cb.dadd();
      case F64_SUB -> cb.dsub();
      case F64_MUL -> cb.dmul();
      case F64_DIV -> cb.ddiv();
      case F64_MIN -> Helpers.F64_MIN.invoke(cb);
      case F64_MAX -> Helpers.F64_MAX.invoke(cb);
      default -> {
        return false;
      }
    }
    return true;
  }
}

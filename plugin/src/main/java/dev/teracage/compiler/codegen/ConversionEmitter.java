package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.Opcode;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.MethodTypeDesc;

/**
 * Conversions, reinterpretations and sign extensions. JVM conversions where they are exact (wrap,
 * extend, signed convert, signed saturating truncation: {@code f2i} and friends saturate and map
 * NaN to 0 like {@code trunc_sat_s}); {@code Numerics} for trapping and unsigned truncation,
 * unsigned i64 conversion, and promote/demote with the spec's NaNs.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#conversions">
 *     Conversions</a>
 */
final class ConversionEmitter {
  private ConversionEmitter() {}

  /**
   * Emits a conversion.
   *
   * @return false when {@code op} is not one
   */
  static boolean emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    switch (op) {
      case I32_WRAP_I64 -> cb.l2i();
      case I64_EXTEND_I32_S -> cb.i2l();
      case I64_EXTEND_I32_U -> unsignedLong(cb);
      case I32_TRUNC_F32_S -> Helpers.I32_TRUNC_F32_S.invoke(cb);
      case I32_TRUNC_F32_U -> Helpers.I32_TRUNC_F32_U.invoke(cb);
      case I32_TRUNC_F64_S -> Helpers.I32_TRUNC_F64_S.invoke(cb);
      case I32_TRUNC_F64_U -> Helpers.I32_TRUNC_F64_U.invoke(cb);
      case I64_TRUNC_F32_S -> Helpers.I64_TRUNC_F32_S.invoke(cb);
      case I64_TRUNC_F32_U -> Helpers.I64_TRUNC_F32_U.invoke(cb);
      case I64_TRUNC_F64_S -> Helpers.I64_TRUNC_F64_S.invoke(cb);
      case I64_TRUNC_F64_U -> Helpers.I64_TRUNC_F64_U.invoke(cb);
      case I32_TRUNC_SAT_F32_S -> cb.f2i();
      case I32_TRUNC_SAT_F64_S -> cb.d2i();
      case I64_TRUNC_SAT_F32_S -> cb.f2l();
      case I64_TRUNC_SAT_F64_S -> cb.d2l();
      case I32_TRUNC_SAT_F32_U -> Helpers.I32_TRUNC_SAT_F32_U.invoke(cb);
      case I32_TRUNC_SAT_F64_U -> Helpers.I32_TRUNC_SAT_F64_U.invoke(cb);
      case I64_TRUNC_SAT_F32_U -> Helpers.I64_TRUNC_SAT_F32_U.invoke(cb);
      case I64_TRUNC_SAT_F64_U -> Helpers.I64_TRUNC_SAT_F64_U.invoke(cb);
      case F32_CONVERT_I32_S -> cb.i2f();
      case F32_CONVERT_I32_U -> {
        unsignedLong(cb);
        cb.l2f();
      }
      case F32_CONVERT_I64_S -> cb.l2f();
      case F32_CONVERT_I64_U -> Helpers.F32_CONVERT_I64_U.invoke(cb);
      case F32_DEMOTE_F64 -> Helpers.F32_DEMOTE_F64.invoke(cb);
      case F64_CONVERT_I32_S -> cb.i2d();
      case F64_CONVERT_I32_U -> {
        unsignedLong(cb);
        cb.l2d();
      }
      case F64_CONVERT_I64_S -> cb.l2d();
      case F64_CONVERT_I64_U -> Helpers.F64_CONVERT_I64_U.invoke(cb);
      case F64_PROMOTE_F32 -> Helpers.F64_PROMOTE_F32.invoke(cb);
      case I32_REINTERPRET_F32 ->
          cb.invokestatic(Values.FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
      case I64_REINTERPRET_F64 ->
          cb.invokestatic(
              Values.DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
      case F32_REINTERPRET_I32 ->
          cb.invokestatic(Values.FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
      case F64_REINTERPRET_I64 ->
          cb.invokestatic(Values.DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
      case I32_EXTEND8_S -> cb.i2b();
      case I32_EXTEND16_S -> cb.i2s();
      case I64_EXTEND8_S -> {
        cb.l2i();
        cb.i2b();
        cb.i2l();
      }
      case I64_EXTEND16_S -> {
        cb.l2i();
        cb.i2s();
        cb.i2l();
      }
      case I64_EXTEND32_S -> {
        cb.l2i();
        cb.i2l();
      }
      default -> {
        return false;
      }
    }
    f.stack.apply(op.signature());
    return true;
  }

  private static void unsignedLong(CodeBuilder cb) {
    Values.zeroExtend(cb);
  }
}

package dev.teracage.compiler.image;

import dev.teracage.compiler.decode.ByteReader;
import dev.teracage.compiler.model.Expr;
import dev.teracage.runtime.image.Init;

/**
 * Turns a WebAssembly 2.0 constant expression (one instruction, then {@code end}) into the
 * runtime's {@link Init}: {@code t.const} becomes {@link Init.Const} (raw bits; {@code v128} in two
 * halves), {@code global.get} {@link Init.GlobalGet}, {@code ref.func} {@link Init.RefFunc}, {@code
 * ref.null} {@link Init.RefNull}. The expression must have been validated.
 */
final class ConstantEvaluator {
  private ConstantEvaluator() {}

  /**
   * Evaluates a constant expression.
   *
   * @param expr a validated constant expression
   * @return its initializer
   * @throws IllegalArgumentException for a sequence of several instructions (extended constant
   *     expressions of WebAssembly 3.0, not supported yet)
   */
  static Init evaluate(Expr expr) {
    byte[] code = expr.code();
    ByteReader r = new ByteReader(code, 0, code.length, Math.max(0, expr.sourceOffset()));
    int op = r.u8();
    Init init =
        switch (op) {
          case 0x41 -> Init.Const.i32(r.s32());
          case 0x42 -> Init.Const.i64(r.s64());
          case 0x43 -> new Init.Const(Integer.toUnsignedLong(r.f32()), 0);
          case 0x44 -> new Init.Const(r.f64(), 0);
          case 0x23 -> new Init.GlobalGet(r.u32());
          case 0xD2 -> new Init.RefFunc(r.u32());
          case 0xD0 -> new Init.RefNull((int) r.s33());
          case 0xFD -> {
            int sub = r.u32();
            if (sub != 12) {
              throw unsupported(expr);
            }
            long low = r.f64();
            long high = r.f64();
            yield new Init.Const(low, high);
          }
          default -> throw unsupported(expr);
        };
    if (r.u8() != 0x0B || !r.atEnd()) {
      throw unsupported(expr);
    }
    return init;
  }

  private static IllegalArgumentException unsupported(Expr expr) {
    return new IllegalArgumentException(
        "constant expression not supported yet (WebAssembly 2.0 has one instruction): " + expr);
  }
}

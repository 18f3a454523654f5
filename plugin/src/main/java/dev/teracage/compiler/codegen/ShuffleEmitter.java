package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;

/**
 * {@code i8x16.shuffle} specialized for its lane indices, which are immediates: each half of the
 * result is the OR of a few shifted and masked halves of the operands, one term per run of result
 * bytes that come from consecutive bytes of one operand half. Compilers use shuffles for widening,
 * interleaving and byte reversal; such patterns take two to eight terms, where a byte loop would
 * take sixteen iterations of lane arithmetic.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#exec-vec-shuffle">
 *     i8x16.shuffle</a>
 */
final class ShuffleEmitter {
  private ShuffleEmitter() {}

  /**
   * Replaces operands {@code a b} (four longs) with their shuffle.
   *
   * @param f the function being emitted
   * @param lanes the 16 lane indices, each 0 to 31
   */
  static void emit(FunctionEmitter f, byte[] lanes) {
    CodeBuilder cb = f.cb;
    int b = f.scratch.temp(ValType.V128, 1);
    Values.store(cb, ValType.V128, b);
    int a = f.scratch.temp(ValType.V128, 0);
    Values.store(cb, ValType.V128, a);
    int[] halves = {a, a + 2, b, b + 2};
    for (int half = 0; half < 2; half++) {
      int j = 0;
      boolean first = true;
      while (j < 8) {
        int source = lanes[8 * half + j] & 31;
        int shift = 8 * (j - (source & 7));
        int end = j + 1;
        while (end < 8
            && (lanes[8 * half + end] & 31) == source + (end - j)
            && (source & 7) + (end - j) < 8) {
          end++;
        }
        cb.lload(halves[source >> 3]);
        if (shift > 0) {
          cb.loadConstant(shift);
          cb.lshl();
        } else if (shift < 0) {
          cb.loadConstant(-shift);
          cb.lushr();
        }
        if (!masked(j, end, source, shift)) {
          long mask = end - j == 8 ? -1L : ((1L << (8 * (end - j))) - 1) << (8 * j);
          cb.loadConstant(mask);
          cb.land();
        }
        if (!first) {
          cb.lor();
        }
        first = false;
        j = end;
      }
    }
  }

  /**
   * Tells whether the shift alone leaves only result bytes {@code j} to {@code end - 1} set: a left
   * shift of a run ending at the top of the result from the bottom of its source, or the reverse.
   */
  private static boolean masked(int j, int end, int source, int shift) {
    int last = (source & 7) + (end - j) - 1;
    return shift >= 0 && end == 8 && (source & 7) == 0 && (shift > 0 || j == 0)
        || shift < 0 && j == 0 && last == 7;
  }
}

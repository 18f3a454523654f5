package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;

/**
 * {@code i8x16.shuffle} specialized for its lane indices, which are immediates: each half of the
 * result is the OR of a few shifted and masked halves of the operands, one term per run of result
 * bytes that come from consecutive bytes of one operand half. A result taken as i32 or i16 lanes is
 * built the same way, lane by lane, from the operands' 32-bit words. Compilers use shuffles for
 * widening, interleaving and byte reversal; such patterns take two to eight terms, where a byte
 * loop would take sixteen iterations of lane arithmetic.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#exec-vec-shuffle">
 *     i8x16.shuffle</a>
 */
final class ShuffleEmitter {
  private ShuffleEmitter() {}

  /**
   * Replaces operands {@code a b} (four longs) with their shuffle: two longs ({@code width} 8), or
   * lanes as ints, lane 0 deepest: four i32 lanes ({@code width} 4, {@link LaneWise#I32}) or eight
   * i16 lanes ({@code width} 2, {@link LaneWise#I16}).
   *
   * @param f the function being emitted
   * @param lanes the 16 lane indices, each 0 to 31
   * @param width the bytes of each value left: 8, 4 or 2
   */
  static void emit(FunctionEmitter f, byte[] lanes, int width) {
    CodeBuilder cb = f.cb;
    int b = f.scratch.temp(ValType.V128, 1);
    Values.store(cb, ValType.V128, b);
    int a = f.scratch.temp(ValType.V128, 0);
    Values.store(cb, ValType.V128, a);
    int[] halves = {a, a + 2, b, b + 2};
    for (int from = 0; from < 16; from += width) {
      if (width == 8) {
        half(cb, lanes, from, halves);
      } else {
        lane(cb, lanes, from, width, halves);
      }
    }
  }

  /**
   * Pushes result bytes {@code from} to {@code from + count - 1} ({@code count} 4 or 2) as an int,
   * byte {@code from} at bit 0 (with {@code count} 2, bits above the i16 lane may be set: they do
   * not count). Works on the operands' 32-bit words, one term per run of result bytes from
   * consecutive bytes of one word: x86 reads an int's low byte or half directly ({@code movzx}),
   * and where bytes from inside a word need a mask, a rotate by a constant ({@code rorx} with BMI2)
   * leaves the word in place where a shift needs a copy of it first. In a loop that widens bytes
   * into i32 lanes (a byte-wise hash), that is two instructions per byte, against four through
   * 64-bit halves.
   */
  private static void lane(CodeBuilder cb, byte[] lanes, int from, int count, int[] halves) {
    int j = 0;
    boolean first = true;
    while (j < count) {
      int source = lanes[from + j] & 31;
      int inWord = source & 3;
      int end = j + 1;
      while (end < count
          && (lanes[from + end] & 31) == source + (end - j)
          && inWord + (end - j) < 4) {
        end++;
      }
      int run = end - j;
      int shift = 8 * (j - inWord);
      cb.lload(halves[source >> 3]);
      if ((source & 4) != 0) {
        cb.loadConstant(32);
        cb.lushr();
      }
      cb.l2i();
      boolean cleanBelow = (shift >= 0 ? inWord : j) == 0;
      boolean cleanAbove = inWord + run == 4 || end == count;
      if (cleanBelow && cleanAbove) {
        if (shift > 0) {
          cb.loadConstant(shift);
          cb.ishl();
        } else if (shift < 0) {
          cb.loadConstant(-shift);
          cb.iushr();
        }
      } else {
        if (shift != 0) {
          rotateRight(cb, shift < 0 ? -shift : 32 - shift);
        }
        cb.loadConstant((int) (((1L << (8 * run)) - 1) << (8 * j)));
        cb.iand();
      }
      if (!first) {
        cb.ior();
      }
      first = false;
      j = end;
    }
  }

  /**
   * Rotates the int on the stack right by {@code bits} (1 to 31), as {@code x >>> bits | x << 32 -
   * bits}, which HotSpot compiles to one rotate: where a mask follows, the bits the rotate brings
   * round are masked off like a shift's zeros.
   */
  private static void rotateRight(CodeBuilder cb, int bits) {
    cb.dup();
    cb.loadConstant(bits);
    cb.iushr();
    cb.swap();
    cb.loadConstant(32 - bits);
    cb.ishl();
    cb.ior();
  }

  /** Pushes result bytes {@code from} to {@code from + 7} as a long, byte {@code from} at bit 0. */
  private static void half(CodeBuilder cb, byte[] lanes, int from, int[] halves) {
    int j = 0;
    boolean first = true;
    while (j < 8) {
      int source = lanes[from + j] & 31;
      int shift = 8 * (j - (source & 7));
      int end = j + 1;
      while (end < 8
          && (lanes[from + end] & 31) == source + (end - j)
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

  /**
   * Tells whether the shift alone leaves only result bytes {@code j} to {@code end - 1} set: a left
   * shift of a run ending at the top of the half from the bottom of its source, or the reverse.
   */
  private static boolean masked(int j, int end, int source, int shift) {
    int last = (source & 7) + (end - j) - 1;
    return shift >= 0 && end == 8 && (source & 7) == 0 && (shift > 0 || j == 0)
        || shift < 0 && j == 0 && last == 7;
  }
}

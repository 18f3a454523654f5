package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.MethodTypeDesc;

/**
 * {@code extract_lane} and {@code replace_lane} of a packed vector (two longs; {@link LaneWise}
 * handles vectors in lane forms), specialized for their lane, an immediate: the lane is a fixed bit
 * range of one half, so each is a shift and a mask in place (a lane helper must compute the half
 * and the shift from the lane at run time, and its copy is several times larger).
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#exec-vec-extract-lane">
 *     extract_lane</a>
 */
final class PackedLaneEmitter {
  private PackedLaneEmitter() {}

  /**
   * Emits {@code op}, an {@code extract_lane} or a {@code replace_lane} of lane {@code lane}.
   *
   * @param f the function being emitted
   * @param op the instruction
   * @param lane its lane immediate, valid for the shape
   */
  static void emit(FunctionEmitter f, Opcode op, int lane) {
    String mnemonic = op.mnemonic();
    int lanes =
        Integer.parseInt(mnemonic.substring(mnemonic.indexOf('x') + 1, mnemonic.indexOf('.')));
    int width = 128 / lanes;
    int half = lane / (lanes / 2);
    int shift = lane % (lanes / 2) * width;
    char kind = mnemonic.charAt(0);
    if (mnemonic.contains(".extract_lane")) {
      extract(f.cb, half, shift, width, kind, mnemonic.endsWith("_s"));
    } else {
      replace(f, half, shift, width, kind);
    }
  }

  /** {@code [low, high]} becomes the lane. */
  private static void extract(
      CodeBuilder cb, int half, int shift, int width, char kind, boolean signed) {
    if (half == 0) {
      cb.pop2();
    } else {
      cb.dup2_x2();
      cb.pop2();
      cb.pop2();
    }
    if (shift != 0) {
      cb.loadConstant(shift);
      cb.lushr();
    }
    if (width == 64) {
      if (kind == 'f') {
        cb.invokestatic(Values.DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
      }
      return;
    }
    cb.l2i();
    switch (width) {
      case 8 -> {
        if (signed) {
          cb.i2b();
        } else {
          cb.sipush(0xFF);
          cb.iand();
        }
      }
      case 16 -> {
        if (signed) {
          cb.i2s();
        } else {
          cb.loadConstant(0xFFFF);
          cb.iand();
        }
      }
      default -> {
        if (kind == 'f') {
          cb.invokestatic(Values.FLOAT, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
        }
      }
    }
  }

  /** {@code [low, high, x]} becomes the vector with the lane set to {@code x}. */
  private static void replace(FunctionEmitter f, int half, int shift, int width, char kind) {
    CodeBuilder cb = f.cb;
    switch (width) {
      case 64 -> {
        if (kind == 'f') {
          cb.invokestatic(
              Values.DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
        }
      }
      case 32 -> {
        if (kind == 'f') {
          cb.invokestatic(Values.FLOAT, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float));
        }
        Values.zeroExtend(cb);
      }
      default -> {
        cb.i2l();
        cb.loadConstant((1L << width) - 1);
        cb.land();
      }
    }
    if (shift != 0) {
      cb.loadConstant(shift);
      cb.lshl();
    }
    int bits = f.scratch.temp(ValType.I64, 0);
    cb.lstore(bits);
    int high = f.scratch.temp(ValType.I64, 1);
    if (half == 0) {
      cb.lstore(high);
    }
    if (width == 64) {
      cb.pop2();
    } else {
      cb.loadConstant(~(((1L << width) - 1) << shift));
      cb.land();
    }
    cb.lload(bits);
    if (width != 64) {
      cb.lor();
    }
    if (half == 0) {
      cb.lload(high);
    }
  }
}

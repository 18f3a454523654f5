package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code v128} instructions ({@code 0xFD} prefix). Inside a method a {@code v128} is two {@code
 * long}s, low half first, on the JVM stack and in locals ({@link Values#isV128}). {@code
 * v128.const} pushes them; {@code i8x16.shuffle} ({@link ShuffleEmitter}), {@code extract_lane} and
 * {@code replace_lane} ({@link PackedLaneEmitter}) and the memory instructions ({@link
 * SimdMemoryEmitter}) have their own bytecode; every other instruction is one static helper in
 * {@code dev.teracage.runtime.support}, copied in place by {@link HelperInliner} (or called, when
 * it cannot be copied). The helper is chosen by a fixed rule from the opcode table so that the
 * table stays the one list: the class by the mnemonic's shape ({@code i8x16.} and {@code i16x8.}
 * {@code SimdI8I16}, {@code i32x4.} and {@code i64x2.} {@code SimdI32I64}, {@code f32x4.} and
 * {@code f64x2.} {@code SimdF32F64}, {@code v128.} {@code SimdV128}), the method name by the
 * mnemonic in camel case ({@code i16x8.extmul_low_i8x16_s} is {@code i16x8ExtmulLowI8x16S}), the
 * type by the signature: the operands in stack order, a v128 as two longs, then the immediates (a
 * lane index as an int, the 16 shuffle indices as two little-endian longs); memory forms take the
 * effective address (long) and the memory first. A helper with a v128 result takes the context
 * last, returns the low half and leaves the high half in {@code Context.v128High}, which the
 * generated code reads right after it. No {@code V128} is allocated between instructions
 * (RATIONALE.md, "SIMD as two longs"). Before any of this, {@link LaneWise} takes the instructions
 * whose operands or result travel in a lane form (four floats or ints, or eight ints) instead of
 * two longs.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#vector-instructions">
 *     Vector instructions</a>
 */
final class SimdEmitter {
  private static final String SUPPORT = "dev.teracage.runtime.support.";

  /** The first relaxed SIMD opcode (WebAssembly 3.0). */
  private static final int RELAXED = 0x100;

  private SimdEmitter() {}

  /**
   * Emits a SIMD instruction.
   *
   * @return false when {@code op} is not one
   */
  static boolean emit(FunctionEmitter f, Opcode op) {
    if (op.prefix() != Opcode.SIMD_PREFIX) {
      return false;
    }
    if (op.code() >= RELAXED) {
      throw new UnsupportedOperationException(
          op.mnemonic() + " (relaxed SIMD, WebAssembly 3.0) is not compiled yet");
    }
    if (LaneWise.emit(f, op)) {
      return true;
    }
    CodeBuilder cb = f.cb;
    switch (op.immediate()) {
      case V128 -> {
        cb.loadConstant(f.reader.v128Low());
        cb.loadConstant(f.reader.v128High());
      }
      case MEMARG, MEMARG_LANE -> SimdMemoryEmitter.emit(f, op);
      case LANE -> PackedLaneEmitter.emit(f, op, f.reader.lane());
      case SHUFFLE -> ShuffleEmitter.emit(f, f.reader.shuffleLanes(), 8);
      default -> invoke(f, op);
    }
    f.stack.apply(op.signature());
    return true;
  }

  /**
   * Calls the helper of {@code op}, its operands and immediates on the stack; a v128 result comes
   * back as its low half, and its high half is read from the context right after.
   */
  static void invoke(FunctionEmitter f, Opcode op) {
    boolean v128Result = op.signature().endsWith(":v");
    if (v128Result) {
      f.loadContext();
    }
    boolean copied = HelperInliner.invoke(f, helper(op));
    if (v128Result && copied) {
      f.cb.lload(f.scratch.highSlot());
    } else if (v128Result) {
      f.loadContext();
      f.cb.getfield(JvmTypes.CONTEXT, "v128High", CD_long);
    }
  }

  /**
   * Returns an estimate of the bytecode a SIMD instruction compiles to, for {@link SplitPlan}.
   *
   * @param op a SIMD opcode
   * @return the estimate in bytes
   */
  static long cost(Opcode op) {
    if (op.immediate() == Immediate.V128) {
      return 20;
    }
    if (op.immediate() == Immediate.SHUFFLE) {
      return 180;
    }
    if (op.immediate() == Immediate.LANE) {
      return 30;
    }
    if (op.code() >= RELAXED) {
      return 16;
    }
    return switch (op.immediate()) {
      case MEMARG -> 200;
      case MEMARG_LANE -> 60;
      default -> 24 + Math.max(HelperInliner.expandedSize(helper(op)), 0);
    };
  }

  /**
   * Returns the helper of a SIMD instruction, by the rule in the class comment.
   *
   * @param op a SIMD opcode below the relaxed ones
   * @return the helper
   */
  static Helpers.Helper helper(Opcode op) {
    String mnemonic = op.mnemonic();
    String shape = mnemonic.substring(0, mnemonic.indexOf('.'));
    String owner =
        switch (shape) {
          case "i8x16", "i16x8" -> "SimdI8I16";
          case "i32x4", "i64x2" -> "SimdI32I64";
          case "f32x4", "f64x2" -> "SimdF32F64";
          default -> "SimdV128";
        };
    return new Helpers.Helper(ClassDesc.of(SUPPORT + owner), methodName(mnemonic), type(op));
  }

  /** {@code i16x8.extmul_low_i8x16_s} to {@code i16x8ExtmulLowI8x16S}. */
  static String methodName(String mnemonic) {
    String[] parts = mnemonic.split("[._]");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return sb.toString();
  }

  private static MethodTypeDesc type(Opcode op) {
    String sig = op.signature();
    int colon = sig.indexOf(':');
    List<ClassDesc> params = new ArrayList<>();
    for (int i = 0; i < colon; i++) {
      if (sig.charAt(i) == 'a') {
        params.add(CD_long);
        params.add(JvmTypes.MEMORY_SEGMENT);
      } else if (sig.charAt(i) == 'v') {
        params.add(CD_long);
        params.add(CD_long);
      } else {
        params.add(desc(sig.charAt(i)));
      }
    }
    if (op.immediate() == Immediate.LANE || op.immediate() == Immediate.MEMARG_LANE) {
      params.add(CD_int);
    } else if (op.immediate() == Immediate.SHUFFLE) {
      params.add(CD_long);
      params.add(CD_long);
    }
    if (sig.endsWith(":v")) {
      params.add(JvmTypes.CONTEXT);
      return MethodTypeDesc.of(CD_long, params);
    }
    ClassDesc ret = colon == sig.length() - 1 ? CD_void : desc(sig.charAt(colon + 1));
    return MethodTypeDesc.of(ret, params);
  }

  private static ClassDesc desc(char c) {
    return switch (c) {
      case 'i' -> CD_int;
      case 'I' -> CD_long;
      case 'f' -> CD_float;
      case 'F' -> CD_double;
      default -> throw new IllegalArgumentException("signature letter " + c);
    };
  }
}

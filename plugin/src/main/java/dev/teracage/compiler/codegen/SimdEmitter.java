package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.runtime.V128;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code v128} instructions ({@code 0xFD} prefix). A {@code v128} is an immutable {@code V128}
 * (two longs) on the JVM stack; each instruction but {@code v128.const} calls one static helper in
 * {@code dev.teracage.runtime.support}, chosen by a fixed rule from the opcode table so that the
 * table stays the one list: the class by the mnemonic's shape ({@code i8x16.} and {@code i16x8.}
 * {@code SimdI8I16}, {@code i32x4.} and {@code i64x2.} {@code SimdI32I64}, {@code f32x4.} and
 * {@code f64x2.} {@code SimdF32F64}, {@code v128.} {@code SimdV128}), the method name by the
 * mnemonic in camel case ({@code i16x8.extmul_low_i8x16_s} is {@code i16x8ExtmulLowI8x16S}), the
 * type by the signature. Helpers take the operands in stack order, then the immediates: a lane
 * index as an int, the 16 shuffle indices as two little-endian longs. Memory forms take the
 * effective address (long) and the memory before the operands.
 *
 * <p>Helpers rather than bytecode in place: each is a few lines of straight-line long arithmetic
 * that HotSpot inlines, and escape analysis then removes the {@code V128} objects between them
 * (RATIONALE.md, "SIMD as two longs in an immutable object").
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
    CodeBuilder cb = f.cb;
    switch (op.immediate()) {
      case V128 -> {
        long low = f.reader.v128Low();
        long high = f.reader.v128High();
        Values.newV128(
            cb,
            () -> {
              cb.loadConstant(low);
              cb.loadConstant(high);
            });
      }
      case MEMARG, MEMARG_LANE -> memory(f, op);
      case LANE -> {
        cb.loadConstant(f.reader.lane());
        helper(op).invoke(cb);
      }
      case SHUFFLE -> {
        V128 lanes = V128.ofBytes(f.reader.shuffleLanes());
        cb.loadConstant(lanes.low());
        cb.loadConstant(lanes.high());
        helper(op).invoke(cb);
      }
      default -> helper(op).invoke(cb);
    }
    f.stack.apply(op.signature());
    return true;
  }

  /**
   * Memory forms: {@code [i32 address, v128 operand?]} becomes {@code helper(long effective,
   * MemorySegment memory, V128 operand?, int lane?)}.
   */
  private static void memory(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    int memory = f.reader.memoryIndex();
    long offset = f.reader.memoryOffset();
    boolean operand = op.signature().startsWith("av");
    int operandSlot = -1;
    if (operand) {
      operandSlot = f.temp(TypeKind.REFERENCE, 0);
      cb.astore(operandSlot);
    }
    // The u32 address zero-extended, plus the u32 offset: at most 2^33 - 2, never wrapping.
    Values.zeroExtend(cb);
    if (offset != 0) {
      cb.loadConstant(offset);
      cb.ladd();
    }
    f.loadContext();
    MemoryAccess.segmentOf(cb, memory);
    if (operand) {
      cb.aload(operandSlot);
    }
    if (op.immediate() == Immediate.MEMARG_LANE) {
      cb.loadConstant(f.reader.lane());
    }
    helper(op).invoke(cb);
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
    ClassDesc ret = colon == sig.length() - 1 ? CD_void : desc(sig.charAt(colon + 1));
    return MethodTypeDesc.of(ret, params);
  }

  private static ClassDesc desc(char c) {
    return switch (c) {
      case 'i' -> CD_int;
      case 'I' -> CD_long;
      case 'f' -> CD_float;
      case 'F' -> CD_double;
      case 'v' -> JvmTypes.V128;
      default -> throw new IllegalArgumentException("signature letter " + c);
    };
  }
}

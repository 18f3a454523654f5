package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;

/**
 * The SIMD memory instructions. Whole-vector, extending, splat and zero-filling loads and the
 * whole-vector store access memory in place through the generated class's var handles (as {@link
 * MemoryEmitter} does: far fewer JIT nodes than a helper's {@code MemorySegment.get}); what they do
 * with the bytes loaded is the lane helper of the matching instruction ({@code v128.load16x4_s} is
 * {@code i32x4.extend_low_i16x8_s} of the 8 bytes). The lane loads and stores call their helpers,
 * which take the effective address and the memory.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions">
 *     Memory instructions</a>
 */
final class SimdMemoryEmitter {
  private SimdMemoryEmitter() {}

  /** Emits a SIMD memory instruction: {@code [i32 address, v128 operand?]} on the stack. */
  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    int memory = f.reader.memoryIndex();
    long offset = f.reader.memoryOffset();
    boolean operand = op.signature().startsWith("av");
    int operandSlot = -1;
    if (operand) {
      operandSlot = f.scratch.temp(ValType.V128, 0);
      Values.store(cb, ValType.V128, operandSlot);
    }
    MemoryAccess.effectiveAddress(cb, offset);
    if (op.immediate() == Immediate.MEMARG) {
      int address = f.scratch.temp(ValType.I64, 0);
      cb.lstore(address);
      if (op == Opcode.V128_STORE) {
        store(f, memory, address, operandSlot);
      } else {
        load(f, op, memory, address);
      }
      return;
    }
    f.loadContext();
    MemoryAccess.segmentOf(cb, memory);
    if (operand) {
      Values.load(cb, ValType.V128, operandSlot);
    }
    cb.loadConstant(f.reader.lane());
    SimdEmitter.invoke(f, op);
  }

  /** The loads but the lane ones: the bytes read in place, then widened, splat or zero-filled. */
  private static void load(FunctionEmitter f, Opcode op, int memory, int address) {
    CodeBuilder cb = f.cb;
    if (op == Opcode.V128_LOAD) {
      read(f, memory, address, 0, 8);
      read(f, memory, address, 8, 8);
      return;
    }
    read(f, memory, address, 0, op.arg());
    switch (op) {
      case V128_LOAD8X8_S -> widen(f, Opcode.I16X8_EXTEND_LOW_I8X16_S);
      case V128_LOAD8X8_U -> widen(f, Opcode.I16X8_EXTEND_LOW_I8X16_U);
      case V128_LOAD16X4_S -> widen(f, Opcode.I32X4_EXTEND_LOW_I16X8_S);
      case V128_LOAD16X4_U -> widen(f, Opcode.I32X4_EXTEND_LOW_I16X8_U);
      case V128_LOAD32X2_S -> widen(f, Opcode.I64X2_EXTEND_LOW_I32X4_S);
      case V128_LOAD32X2_U -> widen(f, Opcode.I64X2_EXTEND_LOW_I32X4_U);
      case V128_LOAD8_SPLAT -> SimdEmitter.invoke(f, Opcode.I8X16_SPLAT);
      case V128_LOAD16_SPLAT -> SimdEmitter.invoke(f, Opcode.I16X8_SPLAT);
      case V128_LOAD32_SPLAT -> SimdEmitter.invoke(f, Opcode.I32X4_SPLAT);
      case V128_LOAD64_SPLAT -> cb.dup2();
      case V128_LOAD32_ZERO -> {
        Values.zeroExtend(cb);
        cb.lconst_0();
      }
      case V128_LOAD64_ZERO -> cb.lconst_0();
      default -> throw new IllegalArgumentException(op.mnemonic());
    }
  }

  /** The 8 bytes on the stack as the low half of a vector, widened by {@code extendLow}. */
  private static void widen(FunctionEmitter f, Opcode extendLow) {
    f.cb.lconst_0();
    SimdEmitter.invoke(f, extendLow);
  }

  /** Pushes the {@code bytes}-byte integer at {@code address + offset}. */
  private static void read(FunctionEmitter f, int memory, int address, int offset, int bytes) {
    CodeBuilder cb = f.cb;
    MemoryAccess.handleOfWidth(cb, bytes, f.info.owner());
    at(f, memory, address, offset);
    MemoryAccess.getOfWidth(cb, bytes);
  }

  /**
   * {@code v128.store} as two i64 stores, the high half first, so that one out of bounds writes
   * nothing: when the high half fits, so does the low half below it.
   */
  private static void store(FunctionEmitter f, int memory, int address, int operand) {
    CodeBuilder cb = f.cb;
    for (int offset = 8; offset >= 0; offset -= 8) {
      MemoryAccess.handleOf(cb, ValType.I64, f.info.owner());
      at(f, memory, address, offset);
      cb.lload(operand + offset / 4);
      MemoryAccess.set(cb, ValType.I64);
    }
  }

  /**
   * Pushes memory {@code memory} and {@code address + delta} (the effective address in long slot
   * {@code address}), after the var handle.
   */
  static void at(FunctionEmitter f, int memory, int address, int delta) {
    CodeBuilder cb = f.cb;
    f.loadContext();
    MemoryAccess.segmentOf(cb, memory);
    cb.lload(address);
    if (delta != 0) {
      cb.loadConstant((long) delta);
      cb.ladd();
    }
  }
}

package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;

/**
 * Loads and stores, emitted in place: {@code VarHandle.get/set(segment, address)} on a constant var
 * handle of the class ({@link MemoryAccess}), the segment {@code ctx.memory0} (or {@code
 * ctx.memories[k]}) and the address {@code unsigned(address) + offset} as a long.
 *
 * <p>Not through a helper method: HotSpot stops inlining ordinary methods into a compilation once
 * it holds about 18,000 nodes ({@code NodeCountInliningCutoff}), so in a large function every
 * access past that point became a real call (the {@code float} kernel ran 2.5x slower than the same
 * code in Java). The var handle's own methods are {@code @ForceInline} and are inlined whatever the
 * size.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions">
 *     Memory instructions</a>
 */
final class MemoryEmitter {
  private MemoryEmitter() {}

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    int memory = f.reader.memoryIndex();
    long offset = f.reader.memoryOffset();
    boolean store = op.signature().endsWith(":");
    TypeKind valueKind = null;
    int valueSlot = -1;
    if (store) {
      valueKind = JvmTypes.kind(valueOf(op));
      valueSlot = f.scratch.temp(valueKind, 0);
      cb.storeLocal(valueKind, valueSlot);
    }
    MemoryAccess.effectiveAddress(cb, offset);
    // handle, segment under the long address: [long, vh, seg] -> [vh, seg, long].
    MemoryAccess.handle(cb, op, f.info.owner());
    f.loadContext();
    MemoryAccess.segmentOf(cb, memory);
    cb.dup2_x2();
    cb.pop2();
    if (store) {
      cb.loadLocal(valueKind, valueSlot);
      MemoryAccess.set(cb, op);
    } else {
      MemoryAccess.get(cb, op);
    }
    f.stack.apply(op.signature());
  }

  /** The type of the value a store takes. */
  private static ValType valueOf(Opcode op) {
    return switch (op.signature().charAt(1)) {
      case 'I' -> ValType.I64;
      case 'f' -> ValType.F32;
      case 'F' -> ValType.F64;
      default -> ValType.I32;
    };
  }
}

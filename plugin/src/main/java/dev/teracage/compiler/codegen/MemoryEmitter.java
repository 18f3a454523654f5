package dev.teracage.compiler.codegen;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Immediate;
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
 * <p>Except in a function with many accesses outside its loops ({@link #byCalls}): its accesses are
 * calls to {@code MemoryCalls}, for HotSpot's first compiler.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions">
 *     Memory instructions</a>
 */
final class MemoryEmitter {
  private MemoryEmitter() {}

  /**
   * How many loads and stores outside loops, at least, make a function's accesses calls ({@link
   * #byCalls}). One of the read program's libc functions, which C1 took 17 ms to compile, has 13.
   */
  static final int CALLS_FROM = 12;

  /**
   * Tells whether {@code body} is mostly straight-line code with many accesses: {@link #CALLS_FROM}
   * or more loads and stores outside its loops, and more outside than inside. All its accesses are
   * then emitted as calls to {@code MemoryCalls}, which HotSpot's first compiler does not inline,
   * so that it compiles such a function in milliseconds instead of tens or hundreds (or gives up on
   * it) while the function runs interpreted. Code of that shape is library code (copying,
   * buffering, formatting: libc's {@code memcpy}, {@code printf}) called often for short work,
   * where start-up counts; C2 still inlines the calls that run often. Loop-heavy functions keep
   * their accesses in place (RATIONALE.md, "Memory accesses", for what each side costs).
   *
   * @param body the function
   * @return whether its accesses are calls
   */
  static boolean byCalls(FunctionBody body) {
    CodeReader r = new CodeReader(false);
    r.reset(body.body().code(), 0, body.body().length(), 0);
    java.util.ArrayDeque<Boolean> loops = new java.util.ArrayDeque<>();
    int depth = 0;
    int outside = 0;
    int inside = 0;
    while (r.hasNext()) {
      Opcode op = r.next();
      switch (op) {
        case BLOCK, IF -> loops.push(false);
        case LOOP -> {
          loops.push(true);
          depth++;
        }
        case END -> {
          if (!loops.isEmpty() && loops.pop()) {
            depth--;
          }
        }
        default -> {
          if (scalarAccess(op)) {
            if (depth == 0) {
              outside++;
            } else {
              inside++;
            }
          }
        }
      }
    }
    return outside >= CALLS_FROM && outside > inside;
  }

  /** Tells whether this class emits {@code op}: a load or store of a number. */
  private static boolean scalarAccess(Opcode op) {
    return op.prefix() == Opcode.NO_PREFIX && op.immediate() == Immediate.MEMARG;
  }

  static void emit(FunctionEmitter f, Opcode op) {
    CodeBuilder cb = f.cb;
    int memory = f.reader.memoryIndex();
    long offset = f.reader.memoryOffset();
    boolean store = op.signature().endsWith(":");
    if (f.accessesByCall) {
      if (store) {
        MemoryAccess.narrow(cb, op);
      }
      f.loadContext();
      cb.loadConstant(memory);
      cb.loadConstant((int) offset);
      MemoryAccess.call(cb, op);
      f.stack.apply(op.signature());
      return;
    }
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

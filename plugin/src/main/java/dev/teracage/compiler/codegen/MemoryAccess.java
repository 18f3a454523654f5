package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_byte;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_short;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Bytecode for little-endian, unaligned {@code MemorySegment} accesses: the var handle constants
 * (static final fields of the generated class), addresses ({@code u32 address + u32 offset} as a
 * long) and the get/set calls. Out-of-bounds accesses throw {@code IndexOutOfBoundsException},
 * which the runtime turns into the "out of bounds memory access" trap at its boundary.
 */
final class MemoryAccess {
  private static final ClassDesc VALUE_LAYOUT = ClassDesc.of("java.lang.foreign.ValueLayout");
  private static final ClassDesc VAR_HANDLE = ClassDesc.of("java.lang.invoke.VarHandle");
  private static final ClassDesc BYTE_ORDER = ClassDesc.of("java.nio.ByteOrder");

  /** The little-endian layouts: field name, layout class, JVM value type, unaligned constant. */
  private enum Layout {
    LE_I8("OfByte", CD_byte, "JAVA_BYTE", Helpers.LOAD_I8, Helpers.STORE_I8),
    LE_I16("OfShort", CD_short, "JAVA_SHORT_UNALIGNED", Helpers.LOAD_I16, Helpers.STORE_I16),
    LE_I32("OfInt", CD_int, "JAVA_INT_UNALIGNED", Helpers.LOAD_I32, Helpers.STORE_I32),
    LE_I64("OfLong", CD_long, "JAVA_LONG_UNALIGNED", Helpers.LOAD_I64, Helpers.STORE_I64),
    LE_F32("OfFloat", CD_float, "JAVA_FLOAT_UNALIGNED", Helpers.LOAD_F32, Helpers.STORE_F32),
    LE_F64("OfDouble", CD_double, "JAVA_DOUBLE_UNALIGNED", Helpers.LOAD_F64, Helpers.STORE_F64);

    final ClassDesc layoutClass;
    final ClassDesc valueType;
    final String source;

    /** The {@code MemoryCalls} methods for this width. */
    final Helpers.Helper load;

    final Helpers.Helper store;

    Layout(
        String nested,
        ClassDesc valueType,
        String source,
        Helpers.Helper load,
        Helpers.Helper store) {
      this.layoutClass = VALUE_LAYOUT.nested(nested);
      this.valueType = valueType;
      this.source = source;
      this.load = load;
      this.store = store;
    }
  }

  private MemoryAccess() {}

  /**
   * Adds the access fields and their initialization to the generated class: one static final {@code
   * VarHandle} per little-endian unaligned layout ({@code ValueLayout.varHandle()}, of coordinates
   * {@code (MemorySegment, long)}). Through a constant handle an access inlines to far fewer JIT
   * nodes than through {@code MemorySegment.get(layout, offset)}, so that a function with many
   * accesses still has all of them inlined (HotSpot stops inlining at {@code
   * NodeCountInliningCutoff}).
   */
  static void emitFields(ClassBuilder clb, ClassDesc owner) {
    for (Layout l : Layout.values()) {
      clb.withField(
          l.name(), VAR_HANDLE, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
    }
    clb.withMethodBody(
        "<clinit>",
        MethodTypeDesc.of(CD_void),
        ClassFile.ACC_STATIC,
        b -> {
          for (Layout l : Layout.values()) {
            b.getstatic(VALUE_LAYOUT, l.source, l.layoutClass);
            b.getstatic(BYTE_ORDER, "LITTLE_ENDIAN", BYTE_ORDER);
            b.invokeinterface(
                l.layoutClass, "withOrder", MethodTypeDesc.of(l.layoutClass, BYTE_ORDER));
            b.invokeinterface(VALUE_LAYOUT, "varHandle", MethodTypeDesc.of(VAR_HANDLE));
            b.putstatic(owner, l.name(), VAR_HANDLE);
          }
          b.return_();
        });
  }

  /**
   * Replaces the u32 address on the stack with the effective address, a long: the address
   * zero-extended plus the u32 static offset, at most 2^33 - 2, never wrapping.
   */
  static void effectiveAddress(CodeBuilder b, long offset) {
    Values.zeroExtend(b);
    if (offset != 0) {
      b.loadConstant(offset);
      b.ladd();
    }
  }

  /** Pushes memory {@code memory} of the context in parameter {@code ctxParam}. */
  static void segment(CodeBuilder b, int ctxParam, int memory) {
    b.aload(b.parameterSlot(ctxParam));
    segmentOf(b, memory);
  }

  /** Replaces the context on the stack with its memory {@code memory}. */
  static void segmentOf(CodeBuilder b, int memory) {
    if (memory == 0) {
      b.getfield(JvmTypes.CONTEXT, "memory0", JvmTypes.MEMORY_SEGMENT);
    } else {
      b.getfield(JvmTypes.CONTEXT, "memories", JvmTypes.MEMORY_SEGMENT.arrayType());
      b.loadConstant(memory);
      b.aaload();
    }
  }

  private static Layout layout(Opcode op) {
    char value = op.signature().charAt(op.signature().indexOf(':') == 1 ? 2 : 1);
    return switch (op.arg()) {
      case 1 -> Layout.LE_I8;
      case 2 -> Layout.LE_I16;
      case 4 -> value == 'f' ? Layout.LE_F32 : Layout.LE_I32;
      default -> value == 'F' ? Layout.LE_F64 : Layout.LE_I64;
    };
  }

  private static Layout layout(ValType t) {
    return switch (t.code()) {
      case 0x7F -> Layout.LE_I32;
      case 0x7E -> Layout.LE_I64;
      case 0x7D -> Layout.LE_F32;
      default -> Layout.LE_F64;
    };
  }

  /** Pushes the var handle an access of {@code op} uses (first, before the segment). */
  static void handle(CodeBuilder b, Opcode op, ClassDesc owner) {
    b.getstatic(owner, layout(op).name(), VAR_HANDLE);
  }

  /**
   * Pushes the var handle of an integer access of {@code bytes} bytes: 1, 2, 4 or 8 (first, before
   * the segment).
   */
  static void handleOfWidth(CodeBuilder b, int bytes, ClassDesc owner) {
    b.getstatic(owner, integer(bytes).name(), VAR_HANDLE);
  }

  /**
   * Reads an integer of {@code bytes} bytes, sign-extended to an int (1, 2, 4) or a long (8), given
   * handle, segment and long offset on the stack.
   */
  static void getOfWidth(CodeBuilder b, int bytes) {
    get(b, integer(bytes).valueType);
  }

  private static Layout integer(int bytes) {
    return switch (bytes) {
      case 1 -> Layout.LE_I8;
      case 2 -> Layout.LE_I16;
      case 4 -> Layout.LE_I32;
      default -> Layout.LE_I64;
    };
  }

  /** Pushes the var handle of a number type (first, before the segment). */
  static void handleOf(CodeBuilder b, ValType t, ClassDesc owner) {
    b.getstatic(owner, layout(t).name(), VAR_HANDLE);
  }

  private static void get(CodeBuilder b, ClassDesc value) {
    b.invokevirtual(VAR_HANDLE, "get", MethodTypeDesc.of(value, JvmTypes.MEMORY_SEGMENT, CD_long));
  }

  private static void set(CodeBuilder b, ClassDesc value) {
    b.invokevirtual(
        VAR_HANDLE, "set", MethodTypeDesc.of(CD_void, JvmTypes.MEMORY_SEGMENT, CD_long, value));
  }

  /** Reads a number of type {@code t}, given handle, segment and long offset on the stack. */
  static void get(CodeBuilder b, ValType t) {
    get(b, layout(t).valueType);
  }

  /** Writes a number of type {@code t}, given handle, segment, long offset and value. */
  static void set(CodeBuilder b, ValType t) {
    set(b, layout(t).valueType);
  }

  /**
   * Calls {@code MemoryCalls} for {@code op}, given the address, for a store the value narrowed
   * ({@link #narrow}), the context, the memory index and the u32 offset as an int: a load leaves
   * its value extended to the result type.
   */
  static void call(CodeBuilder b, Opcode op) {
    if (op.signature().endsWith(":")) {
      layout(op).store.invoke(b);
    } else {
      layout(op).load.invoke(b);
      extend(b, op);
    }
  }

  /** Loads for {@code op}, then extends to the result type, given handle, segment, offset. */
  static void get(CodeBuilder b, Opcode op) {
    get(b, layout(op).valueType);
    extend(b, op);
  }

  /** Extends a value just read for {@code op} to its result type. */
  private static void extend(CodeBuilder b, Opcode op) {
    switch (op) {
      case I32_LOAD8_U -> {
        b.sipush(0xFF);
        b.iand();
      }
      case I32_LOAD16_U -> {
        b.loadConstant(0xFFFF);
        b.iand();
      }
      case I64_LOAD8_S, I64_LOAD16_S, I64_LOAD32_S -> b.i2l();
      case I64_LOAD8_U -> {
        b.sipush(0xFF);
        b.iand();
        b.i2l();
      }
      case I64_LOAD16_U -> {
        b.loadConstant(0xFFFF);
        b.iand();
        b.i2l();
      }
      case I64_LOAD32_U -> Values.zeroExtend(b);
      default -> {}
    }
  }

  /** Narrows the value for {@code op}, then stores it, given handle, segment, offset, value. */
  static void set(CodeBuilder b, Opcode op) {
    narrow(b, op);
    set(b, layout(op).valueType);
  }

  /** Narrows the value on the stack to what {@code op} stores. */
  static void narrow(CodeBuilder b, Opcode op) {
    switch (op) {
      case I32_STORE8 -> b.i2b();
      case I32_STORE16 -> b.i2s();
      case I64_STORE8 -> {
        b.l2i();
        b.i2b();
      }
      case I64_STORE16 -> {
        b.l2i();
        b.i2s();
      }
      case I64_STORE32 -> b.l2i();
      default -> {}
    }
  }
}

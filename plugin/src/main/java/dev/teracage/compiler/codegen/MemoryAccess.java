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
 * Bytecode for little-endian, unaligned {@code MemorySegment} accesses: the layout constants
 * (static final fields of the generated class), addresses ({@code u32 address + u32 offset} as a
 * long) and the get/set calls. Out-of-bounds accesses throw {@code IndexOutOfBoundsException},
 * which the runtime turns into the "out of bounds memory access" trap at its boundary.
 */
final class MemoryAccess {
  private static final ClassDesc VALUE_LAYOUT = ClassDesc.of("java.lang.foreign.ValueLayout");
  private static final ClassDesc OF_BYTE = VALUE_LAYOUT.nested("OfByte");
  private static final ClassDesc BYTE_ORDER = ClassDesc.of("java.nio.ByteOrder");

  /** The little-endian layouts: field name, layout class, JVM value type, unaligned constant. */
  private enum Layout {
    LE_I16("OfShort", CD_short, "JAVA_SHORT_UNALIGNED"),
    LE_I32("OfInt", CD_int, "JAVA_INT_UNALIGNED"),
    LE_I64("OfLong", CD_long, "JAVA_LONG_UNALIGNED"),
    LE_F32("OfFloat", CD_float, "JAVA_FLOAT_UNALIGNED"),
    LE_F64("OfDouble", CD_double, "JAVA_DOUBLE_UNALIGNED");

    final ClassDesc layoutClass;
    final ClassDesc valueType;
    final String source;

    Layout(String nested, ClassDesc valueType, String source) {
      this.layoutClass = VALUE_LAYOUT.nested(nested);
      this.valueType = valueType;
      this.source = source;
    }
  }

  private MemoryAccess() {}

  /** Adds the layout fields and their initialization to the generated class. */
  static void emitFields(ClassBuilder clb, ClassDesc owner) {
    for (Layout l : Layout.values()) {
      clb.withField(
          l.name(),
          l.layoutClass,
          ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
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
            b.putstatic(owner, l.name(), l.layoutClass);
          }
          b.return_();
        });
  }

  /** Pushes memory {@code memory} of the context in parameter {@code ctxParam}. */
  static void segment(CodeBuilder b, int ctxParam, int memory) {
    b.aload(b.parameterSlot(ctxParam));
    if (memory == 0) {
      b.getfield(JvmTypes.CONTEXT, "memory0", JvmTypes.MEMORY_SEGMENT);
    } else {
      b.getfield(JvmTypes.CONTEXT, "memories", JvmTypes.MEMORY_SEGMENT.arrayType());
      b.loadConstant(memory);
      b.aaload();
    }
  }

  /** Pushes {@code toUnsignedLong(address) + toUnsignedLong(offset)} from two int parameters. */
  static void address(CodeBuilder b, int addressParam, int offsetParam) {
    MethodTypeDesc unsigned = MethodTypeDesc.of(CD_long, CD_int);
    b.iload(b.parameterSlot(addressParam));
    b.invokestatic(ClassDesc.of("java.lang.Integer"), "toUnsignedLong", unsigned);
    b.iload(b.parameterSlot(offsetParam));
    b.invokestatic(ClassDesc.of("java.lang.Integer"), "toUnsignedLong", unsigned);
    b.ladd();
  }

  private static Layout layout(Opcode op) {
    char value = op.signature().charAt(op.signature().indexOf(':') == 1 ? 2 : 1);
    return switch (op.arg()) {
      case 1 -> null;
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

  /** Pushes the layout an access of {@code op} uses. */
  static void layout(CodeBuilder b, Opcode op, ClassDesc owner) {
    Layout l = layout(op);
    if (l == null) {
      b.getstatic(VALUE_LAYOUT, "JAVA_BYTE", OF_BYTE);
    } else {
      b.getstatic(owner, l.name(), l.layoutClass);
    }
  }

  /** Pushes the layout of a number type. */
  static void layoutOf(CodeBuilder b, ValType t, ClassDesc owner) {
    Layout l = layout(t);
    b.getstatic(owner, l.name(), l.layoutClass);
  }

  private static void get(CodeBuilder b, ClassDesc layoutClass, ClassDesc value) {
    b.invokeinterface(
        JvmTypes.MEMORY_SEGMENT, "get", MethodTypeDesc.of(value, layoutClass, CD_long));
  }

  private static void set(CodeBuilder b, ClassDesc layoutClass, ClassDesc value) {
    b.invokeinterface(
        JvmTypes.MEMORY_SEGMENT, "set", MethodTypeDesc.of(CD_void, layoutClass, CD_long, value));
  }

  /** Reads a number of type {@code t}, given segment, layout and long offset on the stack. */
  static void get(CodeBuilder b, ValType t) {
    Layout l = layout(t);
    get(b, l.layoutClass, l.valueType);
  }

  /** Writes a number of type {@code t}, given segment, layout, long offset and value. */
  static void set(CodeBuilder b, ValType t) {
    Layout l = layout(t);
    set(b, l.layoutClass, l.valueType);
  }

  /** Loads for {@code op}, then extends to the result type, given segment, layout, offset. */
  static void get(CodeBuilder b, Opcode op) {
    Layout l = layout(op);
    if (l == null) {
      get(b, OF_BYTE, CD_byte);
    } else {
      get(b, l.layoutClass, l.valueType);
    }
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
      case I64_LOAD32_U ->
          b.invokestatic(
              ClassDesc.of("java.lang.Integer"),
              "toUnsignedLong",
              MethodTypeDesc.of(CD_long, CD_int));
      default -> {}
    }
  }

  /** Narrows the value for {@code op}, then stores it, given segment, layout, offset, value. */
  static void set(CodeBuilder b, Opcode op) {
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
    Layout l = layout(op);
    if (l == null) {
      set(b, OF_BYTE, CD_byte);
    } else {
      set(b, l.layoutClass, l.valueType);
    }
  }
}

package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/** How WebAssembly value and function types map to JVM types in generated code. */
final class JvmTypes {
  /** {@code dev.teracage.runtime.support.Context}. */
  static final ClassDesc CONTEXT = ClassDesc.of("dev.teracage.runtime.support.Context");

  /** {@code dev.teracage.runtime.support.FuncRef}. */
  static final ClassDesc FUNC_REF = ClassDesc.of("dev.teracage.runtime.support.FuncRef");

  /** {@code dev.teracage.runtime.V128}. */
  static final ClassDesc V128 = ClassDesc.of("dev.teracage.runtime.V128");

  /** {@code java.lang.foreign.MemorySegment}. */
  static final ClassDesc MEMORY_SEGMENT = ClassDesc.of("java.lang.foreign.MemorySegment");

  /** {@code java.lang.invoke.MethodHandle}. */
  static final ClassDesc METHOD_HANDLE = ClassDesc.of("java.lang.invoke.MethodHandle");

  private JvmTypes() {}

  /**
   * Returns the JVM type of a value type: i32 int, i64 long, f32 float, f64 double, v128 {@code
   * V128}, funcref {@code FuncRef}, other references {@code Object}.
   *
   * @param t the value type
   * @return the class descriptor
   */
  static ClassDesc of(ValType t) {
    return switch (t.code()) {
      case 0x7F -> CD_int;
      case 0x7E -> CD_long;
      case 0x7D -> CD_float;
      case 0x7C -> CD_double;
      case 0x7B -> V128;
      case ValType.REF -> isFuncRef(t) ? FUNC_REF : CD_Object;
      default -> throw new IllegalArgumentException("no JVM type for " + t);
    };
  }

  /**
   * Tells whether values of a type are JVM objects ({@code v128} and references): they travel in
   * {@code Object} arrays ({@code Context.resultRefs}, split frames), numbers as raw bits in {@code
   * long} arrays.
   *
   * @param t a value type
   * @return true for v128 and references
   */
  static boolean isObject(ValType t) {
    return t.isRef() || t.code() == 0x7B;
  }

  /**
   * Casts an {@code Object} on the stack to the JVM type of {@code t} where that is narrower
   * ({@code FuncRef}, {@code V128}).
   *
   * @param cb the code builder
   * @param t an object type ({@link #isObject})
   */
  static void checkcast(CodeBuilder cb, ValType t) {
    ClassDesc desc = of(t);
    if (!desc.equals(CD_Object)) {
      cb.checkcast(desc);
    }
  }

  /**
   * Returns whether a reference type is represented by {@code FuncRef}.
   *
   * @param t a reference type
   * @return true for function references
   */
  static boolean isFuncRef(ValType t) {
    return t.isRef()
        && (t.heapType() == ValType.FUNC || t.heapType() >= 0 || t.heapType() == ValType.NOFUNC);
  }

  /**
   * Returns the JVM type kind of a value type.
   *
   * @param t the value type
   * @return the kind
   */
  static TypeKind kind(ValType t) {
    return switch (t.code()) {
      case 0x7F -> TypeKind.INT;
      case 0x7E -> TypeKind.LONG;
      case 0x7D -> TypeKind.FLOAT;
      case 0x7C -> TypeKind.DOUBLE;
      case ValType.REF, 0x7B -> TypeKind.REFERENCE;
      default -> throw new IllegalArgumentException("no JVM type for " + t);
    };
  }

  /**
   * Returns the descriptor of a compiled function: wasm parameters, then the {@code Context},
   * returning the first result or void.
   *
   * @param type the function type
   * @return the method type
   */
  static MethodTypeDesc method(FuncType type) {
    List<ValType> params = type.params();
    ClassDesc[] jvm = new ClassDesc[params.size() + 1];
    for (int i = 0; i < params.size(); i++) {
      jvm[i] = of(params.get(i));
    }
    jvm[params.size()] = CONTEXT;
    ClassDesc ret = type.results().isEmpty() ? CD_void : of(type.results().getFirst());
    return MethodTypeDesc.of(ret, jvm);
  }
}

package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_byte;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_short;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * The one table of runtime helpers generated code calls ({@code dev.teracage.runtime.support} and
 * {@code dev.teracage.runtime.trap}). A test reflects every entry, so a rename fails loudly.
 *
 * <p>Convention for helpers with operands: the wasm operands in stack order, then the {@code
 * Context}, then the instruction's immediates; generated code pushes exactly that.
 */
final class Helpers {
  private static final String SUPPORT = "dev.teracage.runtime.support.";
  private static final ClassDesc NUMERICS = ClassDesc.of(SUPPORT + "Numerics");
  private static final ClassDesc TRAPS = ClassDesc.of(SUPPORT + "Traps");
  private static final ClassDesc CALLS = ClassDesc.of(SUPPORT + "Calls");
  private static final ClassDesc MEMORY_OPS = ClassDesc.of(SUPPORT + "MemoryOps");
  private static final ClassDesc MEMORY_CALLS = ClassDesc.of(SUPPORT + "MemoryCalls");
  private static final ClassDesc TABLE_OPS = ClassDesc.of(SUPPORT + "TableOps");
  private static final ClassDesc GLOBALS = ClassDesc.of(SUPPORT + "Globals");

  /** {@code dev.teracage.runtime.trap.TrapException}. */
  static final ClassDesc TRAP_EXCEPTION = ClassDesc.of("dev.teracage.runtime.trap.TrapException");

  private static final ClassDesc CTX = JvmTypes.CONTEXT;

  /** A static method: owner, name and type. */
  record Helper(ClassDesc owner, String name, MethodTypeDesc type) {
    /**
     * Emits {@code invokestatic} of this helper.
     *
     * @param cb the code builder
     */
    void invoke(CodeBuilder cb) {
      cb.invokestatic(owner, name, type);
    }
  }

  private Helpers() {}

  private static Helper of(ClassDesc owner, String name, ClassDesc ret, ClassDesc... params) {
    return new Helper(owner, name, MethodTypeDesc.of(ret, params));
  }

  private static Helper num(String name, ClassDesc ret, ClassDesc... params) {
    return of(NUMERICS, name, ret, params);
  }

  // Numerics: integer division (traps "integer divide by zero" / "integer overflow").
  static final Helper I32_DIV_S = num("i32DivS", CD_int, CD_int, CD_int);
  static final Helper I32_DIV_U = num("i32DivU", CD_int, CD_int, CD_int);
  static final Helper I32_REM_S = num("i32RemS", CD_int, CD_int, CD_int);
  static final Helper I32_REM_U = num("i32RemU", CD_int, CD_int, CD_int);
  static final Helper I64_DIV_S = num("i64DivS", CD_long, CD_long, CD_long);
  static final Helper I64_DIV_U = num("i64DivU", CD_long, CD_long, CD_long);
  static final Helper I64_REM_S = num("i64RemS", CD_long, CD_long, CD_long);
  static final Helper I64_REM_U = num("i64RemU", CD_long, CD_long, CD_long);

  // Numerics: sign operations on raw bits, rounding and min/max with the spec's NaN results.
  static final Helper F32_ABS = num("f32Abs", CD_float, CD_float);
  static final Helper F32_NEG = num("f32Neg", CD_float, CD_float);
  static final Helper F32_COPYSIGN = num("f32Copysign", CD_float, CD_float, CD_float);
  static final Helper F64_ABS = num("f64Abs", CD_double, CD_double);
  static final Helper F64_NEG = num("f64Neg", CD_double, CD_double);
  static final Helper F64_COPYSIGN = num("f64Copysign", CD_double, CD_double, CD_double);
  static final Helper F32_CEIL = num("f32Ceil", CD_float, CD_float);
  static final Helper F32_FLOOR = num("f32Floor", CD_float, CD_float);
  static final Helper F32_TRUNC = num("f32Trunc", CD_float, CD_float);
  static final Helper F32_NEAREST = num("f32Nearest", CD_float, CD_float);
  static final Helper F32_MIN = num("f32Min", CD_float, CD_float, CD_float);
  static final Helper F32_MAX = num("f32Max", CD_float, CD_float, CD_float);
  static final Helper F64_CEIL = num("f64Ceil", CD_double, CD_double);
  static final Helper F64_FLOOR = num("f64Floor", CD_double, CD_double);
  static final Helper F64_TRUNC = num("f64Trunc", CD_double, CD_double);
  static final Helper F64_NEAREST = num("f64Nearest", CD_double, CD_double);
  static final Helper F64_MIN = num("f64Min", CD_double, CD_double, CD_double);
  static final Helper F64_MAX = num("f64Max", CD_double, CD_double, CD_double);

  // Numerics: conversions (trapping "integer overflow" / "invalid conversion to integer").
  static final Helper I32_TRUNC_F32_S = num("i32TruncF32S", CD_int, CD_float);
  static final Helper I32_TRUNC_F32_U = num("i32TruncF32U", CD_int, CD_float);
  static final Helper I32_TRUNC_F64_S = num("i32TruncF64S", CD_int, CD_double);
  static final Helper I32_TRUNC_F64_U = num("i32TruncF64U", CD_int, CD_double);
  static final Helper I64_TRUNC_F32_S = num("i64TruncF32S", CD_long, CD_float);
  static final Helper I64_TRUNC_F32_U = num("i64TruncF32U", CD_long, CD_float);
  static final Helper I64_TRUNC_F64_S = num("i64TruncF64S", CD_long, CD_double);
  static final Helper I64_TRUNC_F64_U = num("i64TruncF64U", CD_long, CD_double);
  static final Helper I32_TRUNC_SAT_F32_U = num("i32TruncSatF32U", CD_int, CD_float);
  static final Helper I32_TRUNC_SAT_F64_U = num("i32TruncSatF64U", CD_int, CD_double);
  static final Helper I64_TRUNC_SAT_F32_U = num("i64TruncSatF32U", CD_long, CD_float);
  static final Helper I64_TRUNC_SAT_F64_U = num("i64TruncSatF64U", CD_long, CD_double);
  static final Helper F32_CONVERT_I64_U = num("f32ConvertI64U", CD_float, CD_long);
  static final Helper F64_CONVERT_I64_U = num("f64ConvertI64U", CD_double, CD_long);
  static final Helper F32_DEMOTE_F64 = num("f32DemoteF64", CD_float, CD_double);
  static final Helper F64_PROMOTE_F32 = num("f64PromoteF32", CD_double, CD_float);

  // Traps: factories of the exception to throw.
  static final Helper TRAP_UNREACHABLE = of(TRAPS, "unreachable", TRAP_EXCEPTION);

  // Calls.
  static final Helper CALL_INDIRECT =
      of(CALLS, "indirect", JvmTypes.FUNC_REF, CTX, CD_int, CD_int, CD_int);
  static final Helper CALL_INDIRECT_OWN = of(CALLS, "ownFunction", CD_int, CTX, CD_int, CD_int);

  // MemoryOps.
  static final Helper MEMORY_GROW = of(MEMORY_OPS, "grow", CD_int, CD_int, CTX, CD_int);
  static final Helper STORE_CONSTANTS =
      of(MEMORY_OPS, "storeConstants", CD_void, java.lang.constant.ConstantDescs.CD_String, CTX);
  static final Helper MEMORY_FILL =
      of(MEMORY_OPS, "fill", CD_void, CD_int, CD_int, CD_int, CTX, CD_int);
  static final Helper MEMORY_COPY =
      of(MEMORY_OPS, "copy", CD_void, CD_int, CD_int, CD_int, CTX, CD_int, CD_int);
  static final Helper MEMORY_INIT =
      of(MEMORY_OPS, "init", CD_void, CD_int, CD_int, CD_int, CTX, CD_int, CD_int);
  static final Helper DATA_DROP = of(MEMORY_OPS, "dataDrop", CD_void, CTX, CD_int);

  // MemoryCalls: loads and stores as calls (MemoryEmitter.byCalls), one per width.
  static final Helper LOAD_I8 = load("loadI8", CD_byte);
  static final Helper LOAD_I16 = load("loadI16", CD_short);
  static final Helper LOAD_I32 = load("loadI32", CD_int);
  static final Helper LOAD_I64 = load("loadI64", CD_long);
  static final Helper LOAD_F32 = load("loadF32", CD_float);
  static final Helper LOAD_F64 = load("loadF64", CD_double);
  static final Helper STORE_I8 = store("storeI8", CD_byte);
  static final Helper STORE_I16 = store("storeI16", CD_short);
  static final Helper STORE_I32 = store("storeI32", CD_int);
  static final Helper STORE_I64 = store("storeI64", CD_long);
  static final Helper STORE_F32 = store("storeF32", CD_float);
  static final Helper STORE_F64 = store("storeF64", CD_double);

  private static Helper load(String name, ClassDesc value) {
    return of(MEMORY_CALLS, name, value, CD_int, CTX, CD_int, CD_int);
  }

  private static Helper store(String name, ClassDesc value) {
    return of(MEMORY_CALLS, name, CD_void, CD_int, value, CTX, CD_int, CD_int);
  }

  // TableOps.
  static final Helper TABLE_GET = of(TABLE_OPS, "get", CD_Object, CD_int, CTX, CD_int);
  static final Helper TABLE_SET = of(TABLE_OPS, "set", CD_void, CD_int, CD_Object, CTX, CD_int);
  static final Helper TABLE_SIZE = of(TABLE_OPS, "size", CD_int, CTX, CD_int);
  static final Helper TABLE_GROW = of(TABLE_OPS, "grow", CD_int, CD_Object, CD_int, CTX, CD_int);
  static final Helper TABLE_FILL =
      of(TABLE_OPS, "fill", CD_void, CD_int, CD_Object, CD_int, CTX, CD_int);
  static final Helper TABLE_COPY =
      of(TABLE_OPS, "copy", CD_void, CD_int, CD_int, CD_int, CTX, CD_int, CD_int);
  static final Helper TABLE_INIT =
      of(TABLE_OPS, "init", CD_void, CD_int, CD_int, CD_int, CTX, CD_int, CD_int);
  static final Helper ELEM_DROP = of(TABLE_OPS, "elemDrop", CD_void, CTX, CD_int);

  // Globals: reference globals (the arena holds u32 handles) and imported mutable globals.
  static final Helper GLOBAL_GET_I32 = of(GLOBALS, "getI32", CD_int, CTX, CD_int);
  static final Helper GLOBAL_GET_I64 = of(GLOBALS, "getI64", CD_long, CTX, CD_int);
  static final Helper GLOBAL_GET_F32 = of(GLOBALS, "getF32", CD_float, CTX, CD_int);
  static final Helper GLOBAL_GET_F64 = of(GLOBALS, "getF64", CD_double, CTX, CD_int);
  static final Helper GLOBAL_GET_REF = of(GLOBALS, "getRef", CD_Object, CTX, CD_int);
  static final Helper GLOBAL_SET_I32 = of(GLOBALS, "setI32", CD_void, CD_int, CTX, CD_int);
  static final Helper GLOBAL_SET_I64 = of(GLOBALS, "setI64", CD_void, CD_long, CTX, CD_int);
  static final Helper GLOBAL_SET_F32 = of(GLOBALS, "setF32", CD_void, CD_float, CTX, CD_int);
  static final Helper GLOBAL_SET_F64 = of(GLOBALS, "setF64", CD_void, CD_double, CTX, CD_int);
  static final Helper GLOBAL_SET_REF = of(GLOBALS, "setRef", CD_void, CD_Object, CTX, CD_int);
  static final Helper GLOBAL_GET_V128 = of(GLOBALS, "getV128", JvmTypes.V128, CTX, CD_int);
  static final Helper GLOBAL_SET_V128 = of(GLOBALS, "setV128", CD_void, JvmTypes.V128, CTX, CD_int);

  /**
   * Returns every helper, for the test that checks each one exists with its exact type.
   *
   * @return all entries of this table
   */
  static List<Helper> all() {
    List<Helper> result = new java.util.ArrayList<>();
    for (java.lang.reflect.Field f : Helpers.class.getDeclaredFields()) {
      if (f.getType() == Helper.class) {
        try {
          result.add((Helper) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return result;
  }
}

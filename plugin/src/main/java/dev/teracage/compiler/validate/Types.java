package dev.teracage.compiler.validate;

import dev.teracage.compiler.model.ValType;

/**
 * Value types as small ints, so the operand stack is an {@code int[]}. {@link #UNKNOWN} is the
 * "unknown" type of the validation algorithm: what a polymorphic stack yields when popped empty.
 * Only the WebAssembly 2.0 types have codes; the typed references of 3.0 are rejected as
 * unsupported for now.
 */
final class Types {
  /** The unknown type (bottom), produced by popping a polymorphic stack. */
  static final int UNKNOWN = 0;

  /** i32. */
  static final int I32 = 1;

  /** i64. */
  static final int I64 = 2;

  /** f32. */
  static final int F32 = 3;

  /** f64. */
  static final int F64 = 4;

  /** v128. */
  static final int V128 = 5;

  /** funcref. */
  static final int FUNCREF = 6;

  /** externref. */
  static final int EXTERNREF = 7;

  /** Returned by {@link #of} for a type this validator does not support yet. */
  static final int UNSUPPORTED = -1;

  /**
   * One-element result types, indexed by type code, shared by all block types {@code [] -> [t]}.
   */
  static final int[][] SINGLE = {
    {UNKNOWN}, {I32}, {I64}, {F32}, {F64}, {V128}, {FUNCREF}, {EXTERNREF}
  };

  /** The empty result type. */
  static final int[] EMPTY = {};

  private Types() {}

  /**
   * Returns the code of a value type.
   *
   * @param t the value type
   * @return its code, or {@link #UNSUPPORTED}
   */
  static int of(ValType t) {
    return switch (t.code()) {
      case 0x7F -> I32;
      case 0x7E -> I64;
      case 0x7D -> F32;
      case 0x7C -> F64;
      case 0x7B -> V128;
      case ValType.REF -> {
        if (!t.nullable()) {
          yield UNSUPPORTED;
        }
        yield switch (t.heapType()) {
          case ValType.FUNC -> FUNCREF;
          case ValType.EXTERN -> EXTERNREF;
          default -> UNSUPPORTED;
        };
      }
      default -> UNSUPPORTED;
    };
  }

  /**
   * Returns the code of a value type given by its one-byte binary encoding (block types, typed
   * {@code select}).
   *
   * @param b the byte: {@code 0x7F} ... {@code 0x7B}, {@code 0x70}, {@code 0x6F}
   * @return its code, or {@link #UNSUPPORTED}
   */
  static int ofByte(int b) {
    return switch (b) {
      case 0x7F -> I32;
      case 0x7E -> I64;
      case 0x7D -> F32;
      case 0x7C -> F64;
      case 0x7B -> V128;
      case 0x70 -> FUNCREF;
      case 0x6F -> EXTERNREF;
      default -> UNSUPPORTED;
    };
  }

  /**
   * Returns the code of a reference type given by its abstract heap type ({@code ref.null}).
   *
   * @param heapType {@link ValType#FUNC} or {@link ValType#EXTERN}
   * @return {@link #FUNCREF}, {@link #EXTERNREF} or {@link #UNSUPPORTED}
   */
  static int ofHeapType(int heapType) {
    return switch (heapType) {
      case ValType.FUNC -> FUNCREF;
      case ValType.EXTERN -> EXTERNREF;
      default -> UNSUPPORTED;
    };
  }

  /**
   * Returns the codes of a list of value types.
   *
   * @param types the value types
   * @return their codes; an unsupported type gives {@link #UNSUPPORTED} in its place
   */
  static int[] of(java.util.List<ValType> types) {
    if (types.isEmpty()) {
      return EMPTY;
    }
    if (types.size() == 1) {
      int t = of(types.get(0));
      return t == UNSUPPORTED ? new int[] {UNSUPPORTED} : SINGLE[t];
    }
    int[] result = new int[types.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = of(types.get(i));
    }
    return result;
  }

  /**
   * Returns whether a type is a number type or unknown.
   *
   * @param t a type code
   * @return true for i32, i64, f32, f64 and unknown
   */
  static boolean isNum(int t) {
    return t <= F64;
  }

  /**
   * Returns whether a type is v128 or unknown.
   *
   * @param t a type code
   * @return true for v128 and unknown
   */
  static boolean isVec(int t) {
    return t == V128 || t == UNKNOWN;
  }

  /**
   * Returns whether a type is a reference type or unknown.
   *
   * @param t a type code
   * @return true for funcref, externref and unknown
   */
  static boolean isRef(int t) {
    return t == FUNCREF || t == EXTERNREF || t == UNKNOWN;
  }
}

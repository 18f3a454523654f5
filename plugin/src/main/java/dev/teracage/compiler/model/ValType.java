package dev.teracage.compiler.model;

/**
 * A value type: a number type, {@code v128}, or a reference type.
 *
 * <p>Number and vector types are identified by their binary code ({@code 0x7F} i32 ... {@code 0x7B}
 * v128). A reference type has {@link #REF} as code, a nullability flag and a heap type: either a
 * type index ({@code >= 0}) or one of the negative abstract heap type constants ({@link #FUNC},
 * {@link #EXTERN}, ...), whose values are the binary s33 encodings of those types. This leaves room
 * for the typed references of WebAssembly 3.0 without a new representation.
 *
 * @param code the binary code of a number or vector type, or {@link #REF}
 * @param nullable for references, whether {@code null} is a value of the type
 * @param heapType for references, a type index or an abstract heap type constant; 0 otherwise
 * @see <a href="https://webassembly.github.io/spec/core/binary/types.html">Binary format: types</a>
 */
public record ValType(int code, boolean nullable, int heapType) {
  /** Code of reference types (the 3.0 {@code ref null ht} encoding). */
  public static final int REF = 0x63;

  /** Abstract heap type {@code func}. */
  public static final int FUNC = -0x10;

  /** Abstract heap type {@code extern}. */
  public static final int EXTERN = -0x11;

  /** Abstract heap type {@code any}. */
  public static final int ANY = -0x12;

  /** Abstract heap type {@code eq}. */
  public static final int EQ = -0x13;

  /** Abstract heap type {@code i31}. */
  public static final int I31 = -0x14;

  /** Abstract heap type {@code struct}. */
  public static final int STRUCT = -0x15;

  /** Abstract heap type {@code array}. */
  public static final int ARRAY = -0x16;

  /** Abstract heap type {@code exn}. */
  public static final int EXN = -0x17;

  /** Abstract heap type {@code none}. */
  public static final int NONE = -0x0F;

  /** Abstract heap type {@code noextern}. */
  public static final int NOEXTERN = -0x0E;

  /** Abstract heap type {@code nofunc}. */
  public static final int NOFUNC = -0x0D;

  /** Abstract heap type {@code noexn}. */
  public static final int NOEXN = -0x0C;

  /** 32-bit integer. */
  public static final ValType I32 = new ValType(0x7F, false, 0);

  /** 64-bit integer. */
  public static final ValType I64 = new ValType(0x7E, false, 0);

  /** 32-bit IEEE 754 float. */
  public static final ValType F32 = new ValType(0x7D, false, 0);

  /** 64-bit IEEE 754 float. */
  public static final ValType F64 = new ValType(0x7C, false, 0);

  /** 128-bit vector. */
  public static final ValType V128 = new ValType(0x7B, false, 0);

  /** Nullable function reference ({@code funcref}, binary {@code 0x70}). */
  public static final ValType FUNCREF = new ValType(REF, true, FUNC);

  /** Nullable external reference ({@code externref}, binary {@code 0x6F}). */
  public static final ValType EXTERNREF = new ValType(REF, true, EXTERN);

  /**
   * Returns a reference type.
   *
   * @param nullable whether null is a value of the type
   * @param heapType a type index or an abstract heap type constant
   * @return the reference type
   */
  public static ValType ref(boolean nullable, int heapType) {
    if (nullable && heapType == FUNC) {
      return FUNCREF;
    }
    if (nullable && heapType == EXTERN) {
      return EXTERNREF;
    }
    return new ValType(REF, nullable, heapType);
  }

  /**
   * Returns the number or vector type with this binary code, or {@code null}.
   *
   * @param code a binary value type code
   * @return the type, or {@code null} when the code is not a number or vector type
   */
  public static ValType ofNumeric(int code) {
    return switch (code) {
      case 0x7F -> I32;
      case 0x7E -> I64;
      case 0x7D -> F32;
      case 0x7C -> F64;
      case 0x7B -> V128;
      default -> null;
    };
  }

  /**
   * Returns whether this is a reference type.
   *
   * @return true for references
   */
  public boolean isRef() {
    return code == REF;
  }

  /**
   * Returns whether this is a number type (i32, i64, f32, f64).
   *
   * @return true for numbers
   */
  public boolean isNumeric() {
    return code >= 0x7C && code <= 0x7F;
  }

  /**
   * Returns the text name of an abstract heap type.
   *
   * @param heapType a negative abstract heap type constant, or a type index
   * @return for example {@code "func"}, or the index as text
   */
  public static String heapTypeName(int heapType) {
    return switch (heapType) {
      case FUNC -> "func";
      case EXTERN -> "extern";
      case ANY -> "any";
      case EQ -> "eq";
      case I31 -> "i31";
      case STRUCT -> "struct";
      case ARRAY -> "array";
      case EXN -> "exn";
      case NONE -> "none";
      case NOEXTERN -> "noextern";
      case NOFUNC -> "nofunc";
      case NOEXN -> "noexn";
      default -> Integer.toString(heapType);
    };
  }

  /**
   * Returns the abstract heap type a text keyword names.
   *
   * @param keyword for example {@code "func"}
   * @return the negative heap type constant, or 0 when the keyword names none
   */
  public static int heapTypeOf(String keyword) {
    return switch (keyword) {
      case "func" -> FUNC;
      case "extern" -> EXTERN;
      case "any" -> ANY;
      case "eq" -> EQ;
      case "i31" -> I31;
      case "struct" -> STRUCT;
      case "array" -> ARRAY;
      case "exn" -> EXN;
      case "none" -> NONE;
      case "noextern" -> NOEXTERN;
      case "nofunc" -> NOFUNC;
      case "noexn" -> NOEXN;
      default -> 0;
    };
  }

  @Override
  public String toString() {
    return switch (code) {
      case 0x7F -> "i32";
      case 0x7E -> "i64";
      case 0x7D -> "f32";
      case 0x7C -> "f64";
      case 0x7B -> "v128";
      case REF -> {
        if (nullable && heapType < 0) {
          yield heapTypeName(heapType) + "ref";
        }
        yield "(ref " + (nullable ? "null " : "") + heapTypeName(heapType) + ")";
      }
      default -> "type(0x" + Integer.toHexString(code) + ")";
    };
  }
}

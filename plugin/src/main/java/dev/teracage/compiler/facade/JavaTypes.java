package dev.teracage.compiler.facade;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import java.util.StringJoiner;

/**
 * How WebAssembly value types appear in a facade: the Java type, the runtime's value code constant
 * and the conversions to and from the raw bits that carry extra results.
 */
final class JavaTypes {
  /** The runtime's function reference type, as generated code names it. */
  static final String FUNC_REF = "dev.teracage.runtime.support.FuncRef";

  /** The runtime's v128 value type. */
  static final String V128 = "dev.teracage.runtime.V128";

  private JavaTypes() {}

  /**
   * Tells whether extra results of a type travel as objects ({@code Context.resultRefs}) rather
   * than raw bits: references and v128.
   *
   * @param t a value type
   * @return true for references and v128
   */
  static boolean isObject(ValType t) {
    return t.isRef() || t.code() == 0x7B;
  }

  /**
   * Returns the Java type of a value type: i32 {@code int}, i64 {@code long}, f32 {@code float},
   * f64 {@code double}, v128 {@code V128}, function references {@code FuncRef}, other references
   * {@code Object}.
   *
   * @param t a value type
   * @return Java source text
   */
  static String javaType(ValType t) {
    if (t.isRef()) {
      return isExtern(t) ? "java.lang.Object" : FUNC_REF;
    }
    return switch (t.code()) {
      case 0x7F -> "int";
      case 0x7E -> "long";
      case 0x7D -> "float";
      case 0x7C -> "double";
      case 0x7B -> V128;
      default -> throw new IllegalArgumentException("no Java type for " + text(t));
    };
  }

  private static boolean isExtern(ValType t) {
    return t.heapType() == ValType.EXTERN || t.heapType() == ValType.NOEXTERN;
  }

  /**
   * Returns the class literal of a value type's Java type.
   *
   * @param t a value type
   * @return for example {@code int.class}
   */
  static String classLiteral(ValType t) {
    return javaType(t) + ".class";
  }

  /**
   * Returns the Java return type of a function type's first result, or {@code void}.
   *
   * @param type a function type
   * @return Java source text
   */
  static String firstResultType(FuncType type) {
    return type.results().isEmpty() ? "void" : javaType(type.results().get(0));
  }

  /**
   * Returns the runtime value code constant of a value type.
   *
   * @param t a value type
   * @return for example {@code dev.teracage.runtime.layout.ValueCode.I32}
   */
  static String valueCode(ValType t) {
    String name;
    if (t.isRef()) {
      name = isExtern(t) ? "EXTERNREF" : "FUNCREF";
    } else {
      name =
          switch (t.code()) {
            case 0x7F -> "I32";
            case 0x7E -> "I64";
            case 0x7D -> "F32";
            case 0x7C -> "F64";
            case 0x7B -> "V128";
            default -> throw new IllegalArgumentException("no value code for " + text(t));
          };
    }
    return "dev.teracage.runtime.layout.ValueCode." + name;
  }

  /**
   * Returns an expression creating the runtime signature of a function type.
   *
   * @param type a function type
   * @return a {@code new FuncSig(...)} expression
   */
  static String funcSig(FuncType type) {
    return "new dev.teracage.runtime.image.FuncSig("
        + codes(type.params())
        + ", "
        + codes(type.results())
        + ")";
  }

  private static String codes(List<ValType> types) {
    StringJoiner j = new StringJoiner(", ", "new int[] {", "}");
    for (ValType t : types) {
      j.add(valueCode(t));
    }
    return j.toString();
  }

  /**
   * Returns an expression converting raw result bits ({@code long}) to a value of the type.
   *
   * @param t a numeric value type
   * @param bits the expression holding the bits
   * @return Java source text
   */
  static String fromBits(ValType t, String bits) {
    return switch (t.code()) {
      case 0x7F -> "(int) " + bits;
      case 0x7E -> bits;
      case 0x7D -> "java.lang.Float.intBitsToFloat((int) " + bits + ")";
      case 0x7C -> "java.lang.Double.longBitsToDouble(" + bits + ")";
      default -> throw new IllegalArgumentException("not numeric: " + text(t));
    };
  }

  /**
   * Returns an expression converting a value of the type to raw result bits, numbers zero-extended.
   *
   * @param t a numeric value type
   * @param value the expression holding the value
   * @return Java source text of type {@code long}
   */
  static String toBits(ValType t, String value) {
    return switch (t.code()) {
      case 0x7F -> "java.lang.Integer.toUnsignedLong(" + value + ")";
      case 0x7E -> value;
      case 0x7D ->
          "java.lang.Integer.toUnsignedLong(java.lang.Float.floatToRawIntBits(" + value + "))";
      case 0x7C -> "java.lang.Double.doubleToRawLongBits(" + value + ")";
      default -> throw new IllegalArgumentException("not numeric: " + text(t));
    };
  }

  /**
   * Returns the text format of a value type.
   *
   * @param t a value type
   * @return for example {@code i32} or {@code funcref}
   */
  static String text(ValType t) {
    return t.toString();
  }

  /**
   * Returns the text format of a function type, as in {@code (func (param i32) (result i32))}.
   *
   * @param type a function type
   * @return the text
   */
  static String text(FuncType type) {
    StringBuilder sb = new StringBuilder("(func");
    if (!type.params().isEmpty()) {
      sb.append(" (param");
      type.params().forEach(t -> sb.append(' ').append(text(t)));
      sb.append(')');
    }
    if (!type.results().isEmpty()) {
      sb.append(" (result");
      type.results().forEach(t -> sb.append(' ').append(text(t)));
      sb.append(')');
    }
    return sb.append(')').toString();
  }
}

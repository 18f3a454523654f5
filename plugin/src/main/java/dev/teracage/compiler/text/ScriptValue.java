package dev.teracage.compiler.text;

import dev.teracage.compiler.model.ValType;

/** A concrete value in a WAST script: an argument, or an exact expected result. */
public sealed interface ScriptValue {
  /**
   * An i32, i64, f32 or f64 constant, as raw bits (floats keep their exact NaN payload).
   *
   * @param type the number type
   * @param bits the value (i32 and f32 in the low 32 bits)
   */
  record Num(ValType type, long bits) implements ScriptValue {}

  /**
   * A v128 constant.
   *
   * @param low lanes 0..7 as bytes, little-endian
   * @param high lanes 8..15 as bytes, little-endian
   */
  record Vec(long low, long high) implements ScriptValue {}

  /**
   * {@code (ref.null ht)}.
   *
   * @param heapType the heap type ({@link ValType#FUNC}, {@link ValType#EXTERN}, ...)
   */
  record RefNull(int heapType) implements ScriptValue {}

  /**
   * {@code (ref.extern n)}: a host reference the script identifies by number.
   *
   * @param id the number
   */
  record RefExtern(long id) implements ScriptValue {}

  /**
   * {@code (ref.host n)} (3.0): a host reference the script identifies by number, seen as an
   * internal ({@code any}) reference.
   *
   * @param id the number
   */
  record RefHost(long id) implements ScriptValue {}
}

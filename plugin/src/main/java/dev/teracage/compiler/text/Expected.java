package dev.teracage.compiler.text;

import dev.teracage.compiler.model.ValType;
import java.util.List;

/** A result pattern of {@code assert_return}. */
public sealed interface Expected {
  /**
   * Exactly this value (bitwise for floats).
   *
   * @param value the value
   */
  record Exact(ScriptValue value) implements Expected {}

  /**
   * {@code nan:canonical}: a NaN with the canonical payload, either sign.
   *
   * @param type f32 or f64
   */
  record CanonicalNan(ValType type) implements Expected {}

  /**
   * {@code nan:arithmetic}: a NaN whose payload's most significant bit is set, either sign.
   *
   * @param type f32 or f64
   */
  record ArithmeticNan(ValType type) implements Expected {}

  /**
   * A v128 compared lane by lane, where lanes may be NaN patterns.
   *
   * @param shape the lane shape, for example {@code "f32x4"}
   * @param lanes one pattern per lane: {@link Exact} with a {@link ScriptValue.Num}, or a NaN
   *     pattern
   */
  record Lanes(String shape, List<Expected> lanes) implements Expected {
    /** Creates a pattern, copying the list. */
    public Lanes {
      lanes = List.copyOf(lanes);
    }
  }

  /** {@code (ref.func)}: any non-null function reference. */
  record AnyFuncRef() implements Expected {}

  /** {@code (ref.extern)}: any non-null external reference. */
  record AnyExternRef() implements Expected {}

  /**
   * {@code (either ...)}: any one of the alternatives.
   *
   * @param alternatives the patterns
   */
  record Either(List<Expected> alternatives) implements Expected {
    /** Creates a pattern, copying the list. */
    public Either {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** {@code (ref.null)} (3.0): a null reference of any type. */
  record AnyNull() implements Expected {}

  /**
   * {@code (ref.any)}, {@code (ref.eq)}, {@code (ref.i31)}, {@code (ref.struct)}, {@code
   * (ref.array)}, {@code (ref.exn)} (3.0): any non-null reference of that abstract heap type.
   *
   * @param heapType the abstract heap type ({@link ValType#I31}, ...)
   */
  record AnyRef(int heapType) implements Expected {}
}

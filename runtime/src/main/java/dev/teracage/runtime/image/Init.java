package dev.teracage.runtime.image;

/**
 * A constant expression the compiler has evaluated as far as it can without imports: the initial
 * value of a global, a segment's offset, or an element segment's entry.
 */
public sealed interface Init permits Init.Const, Init.GlobalGet, Init.RefFunc, Init.RefNull {
  /** Heap type of {@code ref.null func} (its s33 binary encoding). */
  int FUNC = -0x10;

  /** Heap type of {@code ref.null extern} (its s33 binary encoding). */
  int EXTERN = -0x11;

  /**
   * A number or vector constant as raw bits: {@code i32} and {@code f32} (raw float bits)
   * zero-extended into {@code bits}, {@code i64} and {@code f64} (raw double bits) in {@code bits},
   * {@code v128} as low {@code bits} and {@code high} half. {@code high} is 0 for all but {@code
   * v128}.
   *
   * @param bits the value, or the low 64 bits of a v128
   * @param high the high 64 bits of a v128, else 0
   */
  record Const(long bits, long high) implements Init {
    /**
     * Returns an {@code i32} constant.
     *
     * @param value the value
     * @return the constant
     */
    public static Const i32(int value) {
      return new Const(Integer.toUnsignedLong(value), 0);
    }

    /**
     * Returns an {@code i64} constant.
     *
     * @param value the value
     * @return the constant
     */
    public static Const i64(long value) {
      return new Const(value, 0);
    }
  }

  /**
   * The value of a global ({@code global.get}), known only at instantiation when it is imported.
   *
   * @param global a global index
   */
  record GlobalGet(int global) implements Init {}

  /**
   * A reference to a function ({@code ref.func}).
   *
   * @param function a function index
   */
  record RefFunc(int function) implements Init {}

  /**
   * A null reference ({@code ref.null}).
   *
   * @param heapType {@link #FUNC} or {@link #EXTERN}
   */
  record RefNull(int heapType) implements Init {}
}

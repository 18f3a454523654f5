package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.ValType;
import java.util.Arrays;
import java.util.List;

/**
 * The WebAssembly operand stack's types at the current point of code generation, mirroring
 * validation: the JVM operand stack holds exactly these values, one JVM value per wasm value.
 */
final class OperandStack {
  private ValType[] types = new ValType[16];

  /**
   * Per value, how a v128 lies on the JVM stack: {@link #PACKED} (two longs) or the lane form a
   * {@link LaneWise} producer left it in for its consumer.
   */
  private byte[] forms = new byte[16];

  /** Two longs, low half first: the form of every v128 but the {@link LaneWise} ones. */
  static final byte PACKED = 0;

  private int size;
  private int max;

  /**
   * Returns the greatest height reached so far.
   *
   * @return the maximum height
   */
  int max() {
    return max;
  }

  /**
   * Returns the number of values.
   *
   * @return the height
   */
  int size() {
    return size;
  }

  /**
   * Returns the type at a depth.
   *
   * @param index from the bottom, 0-based
   * @return the type
   */
  ValType get(int index) {
    return types[index];
  }

  /**
   * Returns the form of a v128 value ({@link #PACKED} or a {@link LaneWise} form).
   *
   * @param index from the bottom, 0-based
   * @return the form
   */
  byte form(int index) {
    return forms[index];
  }

  /**
   * Sets the form of the value on top.
   *
   * @param form {@link #PACKED} or a {@link LaneWise} form
   */
  void setTopForm(byte form) {
    forms[size - 1] = form;
  }

  /**
   * Returns the type on top.
   *
   * @return the type
   */
  ValType peek() {
    return types[size - 1];
  }

  /**
   * Pushes a type.
   *
   * @param t the type
   */
  void push(ValType t) {
    if (size == types.length) {
      types = Arrays.copyOf(types, size * 2);
      forms = Arrays.copyOf(forms, size * 2);
    }
    forms[size] = PACKED;
    types[size++] = t;
    max = Math.max(max, size);
  }

  /**
   * Pushes types in order.
   *
   * @param ts the types, the last one ends on top
   */
  void pushAll(List<ValType> ts) {
    for (ValType t : ts) {
      push(t);
    }
  }

  /**
   * Pops the top type.
   *
   * @return the type
   */
  ValType pop() {
    return types[--size];
  }

  /**
   * Pops several values.
   *
   * @param n how many
   */
  void drop(int n) {
    size -= n;
  }

  /**
   * Cuts the stack to a height.
   *
   * @param height the new height, at most the current one
   */
  void truncate(int height) {
    size = height;
  }

  /**
   * Returns a copy of the types from the bottom.
   *
   * @return the types
   */
  ValType[] snapshot() {
    return Arrays.copyOf(types, size);
  }

  /**
   * Applies a fixed signature from the opcode table ({@code "ii:i"}): pops the parameters, pushes
   * the results. {@code a} is the address type, i32 in WebAssembly 2.0.
   *
   * @param signature the signature
   */
  void apply(String signature) {
    int colon = signature.indexOf(':');
    size -= colon;
    for (int i = colon + 1; i < signature.length(); i++) {
      push(
          switch (signature.charAt(i)) {
            case 'i', 'a' -> ValType.I32;
            case 'I' -> ValType.I64;
            case 'f' -> ValType.F32;
            case 'F' -> ValType.F64;
            case 'v' -> ValType.V128;
            default -> throw new IllegalArgumentException(signature);
          });
    }
  }
}

package dev.teracage.runtime.support;

import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;

/**
 * Factories of {@link TrapException}s, one per {@link TrapKind}, for generated code to {@code
 * invokestatic} then {@code athrow} (and for helpers to {@code throw}). Each returns a new
 * exception whose stack trace starts at the caller, so the WebAssembly frames are exact.
 */
public final class Traps {
  private Traps() {}

  /**
   * Returns a new trap of a kind.
   *
   * @param kind the kind
   * @return the trap, not yet thrown
   */
  public static TrapException of(TrapKind kind) {
    return new TrapException(kind);
  }

  /**
   * Returns a new "unreachable" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException unreachable() {
    return new TrapException(TrapKind.UNREACHABLE);
  }

  /**
   * Returns a new "integer divide by zero" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException integerDivideByZero() {
    return new TrapException(TrapKind.INTEGER_DIVIDE_BY_ZERO);
  }

  /**
   * Returns a new "integer overflow" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException integerOverflow() {
    return new TrapException(TrapKind.INTEGER_OVERFLOW);
  }

  /**
   * Returns a new "invalid conversion to integer" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException invalidConversionToInteger() {
    return new TrapException(TrapKind.INVALID_CONVERSION_TO_INTEGER);
  }

  /**
   * Returns a new "out of bounds memory access" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException outOfBoundsMemoryAccess() {
    return new TrapException(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS);
  }

  /**
   * Returns a new "out of bounds table access" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException outOfBoundsTableAccess() {
    return new TrapException(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS);
  }

  /**
   * Returns a new "undefined element" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException undefinedElement() {
    return new TrapException(TrapKind.UNDEFINED_ELEMENT);
  }

  /**
   * Returns a new "uninitialized element" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException uninitializedElement() {
    return new TrapException(TrapKind.UNINITIALIZED_ELEMENT);
  }

  /**
   * Returns a new "uninitialized element i" trap naming the element, as the reference interpreter
   * words it.
   *
   * @param index the element index, unsigned
   * @return the trap, not yet thrown
   */
  public static TrapException uninitializedElement(int index) {
    return new TrapException(TrapKind.UNINITIALIZED_ELEMENT, Integer.toUnsignedString(index));
  }

  /**
   * Returns a new "undefined element i" trap naming the element index.
   *
   * @param index the element index, unsigned
   * @return the trap, not yet thrown
   */
  public static TrapException undefinedElement(int index) {
    return new TrapException(TrapKind.UNDEFINED_ELEMENT, Integer.toUnsignedString(index));
  }

  /**
   * Returns a new "indirect call type mismatch" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException indirectCallTypeMismatch() {
    return new TrapException(TrapKind.INDIRECT_CALL_TYPE_MISMATCH);
  }

  /**
   * Returns a new "call stack exhausted" trap.
   *
   * @return the trap, not yet thrown
   */
  public static TrapException callStackExhausted() {
    return new TrapException(TrapKind.CALL_STACK_EXHAUSTED);
  }
}

package dev.teracage.runtime.trap;

/**
 * The kinds of trap WebAssembly 2.0 execution can raise, each carrying the exact message the
 * specification's test scripts expect ({@code assert_trap}, {@code assert_exhaustion}, and {@code
 * assert_trap} on a module, which reports a failed instantiation).
 *
 * <p>Script messages are compared as prefixes (one script expects {@code "uninitialized element
 * 2"}), so a runner should test {@code expected.startsWith(message())} or the converse.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#results">Results:
 *     trap</a>
 */
public enum TrapKind {
  /** The {@code unreachable} instruction ran. */
  UNREACHABLE("unreachable"),
  /** An integer division or remainder by zero. */
  INTEGER_DIVIDE_BY_ZERO("integer divide by zero"),
  /** A signed division {@code MIN / -1}, or a trapping truncation out of the target's range. */
  INTEGER_OVERFLOW("integer overflow"),
  /** A trapping truncation of a NaN. */
  INVALID_CONVERSION_TO_INTEGER("invalid conversion to integer"),
  /** A load, store or bulk memory operation (or data segment) outside the memory's bounds. */
  OUT_OF_BOUNDS_MEMORY_ACCESS("out of bounds memory access"),
  /** A table access, bulk table operation (or element segment) outside the table's bounds. */
  OUT_OF_BOUNDS_TABLE_ACCESS("out of bounds table access"),
  /** {@code call_indirect} with an element index outside the table. */
  UNDEFINED_ELEMENT("undefined element"),
  /** {@code call_indirect} through a null table entry. */
  UNINITIALIZED_ELEMENT("uninitialized element"),
  /** {@code call_indirect} to a function whose type differs from the expected one. */
  INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch"),
  /** The call stack overflowed (deep recursion). */
  CALL_STACK_EXHAUSTED("call stack exhausted");

  private final String message;

  TrapKind(String message) {
    this.message = message;
  }

  /**
   * Returns the specification's message for this trap.
   *
   * @return the message, for example {@code "integer divide by zero"}
   */
  public String message() {
    return message;
  }
}

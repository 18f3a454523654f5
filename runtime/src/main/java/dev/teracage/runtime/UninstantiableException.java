package dev.teracage.runtime;

/**
 * Instantiation failed after linking: an element or data segment fell outside its table or memory
 * (the cause is the {@link dev.teracage.runtime.trap.TrapException}), the start function trapped,
 * or a configured limit is smaller than a table or memory's minimum. Writes that segments made to
 * imported tables and memories before the failure stay visible, as the specification requires.
 */
public final class UninstantiableException extends WasmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what failed, for a trap its message ("out of bounds table access")
   * @param where the module
   * @param cause the trap, or {@code null}
   */
  public UninstantiableException(String reason, String where, Throwable cause) {
    super(reason, where, cause);
  }
}

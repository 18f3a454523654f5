package dev.teracage.runtime;

/**
 * Base of every error Teracage reports about a WebAssembly module or instance. The kinds follow the
 * specification's own: a module is <em>malformed</em> (cannot be decoded or parsed),
 * <em>invalid</em> (fails validation), <em>unlinkable</em> (its imports cannot be resolved),
 * <em>uninstantiable</em> (instantiation fails), or execution <em>traps</em>.
 *
 * <p>{@link #reason()} is the specification's wording alone ("type mismatch", "unexpected end"),
 * suitable for comparison with the spec scripts; {@link #getMessage()} adds where it happened.
 */
public abstract class WasmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates an exception.
   *
   * @param reason the specification's wording for the problem
   * @param where where it happened (module, function, offset), or empty when unknown
   * @param cause the underlying cause, or {@code null}
   */
  protected WasmException(String reason, String where, Throwable cause) {
    super(where == null || where.isEmpty() ? reason : where + ": " + reason, cause);
    this.reason = reason;
  }

  /**
   * Returns the problem in the specification's wording, without location.
   *
   * @return the reason, for example {@code "type mismatch"}
   */
  public String reason() {
    return reason;
  }
}

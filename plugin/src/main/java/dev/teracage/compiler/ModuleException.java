package dev.teracage.compiler;

import dev.teracage.runtime.WasmException;

/**
 * A module that cannot be compiled: the common base of {@link MalformedException} and {@link
 * InvalidException}. Carries where the problem is, as structured fields, so tools can point at it:
 * a byte offset for binary input, a line and column for text input, and the function index when the
 * problem is inside a function body.
 */
public abstract class ModuleException extends WasmException {
  private static final long serialVersionUID = 1L;

  private final Location location;

  /**
   * Creates an exception.
   *
   * @param reason the specification's wording
   * @param location where, never {@code null} (use {@link Location#UNKNOWN})
   * @param cause the cause, or {@code null}
   */
  protected ModuleException(String reason, Location location, Throwable cause) {
    super(reason, location.toString(), cause);
    this.location = location;
  }

  /**
   * Returns where the problem is.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * Returns the byte offset in the binary module.
   *
   * @return the offset, or -1 when unknown or the input was text
   */
  public long offset() {
    return location.offset();
  }

  /**
   * Returns the function index the problem is in.
   *
   * @return the index, or -1 when not inside a function
   */
  public int functionIndex() {
    return location.functionIndex();
  }
}

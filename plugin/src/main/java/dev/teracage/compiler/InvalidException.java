package dev.teracage.compiler;

/**
 * The module decodes but fails validation: the specification's "invalid". The {@linkplain #reason()
 * reason} uses the reference interpreter's wording, for example {@code "type mismatch"}, {@code
 * "unknown local"}, {@code "constant expression required"}.
 */
public final class InvalidException extends ModuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param reason the specification's wording
   * @param location where
   */
  public InvalidException(String reason, Location location) {
    super(reason, location, null);
  }

  /**
   * Returns a copy of this exception at another location, for context added while unwinding.
   *
   * @param location the new location
   * @return the new exception
   */
  public InvalidException at(Location location) {
    InvalidException e = new InvalidException(reason(), location);
    e.setStackTrace(getStackTrace());
    return e;
  }
}

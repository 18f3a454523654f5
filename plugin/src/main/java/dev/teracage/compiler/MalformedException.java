package dev.teracage.compiler;

/**
 * The module cannot be decoded (binary) or parsed (text): the specification's "malformed". The
 * {@linkplain #reason() reason} uses the reference interpreter's wording, for example {@code
 * "unexpected end"}, {@code "magic header not detected"}, {@code "unknown operator"}.
 */
public final class MalformedException extends ModuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param reason the specification's wording
   * @param location where
   */
  public MalformedException(String reason, Location location) {
    super(reason, location, null);
  }

  /**
   * Returns a copy of this exception at another location, for context added while unwinding.
   *
   * @param location the new location
   * @return the new exception, with this one as cause
   */
  public MalformedException at(Location location) {
    MalformedException e = new MalformedException(reason(), location);
    e.setStackTrace(getStackTrace());
    return e;
  }
}

package dev.teracage.compiler;

/**
 * Pre-initialization failed: the initializer export is missing or of the wrong type, it called an
 * import the build does not allow (the message names it), it trapped, or the module imports state
 * that cannot be captured. The build stops; nothing is written.
 */
public final class InitializerException extends ModuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what went wrong, naming the export or import
   * @param cause the runtime's exception, or {@code null}
   */
  public InitializerException(String reason, Throwable cause) {
    super(reason, Location.UNKNOWN, cause);
  }
}

package dev.teracage.runtime;

/**
 * An imported function was called while an image was being built (instantiation or
 * pre-initialization at build time), where no import is bound. The message names the import.
 */
public final class ImportUnavailableException extends WasmException {
  private static final long serialVersionUID = 1L;

  private final String importName;

  /**
   * Creates the exception.
   *
   * @param where the import, as {@code "module"."name"}
   */
  public ImportUnavailableException(String where) {
    super("import called while the image was being built, where no import is bound", where, null);
    this.importName = where;
  }

  /**
   * Returns the import that was called.
   *
   * @return {@code "module"."name"}
   */
  public String importName() {
    return importName;
  }
}

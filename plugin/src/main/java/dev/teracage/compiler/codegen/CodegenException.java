package dev.teracage.compiler.codegen;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.ModuleException;

/** A valid module that the code generator cannot compile, such as a function too large. */
public final class CodegenException extends ModuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param reason what went wrong
   * @param location where: the function
   * @param cause the cause, or {@code null}
   */
  public CodegenException(String reason, Location location, Throwable cause) {
    super(reason, location, cause);
  }
}

package dev.teracage.compiler;

import dev.teracage.runtime.Imports;
import java.util.Objects;

/**
 * Pre-initialization (like Wizer, but with tables and reference globals captured too): at build
 * time the module is instantiated, its initializer export is called, and the instance as it then is
 * becomes the shipped image, so the application starts with the initializer's work done.
 *
 * <p>During initialization only the imports in {@code allowed} are bound; calling any other
 * imported function fails the build with {@link InitializerException} naming the import. Values of
 * allowed imports are those of build time (an imported global's value, what a clock returned) and
 * are baked into the image. Modules that import memories or tables cannot be pre-initialized: their
 * state would live outside the image.
 *
 * @param export the initializer: an exported function without parameters or results
 * @param allowed the imports the initializer may use (empty for none)
 */
public record Initialization(String export, Imports allowed) {
  /** Checks the arguments. */
  public Initialization {
    Objects.requireNonNull(export);
    Objects.requireNonNull(allowed);
  }

  /**
   * An initializer that may call no import.
   *
   * @param export the initializer's export name
   * @return the initialization
   */
  public static Initialization of(String export) {
    return new Initialization(export, new Imports());
  }
}

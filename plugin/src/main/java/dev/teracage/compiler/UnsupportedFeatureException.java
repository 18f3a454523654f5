package dev.teracage.compiler;

/**
 * A valid module that uses a WebAssembly feature Teracage does not compile yet (for now: SIMD).
 * Distinct from {@link InvalidException}: the module is fine, the compiler is not there yet.
 */
public final class UnsupportedFeatureException extends ModuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param reason which feature, for example {@code "SIMD (v128) is not compiled yet"}
   * @param location where it is first used
   */
  public UnsupportedFeatureException(String reason, Location location) {
    super(reason, location, null);
  }
}

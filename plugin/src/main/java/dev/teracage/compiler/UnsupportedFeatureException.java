package dev.teracage.compiler;

/**
 * A valid module that uses a WebAssembly feature Teracage does not compile yet (for now: relaxed
 * SIMD, from WebAssembly 3.0). Distinct from {@link InvalidException}: the module is fine, the
 * compiler is not there yet.
 */
public final class UnsupportedFeatureException extends ModuleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param reason which feature, for example {@code "relaxed SIMD (WebAssembly 3.0) is not compiled
   *     yet"}
   * @param location where it is first used
   */
  public UnsupportedFeatureException(String reason, Location location) {
    super(reason, location, null);
  }
}

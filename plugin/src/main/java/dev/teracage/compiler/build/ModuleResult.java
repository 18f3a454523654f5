package dev.teracage.compiler.build;

import dev.teracage.compiler.facade.FacadeSpec;

/**
 * What building one module did.
 *
 * @param relativePath the module file below the source directory
 * @param spec the facade's names
 * @param upToDate true when nothing was done: the outputs already match the inputs
 * @param functionCount functions defined by the module (0 when up to date)
 * @param classSize bytes of the generated class file (0 when up to date)
 * @param imageSize bytes of the image (0 when up to date)
 * @param millis time taken, in milliseconds
 */
public record ModuleResult(
    String relativePath,
    FacadeSpec spec,
    boolean upToDate,
    int functionCount,
    int classSize,
    int imageSize,
    long millis) {
  /**
   * Returns the log line of this result.
   *
   * @return for example {@code hello.wat: 2 functions, code 1,024 bytes, image 65,800 bytes, 120 ms
   *     -> com.acme.Hello}
   */
  public String describe() {
    if (upToDate) {
      return relativePath + ": up to date, skipped (" + spec.qualifiedName() + ")";
    }
    return String.format(
        java.util.Locale.ROOT,
        "%s: %d function%s, code %,d bytes, image %,d bytes, %d ms -> %s",
        relativePath,
        functionCount,
        functionCount == 1 ? "" : "s",
        classSize,
        imageSize,
        millis,
        spec.qualifiedName());
  }
}

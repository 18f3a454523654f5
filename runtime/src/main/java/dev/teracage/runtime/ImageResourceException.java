package dev.teracage.runtime;

/**
 * A module image resource could not be found or read where {@link Instance#load} looks for it:
 * beside the generated class, in its package. Usually the build did not package the image (is the
 * Teracage plugin's {@code compile} goal bound?), or the class and image come from different
 * builds.
 */
public final class ImageResourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;

  /**
   * Creates the exception.
   *
   * @param problem what went wrong, such as {@code "not found"}
   * @param resource the resource's absolute name, such as {@code /com/acme/Hello.tcimg}
   * @param cause the underlying cause, or {@code null}
   */
  public ImageResourceException(String problem, String resource, Throwable cause) {
    super("module image " + resource + ": " + problem, cause);
    this.resource = resource;
  }

  /**
   * Returns the resource that could not be loaded.
   *
   * @return its absolute name, such as {@code /com/acme/Hello.tcimg}
   */
  public String resource() {
    return resource;
  }
}

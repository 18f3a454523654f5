package dev.teracage.runtime.image;

import dev.teracage.runtime.WasmException;

/**
 * A module image is corrupt, truncated, of another version, or inconsistent. Extends {@link
 * WasmException} so that one catch covers every problem with a module; the {@link #reason()} names
 * what was expected and what was found ({@code "magic: expected \"TCAG\", found \"TCAX\""}) and the
 * message adds the byte offset in the image.
 */
public final class ImageException extends WasmException {
  private static final long serialVersionUID = 1L;

  private final long offset;

  /**
   * Creates an exception.
   *
   * @param reason what is wrong, naming expected and found values where there are some
   * @param offset the byte offset in the image where the problem was found
   */
  public ImageException(String reason, long offset) {
    super(reason, "image offset 0x" + Long.toHexString(offset), null);
    this.offset = offset;
  }

  /**
   * Returns where in the image the problem was found.
   *
   * @return a byte offset from the image's start
   */
  public long offset() {
    return offset;
  }
}

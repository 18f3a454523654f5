package dev.teracage.runtime;

/**
 * An instance cannot be written out as an image: its state refers to something an image cannot
 * describe, such as a host object ({@code externref}) or a function of another instance in one of
 * its tables or globals. The message names the table element or global.
 */
public final class SnapshotException extends WasmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what cannot be captured
   * @param where the table element or global that holds it
   */
  public SnapshotException(String reason, String where) {
    super(reason, where, null);
  }
}

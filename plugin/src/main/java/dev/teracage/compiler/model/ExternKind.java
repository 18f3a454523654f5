package dev.teracage.compiler.model;

/** The kinds of entity a module imports or exports, with their binary codes. */
public enum ExternKind {
  /** A function ({@code 0x00}). */
  FUNC(0x00, "func"),
  /** A table ({@code 0x01}). */
  TABLE(0x01, "table"),
  /** A memory ({@code 0x02}). */
  MEMORY(0x02, "memory"),
  /** A global ({@code 0x03}). */
  GLOBAL(0x03, "global"),
  /** An exception tag ({@code 0x04}, WebAssembly 3.0). */
  TAG(0x04, "tag");

  private final int code;
  private final String keyword;

  ExternKind(int code, String keyword) {
    this.code = code;
    this.keyword = keyword;
  }

  /**
   * Returns the kind with this binary code, or {@code null}.
   *
   * @param code the byte
   * @return the kind or {@code null}
   */
  public static ExternKind of(int code) {
    for (ExternKind k : values()) {
      if (k.code == code) {
        return k;
      }
    }
    return null;
  }

  /**
   * Returns the binary code.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the text-format keyword.
   *
   * @return for example {@code "func"}
   */
  public String keyword() {
    return keyword;
  }
}

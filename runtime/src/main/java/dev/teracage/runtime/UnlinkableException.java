package dev.teracage.runtime;

/**
 * Instantiation failed while matching imports: an import is missing ("unknown import") or its
 * provided value has the wrong type ("incompatible import type"). Nothing was created.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#instantiation">
 *     Instantiation, step 3 and 4</a>
 */
public final class UnlinkableException extends WasmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason the spec's wording: "unknown import" or "incompatible import type"
   * @param where the import, as {@code "module"."name"}
   */
  public UnlinkableException(String reason, String where) {
    super(reason, where, null);
  }
}

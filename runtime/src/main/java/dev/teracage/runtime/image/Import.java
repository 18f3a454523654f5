package dev.teracage.runtime.image;

import java.util.Objects;

/**
 * An import, bound at instantiation by module and name.
 *
 * @param module the module name
 * @param name the item name
 * @param desc what is expected
 */
public record Import(String module, String name, ImportDesc desc) {
  /** Checks the import. */
  public Import {
    Objects.requireNonNull(module);
    Objects.requireNonNull(name);
    Objects.requireNonNull(desc);
  }

  /**
   * Returns the kind of the import.
   *
   * @return the kind
   */
  public ExternKind kind() {
    return desc.kind();
  }
}

package dev.teracage.runtime.image;

import java.util.Objects;

/**
 * An export.
 *
 * @param name the export name, unique within the module
 * @param kind what is exported
 * @param index the index in the index space of that kind (imports first)
 */
public record Export(String name, ExternKind kind, int index) {
  /** Checks the export. */
  public Export {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    if (index < 0) {
      throw new IllegalArgumentException("negative index " + index);
    }
  }
}

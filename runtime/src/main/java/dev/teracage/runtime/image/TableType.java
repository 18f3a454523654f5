package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ValueCode;
import java.util.Objects;

/**
 * A table type.
 *
 * @param elemType the element type, a reference {@link ValueCode}
 * @param limits the size limits in elements
 */
public record TableType(int elemType, Limits limits) {
  /**
   * Checks the type.
   *
   * @throws IllegalArgumentException if the element type is not a reference type
   */
  public TableType {
    if (!ValueCode.isReference(elemType)) {
      throw new IllegalArgumentException("not a reference type: " + ValueCode.name(elemType));
    }
    Objects.requireNonNull(limits);
  }
}

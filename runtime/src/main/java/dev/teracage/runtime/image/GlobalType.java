package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ValueCode;

/**
 * A global type.
 *
 * @param valueType the value type, a {@link ValueCode}
 * @param mutable whether the global is {@code mut}
 */
public record GlobalType(int valueType, boolean mutable) {
  /**
   * Checks the type.
   *
   * @throws IllegalArgumentException if the code is not a value type
   */
  public GlobalType {
    if (!ValueCode.isValid(valueType)) {
      throw new IllegalArgumentException("not a value type code: " + valueType);
    }
  }
}

package dev.teracage.compiler.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A custom section other than {@code name}, kept as bytes.
 *
 * @param name the section name
 * @param data the payload after the name; shared, not copied: callers must not modify the array
 * @param after the id of the last non-custom section before it (0 when none)
 */
public record CustomSection(String name, byte[] data, int after) {
  @Override
  public boolean equals(Object o) {
    return o instanceof CustomSection c
        && name.equals(c.name)
        && after == c.after
        && Arrays.equals(data, c.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, after, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "CustomSection[" + name + ", " + data.length + " bytes]";
  }
}

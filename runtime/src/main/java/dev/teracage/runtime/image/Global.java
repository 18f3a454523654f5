package dev.teracage.runtime.image;

import java.util.Objects;

/**
 * A defined global.
 *
 * @param type its type
 * @param init its initial value
 */
public record Global(GlobalType type, Init init) {
  /** Checks the global. */
  public Global {
    Objects.requireNonNull(type);
    Objects.requireNonNull(init);
  }
}

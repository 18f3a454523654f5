package dev.teracage.runtime.image;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names from the module's name section, for stack traces.
 *
 * @param module the module name, if the name section gives one
 * @param functions function names by function index (imports included)
 */
public record Names(Optional<String> module, Map<Integer, String> functions) {
  /** No names at all. */
  public static final Names NONE = new Names(Optional.empty(), Map.of());

  /** Checks and copies the names. */
  public Names {
    Objects.requireNonNull(module);
    functions = Map.copyOf(functions);
  }
}

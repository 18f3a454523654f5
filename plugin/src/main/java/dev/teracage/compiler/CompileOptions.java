package dev.teracage.compiler;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Compiler} builds a module's image.
 *
 * @param startTimeout how long the start function may run at build time (when it needs no import);
 *     if it traps or runs longer, it runs at instantiation instead
 * @param initialization the pre-initialization to run, if any
 */
public record CompileOptions(Duration startTimeout, Optional<Initialization> initialization) {
  /** The defaults: 10 s for the start function, no pre-initialization. */
  public static final CompileOptions DEFAULT =
      new CompileOptions(Duration.ofSeconds(10), Optional.empty());

  /** Checks the arguments. */
  public CompileOptions {
    Objects.requireNonNull(initialization);
    if (startTimeout.isNegative()) {
      throw new IllegalArgumentException("negative start timeout " + startTimeout);
    }
  }

  /**
   * Returns these options with another start timeout.
   *
   * @param timeout the timeout
   * @return new options
   */
  public CompileOptions withStartTimeout(Duration timeout) {
    return new CompileOptions(timeout, initialization);
  }

  /**
   * Returns these options with a pre-initialization.
   *
   * @param init the initialization
   * @return new options
   */
  public CompileOptions withInitialization(Initialization init) {
    return new CompileOptions(startTimeout, Optional.of(init));
  }
}

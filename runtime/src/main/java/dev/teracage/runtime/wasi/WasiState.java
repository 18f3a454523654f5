package dev.teracage.runtime.wasi;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Everything one guest's WASI functions share: arguments, environment, clocks, randomness and the
 * descriptor table. Not thread-safe: one guest thread uses it, as in WASI preview 1.
 */
final class WasiState {
  final List<byte[]> args;
  final List<byte[]> env;
  final WasiClock clock;
  private RandomGenerator random;
  final FdTable fds = new FdTable();

  /**
   * Creates the state.
   *
   * @param random the source of {@code random_get}, or {@code null} for a {@link SecureRandom}
   *     created on first use (seeding one costs start-up time most guests never need)
   */
  WasiState(List<byte[]> args, List<byte[]> env, WasiClock clock, RandomGenerator random) {
    this.args = List.copyOf(args);
    this.env = List.copyOf(env);
    this.clock = clock;
    this.random = random;
  }

  /** Returns the source of {@code random_get}. */
  RandomGenerator random() {
    if (random == null) {
      random = new SecureRandom();
    }
    return random;
  }

  /** Returns an open directory descriptor: {@link Errno#BADF} if none, {@link Errno#NOTDIR}. */
  DirFd dir(int fd) {
    return switch (fds.get(fd)) {
      case DirFd dir -> dir;
      default -> throw new Fault(Errno.NOTDIR);
    };
  }
}

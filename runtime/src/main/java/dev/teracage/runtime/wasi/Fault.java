package dev.teracage.runtime.wasi;

/**
 * An errno on its way from deep inside a host function to the function's return value. Never leaves
 * the package: {@link Binder} turns it into the function's i32 result. Carries no stack trace, so
 * raising one costs an allocation.
 */
final class Fault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The {@link Errno} to return. */
  final int errno;

  Fault(int errno) {
    super(Errno.name(errno), null, false, false);
    this.errno = errno;
  }
}

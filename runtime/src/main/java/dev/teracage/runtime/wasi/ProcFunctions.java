package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;

/**
 * {@code proc_exit}, {@code proc_raise}, {@code sched_yield} and {@code random_get}.
 *
 * <p>{@code proc_raise} answers {@link Errno#NOSYS}: signals have no meaning for a guest inside a
 * JVM, and later WASI snapshots removed the function.
 */
final class ProcFunctions {
  private final WasiState state;

  ProcFunctions(WasiState state) {
    this.state = state;
  }

  void procExit(int status, Context caller) {
    throw new WasiExit(status);
  }

  int procRaise(int signal, Context caller) {
    return Errno.NOSYS;
  }

  int schedYield(Context caller) {
    Thread.yield();
    return Errno.SUCCESS;
  }

  int randomGet(int bufferPtr, int length, Context caller) {
    Guest.check(caller.memory0, bufferPtr, Integer.toUnsignedLong(length));
    byte[] chunk = new byte[(int) Math.min(Integer.toUnsignedLong(length), 64 * 1024)];
    long done = 0;
    long total = Integer.toUnsignedLong(length);
    while (done < total) {
      int n = (int) Math.min(chunk.length, total - done);
      state.random().nextBytes(chunk);
      Guest.write(caller.memory0, (int) (Integer.toUnsignedLong(bufferPtr) + done), chunk, 0, n);
      done += n;
    }
    return Errno.SUCCESS;
  }
}

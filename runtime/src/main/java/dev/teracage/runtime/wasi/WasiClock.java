package dev.teracage.runtime.wasi;

import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * The clocks a guest reads through {@code clock_time_get} and {@code clock_res_get}, and waits on
 * in {@code poll_oneoff}. Times are nanoseconds: since the epoch for the realtime clock, since an
 * arbitrary fixed point for the others. Embedders supply their own for deterministic runs.
 */
public interface WasiClock {
  /** The realtime clock ({@code clockid::realtime}). */
  int REALTIME = 0;

  /** The monotonic clock ({@code clockid::monotonic}). */
  int MONOTONIC = 1;

  /** CPU time of the process ({@code clockid::process_cputime_id}). */
  int PROCESS_CPUTIME = 2;

  /** CPU time of the calling thread ({@code clockid::thread_cputime_id}). */
  int THREAD_CPUTIME = 3;

  /**
   * Returns a clock's current time.
   *
   * @param clockId one of {@link #REALTIME}, {@link #MONOTONIC}, {@link #PROCESS_CPUTIME}, {@link
   *     #THREAD_CPUTIME}
   * @return the time in nanoseconds
   */
  long now(int clockId);

  /**
   * Returns a clock's resolution.
   *
   * @param clockId as for {@link #now}
   * @return the resolution in nanoseconds, at least 1
   */
  long resolution(int clockId);

  /**
   * Returns the host's clocks: {@link Instant#now()}, {@link System#nanoTime()}, the process CPU
   * time from {@link ProcessHandle} and the thread's from {@link ThreadMXBean}.
   *
   * @return the system clock
   */
  static WasiClock system() {
    return SystemClock.INSTANCE;
  }
}

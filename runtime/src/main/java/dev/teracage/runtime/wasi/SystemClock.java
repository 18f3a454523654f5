package dev.teracage.runtime.wasi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/** The host's clocks ({@link WasiClock#system()}). */
final class SystemClock implements WasiClock {
  static final SystemClock INSTANCE = new SystemClock();

  private SystemClock() {}

  @Override
  public long now(int clockId) {
    return switch (clockId) {
      case REALTIME -> {
        Instant now = Instant.now();
        yield now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }
      case MONOTONIC -> System.nanoTime();
      case PROCESS_CPUTIME ->
          ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
      case THREAD_CPUTIME -> {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        yield threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0L;
      }
      default -> throw new IllegalArgumentException("clock id " + clockId);
    };
  }

  @Override
  public long resolution(int clockId) {
    return switch (clockId) {
      case REALTIME -> 1_000L;
      case MONOTONIC, THREAD_CPUTIME -> 1L;
      case PROCESS_CPUTIME -> 10_000_000L;
      default -> throw new IllegalArgumentException("clock id " + clockId);
    };
  }
}

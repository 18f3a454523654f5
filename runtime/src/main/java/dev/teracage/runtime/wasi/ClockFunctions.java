package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;

/** {@code clock_res_get} and {@code clock_time_get}; unknown clock ids are {@link Errno#INVAL}. */
final class ClockFunctions {
  private final WasiState state;

  ClockFunctions(WasiState state) {
    this.state = state;
  }

  int clockResGet(int clockId, int resolutionPtr, Context caller) {
    checkId(clockId);
    Guest.putU64(caller.memory0, resolutionPtr, Math.max(1, state.clock.resolution(clockId)));
    return Errno.SUCCESS;
  }

  int clockTimeGet(int clockId, long precision, int timePtr, Context caller) {
    checkId(clockId);
    Guest.check(caller.memory0, timePtr, 8);
    Guest.putU64(caller.memory0, timePtr, state.clock.now(clockId));
    return Errno.SUCCESS;
  }

  static void checkId(int clockId) {
    if (clockId < WasiClock.REALTIME || clockId > WasiClock.THREAD_CPUTIME) {
      throw new Fault(Errno.INVAL);
    }
  }
}

package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Arguments, environment, clocks, randomness and process control. */
class ProcessFunctionsTest {
  private static final WasiClock FIXED =
      new WasiClock() {
        @Override
        public long now(int clockId) {
          return 1_000L * (clockId + 1);
        }

        @Override
        public long resolution(int clockId) {
          return 7 + clockId;
        }
      };

  @Test
  void argsAreNulTerminatedUtf8WithPointers() {
    Harness h = new Harness(Wasi.builder().args("prog", "héllo", ""));
    assertEquals(Errno.SUCCESS, h.call("args_sizes_get", 0, 4));
    assertEquals(3, h.u32(0));
    assertEquals(5 + 7 + 1, h.u32(4));
    assertEquals(Errno.SUCCESS, h.call("args_get", 100, 200));
    assertEquals(200, h.u32(100));
    assertEquals(205, h.u32(104));
    assertEquals(212, h.u32(108));
    assertEquals("prog\0héllo\0\0", h.string(200, 13));
  }

  @Test
  void environmentIsKeyEqualsValue() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("A", "1");
    env.put("PATH", "/bin");
    Harness h = new Harness(Wasi.builder().env(env));
    assertEquals(Errno.SUCCESS, h.call("environ_sizes_get", 0, 4));
    assertEquals(2, h.u32(0));
    assertEquals(4 + 10, h.u32(4));
    assertEquals(Errno.SUCCESS, h.call("environ_get", 100, 200));
    assertEquals("A=1\0PATH=/bin\0", h.string(200, 14));
  }

  @Test
  void badPointersAreEfault() {
    Harness h = new Harness(Wasi.builder().args("prog"));
    assertEquals(Errno.FAULT, h.call("args_sizes_get", Harness.PAGE - 2, 0));
    assertEquals(Errno.FAULT, h.call("args_get", -4, 0));
    assertEquals(Errno.FAULT, h.call("args_get", 0, Harness.PAGE - 4));
    assertEquals(Errno.FAULT, h.call("environ_sizes_get", 0, -1));
    assertEquals(Errno.FAULT, h.call("clock_time_get", 0, 0L, Harness.PAGE - 7));
    assertEquals(Errno.FAULT, h.call("random_get", Harness.PAGE - 10, 11));
    assertEquals(Errno.FAULT, h.call("random_get", 0, -1));
  }

  @Test
  void clocksComeFromTheEmbeddersClock() {
    Harness h = new Harness(Wasi.builder().clock(FIXED));
    for (int id = 0; id < 4; id++) {
      assertEquals(Errno.SUCCESS, h.call("clock_time_get", id, 1L, 8));
      assertEquals(1_000L * (id + 1), h.u64(8));
      assertEquals(Errno.SUCCESS, h.call("clock_res_get", id, 16));
      assertEquals(7 + id, h.u64(16));
    }
    assertEquals(Errno.INVAL, h.call("clock_time_get", 4, 1L, 8));
    assertEquals(Errno.INVAL, h.call("clock_res_get", -1, 8));
  }

  @Test
  void systemClocksAdvance() {
    Harness h = new Harness(Wasi.builder());
    assertEquals(Errno.SUCCESS, h.call("clock_time_get", WasiClock.REALTIME, 1L, 8));
    long epochNanos = h.u64(8);
    long millis = System.currentTimeMillis();
    assertEquals(millis / 1000, epochNanos / 1_000_000_000L, 2.0);
    assertEquals(Errno.SUCCESS, h.call("clock_time_get", WasiClock.MONOTONIC, 1L, 8));
    long first = h.u64(8);
    assertEquals(Errno.SUCCESS, h.call("clock_time_get", WasiClock.MONOTONIC, 1L, 8));
    assertEquals(true, h.u64(8) >= first);
    assertEquals(Errno.SUCCESS, h.call("clock_time_get", WasiClock.THREAD_CPUTIME, 1L, 8));
    assertEquals(true, h.u64(8) > 0);
  }

  @Test
  void randomFromASeededSourceIsReproducible() {
    Harness a = new Harness(Wasi.builder().random(new SplittableRandom(42)));
    Harness b = new Harness(Wasi.builder().random(new SplittableRandom(42)));
    assertEquals(Errno.SUCCESS, a.call("random_get", 100, 300));
    assertEquals(Errno.SUCCESS, b.call("random_get", 100, 300));
    byte[] expected = new byte[300];
    new SplittableRandom(42).nextBytes(expected);
    assertArrayEquals(expected, bytes(a, 100, 300));
    assertArrayEquals(bytes(a, 100, 300), bytes(b, 100, 300));
  }

  @Test
  void procExitThrowsTheStatusAndOthersAnswer() {
    Harness h = new Harness(Wasi.builder());
    WasiExit exit = assertThrows(WasiExit.class, () -> h.call("proc_exit", 3));
    assertEquals(3, exit.status());
    assertEquals(Errno.SUCCESS, h.call("sched_yield"));
    assertEquals(Errno.NOSYS, h.call("proc_raise", 9));
  }

  private static byte[] bytes(Harness h, int at, int len) {
    byte[] bytes = new byte[len];
    for (int i = 0; i < len; i++) {
      bytes[i] = (byte) h.u8(at + i);
    }
    return bytes;
  }
}

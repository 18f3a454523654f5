package dev.teracage.bench.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The layouts of {@link LaneLayoutBenchmark} compute the same saxpy, bit for bit. */
class LaneLayoutBenchmarkTest {
  @Test
  void everyLayoutComputesTheSameSaxpy() {
    byte[] twoLongs = twice(LaneLayoutBenchmark::twoLongs);
    assertArrayEquals(twice(LaneLayoutBenchmark::scalar), twoLongs);
    assertArrayEquals(twice(LaneLayoutBenchmark::fourFloats), twoLongs);
    assertArrayEquals(twice(LaneLayoutBenchmark::fourFloatsInOrder), twoLongs);
  }

  @Test
  void aPassChangesY() {
    LaneLayoutBenchmark b = new LaneLayoutBenchmark();
    b.setUp();
    byte[] before = b.twoLongs().toArray(ValueLayout.JAVA_BYTE);
    assertNotEquals(
        java.util.Arrays.hashCode(before),
        java.util.Arrays.hashCode(b.twoLongs().toArray(ValueLayout.JAVA_BYTE)));
  }

  /** The memory after two passes of {@code pass} from a fresh setup. */
  private static byte[] twice(Function<LaneLayoutBenchmark, MemorySegment> pass) {
    LaneLayoutBenchmark b = new LaneLayoutBenchmark();
    b.setUp();
    pass.apply(b);
    return pass.apply(b).toArray(ValueLayout.JAVA_BYTE);
  }
}

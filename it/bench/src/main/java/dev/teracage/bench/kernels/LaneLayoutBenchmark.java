package dev.teracage.bench.kernels;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The saxpy loop ({@code y = a * x + y} over 4,096 f32 in a {@code MemorySegment}) written in Java
 * three ways, to measure what the representation of a {@code v128} costs apart from everything else
 * Teracage generates: as the compiler emits SIMD code today (each f32x4 vector two {@code long}s,
 * lanes unpacked and packed around every operation); with each vector as four {@code float} lanes
 * (what a lane-wise representation would emit); and as the scalar loop of the build without {@code
 * -msimd128}. RATIONALE.md ("SIMD as two longs") has the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LaneLayoutBenchmark {
  private static final VarHandle I64 =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final VarHandle F32 =
      ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
  private static final int N = 4096;
  private static final long X = 0;
  private static final long Y = 4L * N;

  private MemorySegment memory;
  private final float a = 0.5f;

  /** Fills x and y. */
  @Setup
  public void setUp() {
    memory = Arena.ofAuto().allocate(8L * N);
    for (int i = 0; i < N; i++) {
      F32.set(memory, X + 4L * i, (i % 1000) * 0.001f);
      F32.set(memory, Y + 4L * i, (float) (i % 37));
    }
  }

  /** Two longs per vector: f32x4.mul and f32x4.add per half, as the copied helpers do. */
  @Benchmark
  public MemorySegment twoLongs() {
    long lanes = Float.floatToRawIntBits(a) & 0xFFFF_FFFFL;
    long splat = lanes | lanes << 32;
    for (long i = 0; i < 4L * N; i += 16) {
      long low = add(mul(splat, (long) I64.get(memory, X + i)), (long) I64.get(memory, Y + i));
      long high =
          add(mul(splat, (long) I64.get(memory, X + i + 8)), (long) I64.get(memory, Y + i + 8));
      I64.set(memory, Y + i + 8, high);
      I64.set(memory, Y + i, low);
    }
    return memory;
  }

  /** Four float lanes per vector, stored high lane first as {@code v128.store} does today. */
  @Benchmark
  public MemorySegment fourFloats() {
    for (long i = 0; i < 4L * N; i += 16) {
      float x0 = (float) F32.get(memory, X + i);
      float x1 = (float) F32.get(memory, X + i + 4);
      float x2 = (float) F32.get(memory, X + i + 8);
      float x3 = (float) F32.get(memory, X + i + 12);
      float y0 = (float) F32.get(memory, Y + i);
      float y1 = (float) F32.get(memory, Y + i + 4);
      float y2 = (float) F32.get(memory, Y + i + 8);
      float y3 = (float) F32.get(memory, Y + i + 12);
      F32.set(memory, Y + i + 12, a * x3 + y3);
      F32.set(memory, Y + i + 8, a * x2 + y2);
      F32.set(memory, Y + i + 4, a * x1 + y1);
      F32.set(memory, Y + i, a * x0 + y0);
    }
    return memory;
  }

  /**
   * Four float lanes per vector, stored in address order (after one bounds check of the whole
   * vector, a store would keep "out of bounds writes nothing" in this order too).
   */
  @Benchmark
  public MemorySegment fourFloatsInOrder() {
    for (long i = 0; i < 4L * N; i += 16) {
      float x0 = (float) F32.get(memory, X + i);
      float x1 = (float) F32.get(memory, X + i + 4);
      float x2 = (float) F32.get(memory, X + i + 8);
      float x3 = (float) F32.get(memory, X + i + 12);
      float y0 = (float) F32.get(memory, Y + i);
      float y1 = (float) F32.get(memory, Y + i + 4);
      float y2 = (float) F32.get(memory, Y + i + 8);
      float y3 = (float) F32.get(memory, Y + i + 12);
      F32.set(memory, Y + i, a * x0 + y0);
      F32.set(memory, Y + i + 4, a * x1 + y1);
      F32.set(memory, Y + i + 8, a * x2 + y2);
      F32.set(memory, Y + i + 12, a * x3 + y3);
    }
    return memory;
  }

  /** The scalar loop. */
  @Benchmark
  public MemorySegment scalar() {
    for (long i = 0; i < 4L * N; i += 4) {
      F32.set(memory, Y + i, a * (float) F32.get(memory, X + i) + (float) F32.get(memory, Y + i));
    }
    return memory;
  }

  private static long mul(long p, long q) {
    return pack(lane0(p) * lane0(q), lane1(p) * lane1(q));
  }

  private static long add(long p, long q) {
    return pack(lane0(p) + lane0(q), lane1(p) + lane1(q));
  }

  private static float lane0(long half) {
    return Float.intBitsToFloat((int) half);
  }

  private static float lane1(long half) {
    return Float.intBitsToFloat((int) (half >>> 32));
  }

  private static long pack(float lane0, float lane1) {
    return Float.floatToRawIntBits(lane0) & 0xFFFF_FFFFL
        | (long) Float.floatToRawIntBits(lane1) << 32;
  }
}

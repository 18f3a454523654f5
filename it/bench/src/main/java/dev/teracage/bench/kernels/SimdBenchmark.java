package dev.teracage.bench.kernels;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times one call of each SIMD kernel's {@code run} export: Teracage on the SIMD build, Teracage on
 * the scalar build of the same C source, and Chicory's interpreter (which runs SIMD; its compiler
 * does not) on the SIMD build, all in one JMH run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SimdBenchmark {
  /** Which runtime runs which build. */
  public enum Variant {
    /** Teracage, {@code -msimd128} build. */
    TERACAGE_SIMD(Runtime.TERACAGE, true),
    /** Teracage, scalar build. */
    TERACAGE_SCALAR(Runtime.TERACAGE, false),
    /** Chicory 1.7.5's interpreter, {@code -msimd128} build. */
    CHICORY_INTERPRETER_SIMD(Runtime.CHICORY_INTERPRETER, true);

    final Runtime runtime;
    final boolean simd;

    Variant(Runtime runtime, boolean simd) {
      this.runtime = runtime;
      this.simd = simd;
    }
  }

  /** The kernel. */
  @Param({"HASH", "DOT", "BLEND", "SAXPY"})
  public SimdKernel kernel;

  /** The runtime and build. */
  @Param({"TERACAGE_SIMD", "TERACAGE_SCALAR", "CHICORY_INTERPRETER_SIMD"})
  public Variant variant;

  private Runtime.Runner runner;
  private int argument;

  /** Loads the kernel's build on the runtime. */
  @Setup(Level.Trial)
  public void load() {
    runner = variant.runtime.load(kernel.wasm(variant.simd), "run");
    argument = kernel.argument();
  }

  /**
   * One call of the kernel.
   *
   * @return its checksum
   */
  @Benchmark
  public long run() {
    return runner.run(argument);
  }
}

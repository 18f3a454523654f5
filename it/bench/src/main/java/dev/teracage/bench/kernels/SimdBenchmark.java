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
 * Times one call of each SIMD kernel's {@code run} export, all in one JMH run: Teracage on the SIMD
 * build and on the scalar build of the same C source; GraalWasm on the SIMD build; Chicory's
 * interpreter on the scalar build. (Chicory runs SIMD only with its {@code simd} module, which the
 * registry this project builds from does not serve; its default interpreter and its compiler reject
 * {@code v128} instructions.)
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
    /** GraalWasm, {@code -msimd128} build. */
    GRAALWASM_SIMD(Runtime.GRAALWASM, true),
    /** Chicory 1.7.5's interpreter, scalar build. */
    CHICORY_INTERPRETER_SCALAR(Runtime.CHICORY_INTERPRETER, false);

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
  @Param({"TERACAGE_SIMD", "TERACAGE_SCALAR", "GRAALWASM_SIMD", "CHICORY_INTERPRETER_SCALAR"})
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

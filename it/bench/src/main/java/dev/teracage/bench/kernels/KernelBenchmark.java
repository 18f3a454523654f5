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
 * Times one call of each kernel's {@code run} export on each runtime, all in one JMH run. The
 * module is loaded (for Teracage: decoded, validated, compiled, loaded and instantiated) once per
 * trial, outside the measurement; every call gets the same argument, so one instance is reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBenchmark {
  /** The kernel. */
  @Param({"INT_ARITH", "FLOAT", "MEMORY", "INTERP", "INDIRECT", "LARGE"})
  public Kernel kernel;

  /** The runtime. */
  @Param({"TERACAGE", "CHICORY_COMPILER", "CHICORY_INTERPRETER"})
  public Runtime runtime;

  private Runtime.Runner runner;
  private int argument;

  /** Loads the kernel on the runtime. */
  @Setup(Level.Trial)
  public void load() {
    runner = runtime.load(kernel.wasm(), "run");
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

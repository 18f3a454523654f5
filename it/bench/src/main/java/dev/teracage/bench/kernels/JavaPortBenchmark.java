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
 * The kernels that have a hand-written Java port ({@link JavaPorts}), timed as plain Java, on
 * Teracage and on Chicory's compiler in one run: how close each compiler comes to what the JIT does
 * with the same loop written in Java.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JavaPortBenchmark {
  /** The kernel. */
  @Param({"INT_ARITH", "FLOAT"})
  public Kernel kernel;

  /** The runtime: {@code JAVA} for the port, or a {@link Runtime} name. */
  @Param({"JAVA", "TERACAGE", "CHICORY_COMPILER"})
  public String runtime;

  private Runtime.Runner runner;
  private int argument;

  /** Loads the kernel. */
  @Setup(Level.Trial)
  public void load() {
    runner =
        runtime.equals("JAVA")
            ? JavaPorts.of(kernel).orElseThrow()
            : Runtime.valueOf(runtime).load(kernel.wasm(), "run");
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

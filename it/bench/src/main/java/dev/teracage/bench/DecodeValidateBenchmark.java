package dev.teracage.bench;

import com.dylibso.chicory.wasm.WasmModule;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.validate.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decodes and validates the generated module ({@link ModuleGenerator}, more than 20 MiB) with
 * Teracage and with Chicory, in the same run, on the same bytes. Both produce a full module model
 * and run their complete validation: Teracage's {@link ModuleDecoder#decode(byte[])} then {@link
 * Validator#validate(Module)}; Chicory's {@code Parser} built with {@code withValidation(true)}
 * (its default), which validates types, function bodies, globals, elements and data while building
 * the {@code WasmModule}. Both return the model so the JIT cannot drop the work.
 *
 * <p>Run: {@code java -jar it/bench/target/benchmarks.jar DecodeValidate -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DecodeValidateBenchmark {
  private byte[] module;

  /** Generates the module once per fork. */
  @Setup(Level.Trial)
  public void generate() {
    module =
        ModuleGenerator.generate(
            ModuleGenerator.BENCHMARK_SEED, ModuleGenerator.BENCHMARK_CODE_BYTES);
  }

  /**
   * Teracage: decode, then validate.
   *
   * @return the module
   */
  @Benchmark
  public Module teracage() {
    return (Module) Contender.TERACAGE.decodeAndValidate(module);
  }

  /**
   * Chicory 1.7.5: parse with validation.
   *
   * @return the module
   */
  @Benchmark
  public WasmModule chicory() {
    return (WasmModule) Contender.CHICORY.decodeAndValidate(module);
  }
}

package dev.teracage.bench.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimdKernelTest {
  @ParameterizedTest
  @EnumSource(SimdKernel.class)
  void bothBuildsOnEveryRuntimeAgreeOnTheChecksum(SimdKernel kernel) {
    int n = kernel.argument();
    long expected = Runtime.CHICORY_INTERPRETER.load(kernel.wasm(false), "run").run(n);
    assertNotEquals(0L, expected, "a zero checksum would not show a difference");
    for (SimdBenchmark.Variant v : SimdBenchmark.Variant.values()) {
      Runtime.Runner runner = v.runtime.load(kernel.wasm(v.simd), "run");
      assertEquals(expected, runner.run(n), v.name());
      assertEquals(expected, runner.run(n), v.name() + ", second call");
    }
  }

  @ParameterizedTest
  @EnumSource(SimdKernel.class)
  void onlyTheSimdBuildHasSimdInstructions(SimdKernel kernel) {
    assertTrue(simdInstructions(kernel.wasm(true)) > 0, "no SIMD in the -msimd128 build");
    assertEquals(0, simdInstructions(kernel.wasm(false)), "SIMD in the scalar build");
  }

  private static int simdInstructions(byte[] wasm) {
    var module = dev.teracage.compiler.ModuleReader.read(wasm, null);
    var reader = new dev.teracage.compiler.decode.CodeReader(false);
    int count = 0;
    for (var body : module.codes()) {
      reader.reset(body.body());
      while (reader.hasNext()) {
        if (reader.next().prefix() == dev.teracage.compiler.model.Opcode.SIMD_PREFIX) {
          count++;
        }
      }
    }
    return count;
  }
}

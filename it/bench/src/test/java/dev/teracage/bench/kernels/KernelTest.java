package dev.teracage.bench.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelTest {
  @ParameterizedTest
  @EnumSource(Kernel.class)
  void allRuntimesAgreeOnTheChecksum(Kernel kernel) {
    byte[] wasm = kernel.wasm();
    int n = Math.max(1, kernel.argument() / 10);
    long chicory = Runtime.CHICORY_INTERPRETER.load(wasm, "run").run(n);
    assertNotEquals(0L, chicory, "a zero checksum would not show a difference");
    assertEquals(chicory, Runtime.CHICORY_COMPILER.load(wasm, "run").run(n), "Chicory compiler");
    assertEquals(chicory, Runtime.TERACAGE.load(wasm, "run").run(n), "Teracage");
  }

  @ParameterizedTest
  @EnumSource(Kernel.class)
  void teracageAgreesWithChicoryAtTheBenchmarkArgument(Kernel kernel) {
    byte[] wasm = kernel.wasm();
    Runtime.Runner teracage = Runtime.TERACAGE.load(wasm, "run");
    long expected = Runtime.CHICORY_COMPILER.load(wasm, "run").run(kernel.argument());
    assertEquals(expected, teracage.run(kernel.argument()));
    assertEquals(expected, teracage.run(kernel.argument()), "second call on the same instance");
  }

  @ParameterizedTest
  @EnumSource(
      value = Kernel.class,
      names = {"INT_ARITH", "FLOAT"})
  void javaPortsComputeTheSameChecksums(Kernel kernel) {
    Runtime.Runner port = JavaPorts.of(kernel).orElseThrow();
    long expected = Runtime.CHICORY_COMPILER.load(kernel.wasm(), "run").run(kernel.argument());
    assertEquals(expected, port.run(kernel.argument()));
  }
}

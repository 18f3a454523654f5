package dev.teracage.compiler.spec;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The WebAssembly 2.0 spec scripts ({@code ../shared/wasm-testsuite-2.0}, or {@code
 * -Dteracage.spec.dir}): one dynamic test per command, grouped by script; the summary goes to
 * {@code target/spec-report-wasm-testsuite-2.0.json} and one line on standard output.
 */
class Spec2Test {
  private static SpecRunner runner;

  @TestFactory
  Stream<DynamicNode> wasmTestsuite20() {
    runner = new SpecRunner(SpecSuite.locate("teracage.spec.dir", "wasm-testsuite-2.0"));
    return runner.tests();
  }

  @AfterAll
  static void writeReport() {
    if (runner != null) {
      runner.report().write(Path.of("target"));
      System.out.println(runner.report().summary());
    }
  }
}

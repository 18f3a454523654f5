package dev.teracage.compiler.spec;

import dev.teracage.compiler.codegen.ClassEmitter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The WebAssembly 2.0 spec scripts again, with every function split into parts of (nearly) one
 * instruction each, so every control path crosses methods: branches, loops, ifs, br_table,
 * multi-value labels and returns through the frame.
 */
class SplitSpec2Test {
  private static SpecRunner runner;

  @BeforeAll
  static void forceSplit() {
    System.setProperty(ClassEmitter.FORCE_SPLIT, "1");
  }

  @TestFactory
  Stream<DynamicNode> wasmTestsuite20Split() {
    runner = new SpecRunner(SpecSuite.locate("teracage.spec.dir", "wasm-testsuite-2.0"));
    return runner.tests();
  }

  @AfterAll
  static void summary() {
    System.clearProperty(ClassEmitter.FORCE_SPLIT);
    if (runner != null) {
      System.out.println("split " + runner.report().summary());
    }
  }
}

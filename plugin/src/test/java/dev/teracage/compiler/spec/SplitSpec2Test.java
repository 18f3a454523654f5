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
 * multi-value labels and returns through the frame. (All 90 top-level scripts passed this way when
 * the split emitter landed; these scripts keep the build short.)
 */
class SplitSpec2Test {
  /** The scripts about control flow, calls, locals and the operand stack. */
  private static final java.util.Set<String> CONTROL =
      java.util.Set.of(
          "block.wast",
          "br.wast",
          "br_if.wast",
          "br_table.wast",
          "call.wast",
          "call_indirect.wast",
          "fac.wast",
          "func.wast",
          "if.wast",
          "labels.wast",
          "left-to-right.wast",
          "local_get.wast",
          "local_set.wast",
          "local_tee.wast",
          "loop.wast",
          "nop.wast",
          "return.wast",
          "select.wast",
          "stack.wast",
          "switch.wast",
          "unreachable.wast",
          "unwind.wast",
          "ref_func.wast",
          "table_get.wast",
          "global.wast",
          "memory_grow.wast",
          "skip-stack-guard-page.wast",
          "simd/simd_lane.wast",
          "simd/simd_select.wast",
          "simd/simd_load.wast",
          "simd/simd_linking.wast",
          "simd/simd_load_extend.wast",
          "simd/simd_load_splat.wast",
          "simd/simd_load_zero.wast",
          "simd/simd_store.wast");

  private static SpecRunner runner;

  @BeforeAll
  static void forceSplit() {
    System.setProperty(ClassEmitter.FORCE_SPLIT, "1");
  }

  @TestFactory
  Stream<DynamicNode> wasmTestsuite20Split() {
    runner = new SpecRunner(SpecSuite.locate("teracage.spec.dir", "wasm-testsuite-2.0"));
    return runner.tests(CONTROL::contains);
  }

  @AfterAll
  static void summary() {
    System.clearProperty(ClassEmitter.FORCE_SPLIT);
    if (runner != null) {
      System.out.println("split " + runner.report().summary());
    }
  }
}

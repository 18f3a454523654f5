package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Functions split into parts of one instruction each compute what they compute whole. */
class SplitEmitterTest {
  @BeforeEach
  void forceSplit() {
    System.setProperty(ClassEmitter.FORCE_SPLIT, "1");
  }

  @AfterEach
  void clear() {
    System.clearProperty(ClassEmitter.FORCE_SPLIT);
  }

  private static void check(String body, long[] expected, long... args) {
    Loaded m = Loaded.wat("(module " + body + ")");
    assertArrayEquals(expected, m.call("f", args));
  }

  @Test
  void blockBranch() {
    check(
        "(func (export \"f\") (param i32) (result i32)"
            + " (block (result i32) (i32.const 7) (local.get 0) (br_if 0) (drop) (i32.const 9)))",
        new long[] {7},
        1);
  }

  @Test
  void blockValue() {
    check(
        "(func (export \"f\") (result i32) (i32.const 1) (block (result i32) (i32.const 2)"
            + " (br 0)) (i32.add))",
        new long[] {3});
  }
}

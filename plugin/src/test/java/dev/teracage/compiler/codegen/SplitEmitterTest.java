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
  void comparisonsCutFromTheirBranches() {
    // Each part ends after one instruction, so every fusible comparison is materialized.
    String f =
        "(func (export \"f\") (param i32 i64) (result i32)"
            + " (block (br_if 0 (i32.eqz (i32.lt_s (local.get 0) (i32.const 5))))"
            + " (return (i32.const 1)))"
            + " (if (result i32) (i64.gt_u (local.get 1) (i64.const 9))"
            + " (then (select (i32.const 2) (i32.const 3) (i32.ge_u (local.get 0) (i32.const 7))))"
            + " (else (i32.const 4))))";
    check(f, new long[] {1}, 4, 0);
    check(f, new long[] {4}, 5, 9);
    check(f, new long[] {3}, 6, 10);
    check(f, new long[] {2}, 7, 10);
  }

  @Test
  void v128LocalsStartAtZeroAndCrossParts() {
    // $v is read before any write; every part boundary carries it (and the stack's v128s) as an
    // object in the frame.
    check(
        "(func (export \"f\") (param i32) (result i32) (local $v v128)"
            + " (local.set $v (i32x4.add (local.get $v) (i32x4.splat (local.get 0))))"
            + " (i32x4.extract_lane 3 (i32x4.add (local.get $v) (local.get $v))))",
        new long[] {42},
        21);
  }

  @Test
  void blockValue() {
    check(
        "(func (export \"f\") (result i32) (i32.const 1) (block (result i32) (i32.const 2)"
            + " (br 0)) (i32.add))",
        new long[] {3});
  }

  @Test
  void nestedBlocksLeftByBrTable() {
    int depth = 600;
    StringBuilder wat = new StringBuilder();
    wat.append("(func (export \"f\") (param i32) (result i32) (local i32)\n");
    wat.append("block\n".repeat(depth));
    wat.append("local.get 0 br_table");
    for (int d = 0; d < depth; d++) {
      wat.append(' ').append(d);
    }
    wat.append(" 0\n");
    wat.append("end local.get 1 i32.const 1 i32.add local.set 1\n".repeat(depth));
    wat.append("local.get 1)");
    Loaded m = Loaded.wat("(module " + wat + ")");
    for (int d : new int[] {0, 1, 300, 599, 600}) {
      int target = d < depth ? d : 0;
      assertArrayEquals(new long[] {depth - target}, m.call("f", d), "index " + d);
    }
  }
}

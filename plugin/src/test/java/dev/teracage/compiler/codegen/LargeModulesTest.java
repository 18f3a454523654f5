package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.trap.TrapException;
import org.junit.jupiter.api.Test;

/**
 * Generated modules past the JVM's per-method and HotSpot's JIT limits compile into methods of at
 * most {@link ClassEmitter#HUGE_METHOD} bytes each and compute the right results.
 */
class LargeModulesTest {
  private static Loaded load(String wat) {
    Loaded m = Loaded.wat(wat);
    assertTrue(
        m.maxMethodSize() <= ClassEmitter.HUGE_METHOD,
        "largest method: " + m.maxMethodSize() + " bytes");
    return m;
  }

  /** 200,000 instructions in one function, inside a loop whose back edge crosses parts. */
  @Test
  void functionOf200000Instructions() {
    int groups = 40_000;
    StringBuilder wat = new StringBuilder();
    wat.append("(module (func (export \"f\") (param i32) (result i32) (local i32 i64)\n");
    wat.append("loop $l\n");
    for (int k = 0; k < groups; k++) {
      if (k % 1000 == 999) {
        // 5 instructions: local.get 2, local.get 0, i64.extend_i32_u, i64.add, local.set 2
        wat.append("local.get 2 local.get 0 i64.extend_i32_u i64.add local.set 2\n");
      } else {
        wat.append("local.get 0 i32.const ").append(k).append(" i32.xor local.set 0\n");
      }
    }
    wat.append("local.get 1 i32.const 1 i32.add local.tee 1 i32.const 3 i32.lt_u br_if $l\n");
    wat.append("end local.get 0 local.get 2 i32.wrap_i64 i32.add))");
    Loaded m = load(wat.toString());
    assertTrue(m.compilation().methodSizes().size() > 10, "split into parts");
    for (int arg : new int[] {0, 12345, -1}) {
      int x = arg;
      long acc = 0;
      for (int round = 0; round < 3; round++) {
        for (int k = 0; k < groups; k++) {
          if (k % 1000 == 999) {
            acc += Integer.toUnsignedLong(x);
          } else {
            x ^= k;
          }
        }
      }
      long expected = Integer.toUnsignedLong(x + (int) acc);
      assertArrayEquals(new long[] {expected}, m.call("f", arg));
    }
  }

  /** Blocks nested 10,000 deep, left through a br_table over all of them. */
  @Test
  void blocksNested10000Deep() {
    int depth = 10_000;
    StringBuilder wat = new StringBuilder();
    wat.append("(module (func (export \"f\") (param i32) (result i32) (local i32)\n");
    wat.append("block\n".repeat(depth));
    wat.append("local.get 0 br_table");
    for (int d = 0; d < depth; d++) {
      wat.append(' ').append(d);
    }
    wat.append(" 0\n");
    wat.append("end local.get 1 i32.const 1 i32.add local.set 1\n".repeat(depth));
    wat.append("local.get 1))");
    Loaded m = load(wat.toString());
    for (int d : new int[] {0, 1, 5000, 9998, 9999, 10000, -1}) {
      int target = d >= 0 && d < depth ? d : 0;
      assertArrayEquals(new long[] {depth - target}, m.call("f", d), "index " + d);
    }
  }

  private static String brTable50000(String padding) {
    int n = 50_000;
    StringBuilder wat = new StringBuilder();
    wat.append("(module (func (export \"f\") (param i32) (result i32) (local i32)\n");
    wat.append(padding);
    wat.append("block\n".repeat(9));
    wat.append("local.get 0 br_table");
    for (int i = 0; i < n; i++) {
      wat.append(' ').append((i * 7 + 3) % 8);
    }
    wat.append(" 8\n");
    for (int b = 0; b < 9; b++) {
      wat.append("end i32.const ").append(b).append(" local.get 1 i32.add return\n");
    }
    wat.append("))");
    return wat.toString();
  }

  private static void checkBrTable(Loaded m) {
    for (int i : new int[] {0, 1, 2, 7, 8, 49_999, 50_000, 70_000, -1}) {
      long expected = i >= 0 && i < 50_000 ? (i * 7 + 3) % 8 : 8;
      assertArrayEquals(new long[] {expected}, m.call("f", i), "index " + i);
    }
  }

  /** A br_table with 50,000 targets, in a small function. */
  @Test
  void brTableWith50000Targets() {
    checkBrTable(load(brTable50000("")));
  }

  /** The same br_table in a function large enough to be split: its targets lie in other parts. */
  @Test
  void brTableWith50000TargetsAcrossParts() {
    String padding = "local.get 1 i32.const 1 i32.add local.set 1 local.get 1 drop\n".repeat(3000);
    String wat = brTable50000(padding);
    Loaded m = load(wat);
    assertTrue(m.compilation().methodSizes().size() > 3, "split into parts");
    for (int i : new int[] {0, 1, 8, 49_999, 50_000, -1}) {
      long expected = (i >= 0 && i < 50_000 ? (i * 7 + 3) % 8 : 8) + 3000;
      assertArrayEquals(new long[] {expected}, m.call("f", i), "index " + i);
    }
  }

  /** 20,000 functions and a 20,000-entry table dispatched by call_indirect. */
  @Test
  void functions20000WithTable() {
    int n = 20_000;
    StringBuilder wat = new StringBuilder("(module (type $t (func (param i32) (result i32)))\n");
    wat.append("(table ").append(n).append(' ').append(n).append(" funcref)\n");
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        wat.append("(func (type $t) local.get 0 i32.const ").append(i).append(" i32.add)\n");
      } else {
        wat.append("(func (param i64) (result i64) local.get 0)\n");
      }
    }
    wat.append("(elem (i32.const 0) func");
    for (int i = 0; i < n; i++) {
      wat.append(' ').append(i);
    }
    wat.append(")\n(func (export \"call\") (param i32 i32) (result i32)");
    wat.append(" local.get 1 local.get 0 call_indirect (type $t)))");
    Loaded m = load(wat.toString());
    int methods = 0;
    for (byte[] bytes : m.compilation().classes().values()) {
      java.lang.classfile.ClassModel cls = java.lang.classfile.ClassFile.of().parse(bytes);
      methods += cls.methods().size();
      assertTrue(cls.methods().size() < 65_535, "methods");
      assertTrue(cls.constantPool().size() < 65_535, "constant pool: " + cls.constantPool().size());
    }
    assertTrue(methods > n, "methods: " + methods);
    for (int i : new int[] {0, 2, 9_998, 19_998}) {
      assertArrayEquals(new long[] {1000 + i}, m.call("call", i, 1000));
    }
    TrapException mismatch = assertThrows(TrapException.class, () -> m.call("call", 19_999, 1));
    assertEquals("indirect call type mismatch", mismatch.getMessage());
    TrapException undefined = assertThrows(TrapException.class, () -> m.call("call", n, 1));
    assertTrue(undefined.getMessage().startsWith("undefined element"), undefined.getMessage());
  }

  /**
   * 45,000 functions: more than one class's constant pool holds, so they are spread over companion
   * classes; direct calls, call_indirect and traps cross them.
   */
  @Test
  void functions45000AcrossClasses() {
    int n = 45_000;
    StringBuilder wat = new StringBuilder("(module (type $t (func (param i32) (result i32)))\n");
    wat.append("(table ").append(n).append(" funcref)\n");
    // f(i) = f(i - 1) + 1 for i % 1000 != 0: chains of direct calls crossing class boundaries.
    for (int i = 0; i < n; i++) {
      wat.append("(func $f").append(i).append(" (type $t) ");
      if (i % 1000 == 0) {
        wat.append("local.get 0 i32.const 0 i32.lt_s (if (then unreachable)) local.get 0)\n");
      } else {
        wat.append("local.get 0 call $f").append(i - 1).append(" i32.const 1 i32.add)\n");
      }
    }
    wat.append("(elem (i32.const 0) func");
    for (int i = 0; i < n; i++) {
      wat.append(" $f").append(i);
    }
    wat.append(")\n(func (export \"call\") (param i32 i32) (result i32)");
    wat.append(" local.get 1 local.get 0 call_indirect (type $t)))");
    Loaded m = load(wat.toString());
    assertTrue(m.compilation().companionClasses().size() >= 4, "companion classes");
    for (byte[] bytes : m.compilation().classes().values()) {
      java.lang.classfile.ClassModel cls = java.lang.classfile.ClassFile.of().parse(bytes);
      assertTrue(cls.constantPool().size() < 65_535, "constant pool: " + cls.constantPool().size());
    }
    for (int i : new int[] {0, 999, 10_001, 44_999}) {
      assertArrayEquals(new long[] {7 + i % 1000}, m.call("call", i, 7), "function " + i);
    }
    TrapException trap = assertThrows(TrapException.class, () -> m.call("call", 30_500, -1));
    assertEquals("unreachable", trap.getMessage().substring(0, "unreachable".length()));
    assertTrue(
        trap.wasmStackTrace().stream().anyMatch(f -> f.functionIndex() == 30_000),
        () -> "stack: " + trap.wasmStackTrace());
  }
}

package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import org.junit.jupiter.api.Test;

/** Instantiation at the sizes the issue names: 20,000 functions and a 20,000-entry table. */
class ScaleTest {
  @Test
  void twentyThousandFunctionsInATable() {
    int n = 20_000;
    StringBuilder wat = new StringBuilder("(module (type $t (func (result i32)))\n");
    wat.append("(table ").append(n).append(" funcref)\n(elem (i32.const 0)");
    for (int i = 0; i < n; i++) {
      wat.append(" $f").append(i);
    }
    wat.append(")\n");
    for (int i = 0; i < n; i++) {
      wat.append("(func $f").append(i).append(" (type $t) (i32.const ").append(i).append("))\n");
    }
    wat.append(
        "(func (export \"call\") (param i32) (result i32)"
            + " (call_indirect (type $t) (local.get 0))))");
    Pipeline.Compiled compiled = Pipeline.compile(wat.toString());
    long init = System.nanoTime();
    try {
      Class.forName(compiled.type().getName(), true, compiled.type().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    System.out.println(
        "class verified and initialized in " + (System.nanoTime() - init) / 1_000_000 + " ms");
    Instance m = null;
    long millis = 0;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      m = compiled.instantiate(new Imports());
      millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("instantiated 20,000 functions and table entries in " + millis + " ms");
    }
    assertArrayEquals(new long[] {0}, m.function("call").call(0));
    assertArrayEquals(new long[] {12345}, m.function("call").call(12345));
    assertArrayEquals(new long[] {n - 1}, m.function("call").call(n - 1));
    assertTrue(millis < 30_000, "instantiation took " + millis + " ms");
  }
}

package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class ClassEmitterTest {
  private static String bigFunction(int additions) {
    StringBuilder b = new StringBuilder("(module (func (result i32) i32.const 0\n");
    for (int i = 0; i < additions; i++) {
      b.append("i32.const 1000 i32.add\n");
    }
    return b.append(") (func (result i32) i32.const 1))").toString();
  }

  @Test
  void recordsEveryMethodSize() {
    Compiled m = Compiled.of(bigFunction(100));
    // nop (prologue), iconst_0, then 100 x (sipush 1000, iadd), ireturn.
    assertEquals(1 + 1 + 100 * 4 + 1, m.compiled.methodSizes().get("f0"));
    assertEquals(3, m.compiled.methodSizes().get("f1"));
    assertEquals(100_000, m.call(0));
  }

  @Test
  void oversizedFunctionIsSplitIntoJitSizedParts() {
    // 80,003 bytes as one method: over the JVM's limit, so it must be split to compile at all.
    Compiled m = Compiled.of(bigFunction(20_000));
    assertEquals(20_000_000, m.call(0));
    assertEquals(1, m.call(1));
    assertTrue(m.compiled.methodSizes().containsKey("f0$1"), m.compiled.methodSizes().toString());
    m.compiled
        .methodSizes()
        .forEach((name, size) ->
            assertTrue(size <= ClassEmitter.HUGE_METHOD, name + " has " + size + " bytes"));
  }

  @Test
  void tooManyLocalsFailsNamingTheFunction() {
    CodegenException e =
        assertThrows(
            CodegenException.class,
            () ->
                Compiled.compileOnly(
                    "(module (func) (func (local " + "f64 ".repeat(40_000) + ")))"));
    assertEquals(1, e.functionIndex());
    assertTrue(e.reason().contains("too many locals"), e.reason());
  }

  @Test
  void deepNestingAndWideBrTables() {
    int depth = 10_000;
    StringBuilder b = new StringBuilder("(module (func (param i32) (result i32)\n");
    b.append("block (result i32) ".repeat(depth));
    b.append("i32.const 5 local.get 0 br_table");
    for (int i = 0; i < depth; i++) {
      b.append(' ').append(i % 3 == 0 ? i : depth - 1 - i);
    }
    b.append(" 0\n");
    for (int i = 0; i < depth; i++) {
      b.append("end i32.const 1 i32.add\n");
    }
    Compiled m = Compiled.of(b.append("))").toString());
    // Target label k skips the additions of the k innermost blocks.
    assertEquals(5 + depth, m.call(0, 1_000_000));
    assertEquals(5 + depth - 3, m.call(0, 3));
    assertEquals(5 + depth - (depth - 2), m.call(0, 1));
  }

  @Test
  void functionsArePublicStaticWithTheContextLast() throws Exception {
    Compiled m =
        Compiled.of(
            """
            (module
              (func (param i32 i64 f32 f64 funcref externref) (result f64) local.get 3)
              (func (param i32)))
            """);
    Method f0 = null;
    for (Method x : m.type.getDeclaredMethods()) {
      if (x.getName().equals("f0")) {
        f0 = x;
      }
    }
    assertTrue(Modifier.isPublic(f0.getModifiers()) && Modifier.isStatic(f0.getModifiers()));
    assertEquals(
        "(IJFDLdev/teracage/runtime/support/FuncRef;Ljava/lang/Object;"
            + "Ldev/teracage/runtime/support/Context;)D",
        java.lang.invoke.MethodType.methodType(f0.getReturnType(), f0.getParameterTypes())
            .toMethodDescriptorString());
    assertTrue(Modifier.isFinal(m.type.getModifiers()) && Modifier.isPublic(m.type.getModifiers()));
  }
}

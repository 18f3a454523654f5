package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.support.Context;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallEmitterTest {
  @Test
  void directRecursiveCalls() {
    Compiled m =
        Compiled.of(
            """
            (module (func $fib (param i32) (result i32)
              local.get 0 i32.const 2 i32.lt_u
              if (result i32) local.get 0
              else
                local.get 0 i32.const 1 i32.sub call $fib
                local.get 0 i32.const 2 i32.sub call $fib
                i32.add
              end))
            """);
    assertEquals(6765, m.call(0, 20));
  }

  @Test
  void multiValueResultsTravelThroughTheContext() {
    Compiled m =
        Compiled.of(
            """
            (module
              (func $swap (param i32 i64 f64) (result f64 i64 i32)
                local.get 2 local.get 1 local.get 0)
              (func (result f64)
                i32.const -1 i64.const 5 f64.const 2.5 call $swap
                i32.const -1 i32.eq i64.extend_i32_u
                i64.add
                f64.convert_i64_s
                f64.add))
            """);
    assertEquals(2.5, m.call(0, 3, 5L, 2.5));
    assertEquals((long) 5, m.context.results[0]);
    assertEquals(3L, m.context.results[1]);
    // f64 i64 i32 on the stack: 2.5 + (5 + (i32 == -1)).
    assertEquals(2.5 + 5.0 + 1.0, (double) m.call(1), 1e-12);
  }

  static int hostTwice(int x, Context ctx) {
    return 2 * x + (ctx == null ? 1000 : 0);
  }

  @Test
  void importedFunctionsGoThroughTheirHandles() throws Exception {
    var host =
        MethodHandles.lookup()
            .findStatic(
                CallEmitterTest.class,
                "hostTwice",
                MethodType.methodType(int.class, int.class, Context.class));
    Compiled m =
        Compiled.of(
            """
            (module
              (import "env" "twice" (func $twice (param i32) (result i32)))
              (func (param i32) (result i32) local.get 0 call $twice i32.const 1 i32.add))
            """,
            Map.of("twice", host));
    assertEquals(43, m.call(1, 21));
  }

  @Test
  void refFuncPushesTheFunctionsFuncRef() {
    Compiled m =
        Compiled.of(
            """
            (module
              (func $a (result funcref) ref.func $a)
              (func (result i32) ref.null func ref.is_null)
              (func (result i32) call $a ref.is_null)
              (elem declare func $a))
            """);
    assertEquals(m.context.functions[0], m.call(0));
    assertEquals(1, m.call(1));
    assertEquals(0, m.call(2));
  }
}

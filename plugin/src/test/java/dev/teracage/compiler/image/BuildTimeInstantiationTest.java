package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.text.WatParser;
import dev.teracage.runtime.Global;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.ArenaState;
import dev.teracage.runtime.image.ArenaState.Step;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Images carry the instantiated module; only what needs imports runs at instantiation. */
class BuildTimeInstantiationTest {
  private static ArenaState state(Pipeline.Compiled c) {
    return c.image().state().orElseThrow();
  }

  @Test
  void everythingWithoutImportsIsDoneAtBuildTime() throws Throwable {
    Pipeline.Compiled c =
        Pipeline.compile(
            """
            (module
              (memory 1)
              (table 2 funcref)
              (global $runs (export "runs") (mut i32) (i32.const 0))
              (global $g i64 (i64.const 0x1122334455667788))
              (data (i32.const 8) "hello")
              (data $passive "later")
              (elem (i32.const 1) $seven)
              (func $seven (result i32) (i32.const 7))
              (func $start
                (global.set $runs (i32.add (global.get $runs) (i32.const 1)))
                (i32.store (i32.const 100) (i32.const 0xABCD)))
              (start $start)
              (type $t (func (result i32)))
              (func (export "callAt") (param i32) (result i32) (call_indirect (type $t) (local.get 0)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "g") (result i64) (global.get $g)))
            """);
    assertEquals(List.of(), state(c).pending());
    assertTrue(state(c).storedBytes() > 0);
    Instance i = c.instantiate(new Imports());
    assertEquals(1, i.global("runs").value(), "the start function ran once, at build time");
    assertArrayEquals(new long[] {0xABCD}, i.function("load").call(100));
    assertArrayEquals(
        new long[] {'h' | 'e' << 8 | 'l' << 16 | 'l' << 24}, i.function("load").call(8));
    assertArrayEquals(new long[] {7}, i.function("callAt").call(1));
    assertArrayEquals(new long[] {0x1122334455667788L}, i.function("g").call());
    TrapException e = assertThrows(TrapException.class, () -> i.function("callAt").call(0));
    assertEquals(TrapKind.UNINITIALIZED_ELEMENT, e.kind());
  }

  @Test
  void stepsThatNeedImportsRunAtInstantiationInSpecOrder() throws Throwable {
    Pipeline.Compiled c =
        Pipeline.compile(
            """
            (module
              (import "env" "base" (global $base i32))
              (import "env" "hit" (func $hit))
              (memory 1)
              (global $copy i32 (global.get $base))
              (data (global.get $base) "\\01\\01")
              (data (i32.const 0) "\\02\\02\\02\\02")
              (func $start (call $hit))
              (start $start)
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "copy") (result i32) (global.get $copy)))
            """);
    assertEquals(
        List.of(
            new Step(Step.Kind.GLOBAL, 1),
            new Step(Step.Kind.DATA, 0),
            new Step(Step.Kind.DATA, 1),
            new Step(Step.Kind.START, 0)),
        state(c).pending());
    AtomicInteger hits = new AtomicInteger();
    Imports imports =
        new Imports()
            .global("env", "base", Global.create(ValueCode.I32, false, 1))
            .function(
                "env",
                "hit",
                new dev.teracage.runtime.image.FuncSig(new int[0], new int[0]),
                java.lang.invoke.MethodHandles.dropArguments(
                    java.lang.invoke.MethodHandles.lookup()
                        .findVirtual(
                            AtomicInteger.class,
                            "incrementAndGet",
                            java.lang.invoke.MethodType.methodType(int.class))
                        .bindTo(hits)
                        .asType(java.lang.invoke.MethodType.methodType(void.class)),
                    0,
                    dev.teracage.runtime.support.Context.class));
    Instance i = c.instantiate(imports);
    assertEquals(1, hits.get());
    // Segment 0 wrote 01 01 at 1, then segment 1 wrote 02 02 02 02 at 0: the later one wins.
    assertArrayEquals(new long[] {0x02020202}, i.function("load").call(0));
    assertArrayEquals(new long[] {1}, i.function("copy").call());
  }

  @Test
  void aSegmentThatTrapsAtBuildTimeTrapsAtInstantiation() {
    Pipeline.Compiled c =
        Pipeline.compile(
            """
            (module (memory 1) (data (i32.const 65535) "\\01\\02"))
            """);
    assertEquals(List.of(new Step(Step.Kind.DATA, 0)), state(c).pending());
    TrapException e = assertThrows(TrapException.class, () -> c.instantiate(new Imports()));
    assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, e.kind());
  }

  @Test
  void aStartFunctionThatTrapsOrRunsTooLongRunsAtInstantiation() {
    Pipeline.Compiled traps =
        Pipeline.compile(
            """
            (module (memory 1)
              (func $start (i32.store (i32.const 0) (i32.const 1)) unreachable)
              (start $start))
            """);
    assertEquals(List.of(new Step(Step.Kind.START, 0)), state(traps).pending());
    assertEquals(
        List.of(), state(traps).ranges().stream().filter(r -> r.offset() > 1 << 16).toList());
    TrapException e = assertThrows(TrapException.class, () -> traps.instantiate(new Imports()));
    assertEquals(TrapKind.UNREACHABLE, e.kind());

    Pipeline.Compiled loops =
        Pipeline.compile(
            WatParser.parseModule("(module (func $start (loop (br 0))) (start $start))"),
            Duration.ofMillis(200));
    assertEquals(List.of(new Step(Step.Kind.START, 0)), state(loops).pending());
  }
}

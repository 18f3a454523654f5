package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.teracage.runtime.ExportedFunction;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.Memory;
import dev.teracage.runtime.UnlinkableException;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/** WAT to running instance through the real pipeline ({@link Pipeline}). */
class EndToEndTest {
  private static final String CALC =
      """
      (module $calc
        (import "host" "log" (func $log (param i32) (result i32)))
        (memory (export "mem") 1 4)
        (table (export "tab") 4 funcref)
        (global $count (export "count") (mut i32) (i32.const 0))
        (global $base i32 (i32.const 100))
        (type $unary (func (param i32) (result i32)))
        (data (i32.const 16) "\\2a\\00\\00\\00")
        (elem (i32.const 0) $double $square)
        (func $double (type $unary) (i32.mul (local.get 0) (i32.const 2)))
        (func $square (type $unary) (i32.mul (local.get 0) (local.get 0)))
        (func (export "apply") (param i32 i32) (result i32)
          (global.set $count (i32.add (global.get $count) (i32.const 1)))
          (call_indirect (type $unary) (local.get 1) (local.get 0)))
        (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
        (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
        (func (export "divmod") (param i32 i32) (result i32 i32)
          (i32.div_s (local.get 0) (local.get 1)) (i32.rem_s (local.get 0) (local.get 1)))
        (func (export "callLog") (param i32) (result i32)
          (i32.add (call $log (local.get 0)) (global.get $base)))
        (func $deep (export "deep") (param i32) (result i32)
          (i32.add (call $deep (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
        (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
      )
      """;

  static int log(int x, Context caller) {
    return x + (int) (caller.memory0.byteSize() >>> 16);
  }

  static Imports host() throws ReflectiveOperationException {
    MethodHandle log =
        MethodHandles.lookup()
            .findStatic(
                EndToEndTest.class,
                "log",
                MethodType.methodType(int.class, int.class, Context.class));
    FuncSig unary = new FuncSig(new int[] {ValueCode.I32}, new int[] {ValueCode.I32});
    return new Imports().function("host", "log", unary, log);
  }

  @Test
  void compiledModuleRunsOverItsArena() throws Throwable {
    Instance calc = Pipeline.instantiate(CALC, host());
    assertEquals(14, (int) calc.function("apply").handle().invokeExact(0, 7));
    assertArrayEquals(new long[] {49}, calc.function("apply").call(1, 7));
    assertEquals(2, calc.global("count").value());
    assertArrayEquals(new long[] {42}, calc.function("load").call(16));
    assertArrayEquals(new long[] {0xFFFFFFFEL, 0xFFFFFFFFL}, calc.function("divmod").call(-7, 3));
    assertArrayEquals(new long[] {105}, calc.function("callLog").call(4)); // 4 + 1 page + 100
    assertArrayEquals(new long[] {1}, calc.function("grow").call(2));
    assertEquals(3, calc.memory("mem").pages());
    assertArrayEquals(new long[] {0xFFFFFFFFL}, calc.function("grow").call(2));
    calc.function("fill").call(3 * 65536 - 4, 1, 4);
    assertArrayEquals(new long[] {0x01010101}, calc.function("load").call(3 * 65536 - 4));
  }

  @Test
  void trapsCarryTheSpecMessageAndTheInstanceStaysUsable() throws Throwable {
    Instance calc = Pipeline.instantiate(CALC, host());
    assertTrap(TrapKind.UNINITIALIZED_ELEMENT, () -> calc.function("apply").call(2, 1));
    assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> calc.function("apply").call(4, 1));
    assertTrap(TrapKind.INTEGER_DIVIDE_BY_ZERO, () -> calc.function("divmod").call(1, 0));
    assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> calc.function("load").call(65534));
    assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> calc.function("fill").call(65535, 0, 2));
    assertTrap(TrapKind.CALL_STACK_EXHAUSTED, () -> calc.function("deep").call(0));
    assertArrayEquals(new long[] {6}, calc.function("apply").call(0, 3));
  }

  @Test
  void instancesLinkThroughRegisteredExports() throws Throwable {
    Instance calc = Pipeline.instantiate(CALC, host());
    String user =
        """
        (module
          (import "calc" "mem" (memory 1))
          (import "calc" "tab" (table 2 funcref))
          (import "calc" "count" (global $count (mut i32)))
          (type $unary (func (param i32) (result i32)))
          (func $triple (type $unary) (i32.mul (local.get 0) (i32.const 3)))
          (elem (i32.const 2) $triple)
          (data (i32.const 32) "\\07")
          (func (export "size") (result i32) (memory.size))
          (func (export "bump") (result i32)
            (global.set $count (i32.add (global.get $count) (i32.const 10)))
            (global.get $count))
          (func (export "viaTable") (param i32 i32) (result i32)
            (call_indirect (type $unary) (local.get 1) (local.get 0))))
        """;
    Instance u = Pipeline.instantiate(user, new Imports().instance("calc", calc));
    assertArrayEquals(new long[] {7}, calc.function("load").call(32));
    assertArrayEquals(new long[] {15}, calc.function("apply").call(2, 5)); // user's $triple
    assertArrayEquals(new long[] {10}, u.function("viaTable").call(0, 5)); // calc's $double
    assertArrayEquals(new long[] {11}, u.function("bump").call()); // after apply's increment
    calc.function("grow").call(1);
    assertArrayEquals(new long[] {2}, u.function("size").call());
    Memory small = Memory.create(0, 1);
    UnlinkableException e =
        assertThrows(
            UnlinkableException.class,
            () ->
                Pipeline.instantiate(
                    user, new Imports().instance("calc", calc).memory("calc", "mem", small)));
    assertEquals("incompatible import type", e.reason());
  }

  @Test
  void failedSegmentsTrapAndKeepEarlierWrites() throws Throwable {
    Instance calc = Pipeline.instantiate(CALC, host());
    String bad =
        """
        (module
          (import "calc" "mem" (memory 1))
          (import "calc" "tab" (table 2 funcref))
          (func $f (result i32) (i32.const 9))
          (elem (i32.const 3) $f)
          (elem (i32.const 4) $f)
          (data (i32.const 0) "x"))
        """;
    assertTrap(
        TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS,
        () -> Pipeline.instantiate(bad, new Imports().instance("calc", calc)));
    assertEquals(
        9,
        ((dev.teracage.runtime.support.FuncRef) calc.table("tab").get(3))
            .handle()
            .invokeWithArguments(new Object[] {null}));
    assertEquals(0, calc.memory("mem").read(0, 1)[0]);
  }

  @Test
  void trapsShowTheWasmStack() {
    Instance m =
        Pipeline.instantiate(
            """
            (module $stack
              (func $inner (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
              (func $outer (export "outer") (param i32) (result i32) (call $inner (local.get 0))))
            """,
            new Imports());
    TrapException trap = assertThrows(TrapException.class, () -> m.function("outer").call(0));
    assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, trap.kind());
    var frames = trap.wasmStackTrace();
    assertEquals(2, frames.size(), frames::toString);
    assertEquals("stack", frames.get(0).moduleName());
    assertEquals(0, frames.get(0).functionIndex());
    assertEquals("inner", frames.get(0).functionName());
    assertEquals("outer", frames.get(1).functionName());
  }

  @Test
  void accessesAsCallsTrapWithTheWasmStackAndSeeGrownMemory() throws Throwable {
    // A straight-line function with a dozen accesses: they are MemoryCalls calls.
    StringBuilder copies = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      copies.append(
          "(i32.store offset=%d (local.get $d) (i32.load offset=%d (local.get $s)))\n"
              .formatted(4 * k, 4 * k));
    }
    Instance m =
        Pipeline.instantiate(
            """
            (module $copies
              (memory (export "mem") 1)
              (func $copy24 (param $s i32) (param $d i32) COPIES)
              (func (export "copy") (param i32 i32) (call $copy24 (local.get 0) (local.get 1)))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """
                .replace("COPIES", copies),
            new Imports());
    m.memory("mem").write(100, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    m.function("copy").call(100, 200);
    assertEquals(
        0x04030201,
        java.nio.ByteBuffer.wrap(m.memory("mem").read(200, 4))
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .getInt());
    TrapException trap =
        assertThrows(TrapException.class, () -> m.function("copy").call(100, 65536 - 8));
    assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
    assertEquals("copy24", trap.wasmStackTrace().get(0).functionName(), trap::toString);
    assertArrayEquals(new long[] {1}, m.function("grow").call(1));
    m.function("copy").call(100, 65536 - 8);
    assertEquals(5, m.memory("mem").read(65536 - 4, 1)[0], "the grown memory, through a call");
  }

  @Test
  void memoryGrowsToTheFull4GiBWithoutCopying() throws Throwable {
    Instance m =
        Pipeline.instantiate(
            """
            (module
              (memory (export "mem") 1)
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
              (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))
            """,
            new Imports());
    m.function("store").call(7, 42);
    assertArrayEquals(new long[] {1}, m.function("grow").call(65535));
    assertEquals(65536, m.memory("mem").pages());
    m.function("store").call(-1, 9);
    assertArrayEquals(new long[] {9}, m.function("load").call(-1));
    assertArrayEquals(new long[] {42}, m.function("load").call(7));
    assertArrayEquals(new long[] {0}, m.function("load").call(1 << 31));
    assertArrayEquals(new long[] {0xFFFFFFFFL}, m.function("grow").call(1));
  }

  private static void assertTrap(TrapKind kind, org.junit.jupiter.api.function.Executable call) {
    TrapException trap = assertThrows(TrapException.class, call);
    assertEquals(kind, trap.kind(), () -> trap.toString());
  }

  @Test
  void recursionAMillionCallsDeepTrapsAndTheInstanceStaysUsable() {
    String wat =
        """
        (module
          (func $count (export "count") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0))
              (then (i32.const 0))
              (else
                (i32.add
                  (call $count (i32.sub (local.get 0) (i32.const 1)))
                  (i32.const 1))))))
        """;
    Instance instance = Pipeline.instantiate(wat, new Imports());
    ExportedFunction count = instance.function("count");
    // The depth a thread reaches is set by its stack: on a thread of 1 MiB, the JVM's default on
    // Linux x64, a million calls must exhaust it. (This test JVM runs with -Xss16m, where compiled
    // frames of this function are small enough for a million to fit; on a 4 MiB thread they fitted
    // once too, under a full suite's JIT state, so the test uses the default size.)
    Throwable[] failure = new Throwable[1];
    Thread thread =
        Thread.ofPlatform()
            .stackSize(1L << 20)
            .unstarted(() -> {
              try {
                assertTrap(TrapKind.CALL_STACK_EXHAUSTED, () -> count.call(1_000_000));
                assertArrayEquals(new long[] {1000}, count.call(1000));
                assertTrap(TrapKind.CALL_STACK_EXHAUSTED, () -> count.call(1_000_000));
                assertArrayEquals(new long[] {7}, count.call(7));
              } catch (Throwable t) {
                failure[0] = t;
              }
            });
    thread.start();
    assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () -> thread.join());
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
  }
}

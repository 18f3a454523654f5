package dev.teracage.runtime.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.WasmException;
import dev.teracage.runtime.support.Traps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrapExceptionTest {
  private static FakeModule module;

  @BeforeAll
  static void defineModule() {
    module = new FakeModule("wasm.traptest.Module");
    WasmFrames.register(module.className(), FakeModule.debugInfo());
  }

  @AfterAll
  static void forgetModule() {
    WasmFrames.unregister(module.className());
  }

  @Test
  void kindsCarryTheSpecMessages() {
    Map<TrapKind, String> expected =
        Map.of(
            TrapKind.UNREACHABLE, "unreachable",
            TrapKind.INTEGER_DIVIDE_BY_ZERO, "integer divide by zero",
            TrapKind.INTEGER_OVERFLOW, "integer overflow",
            TrapKind.INVALID_CONVERSION_TO_INTEGER, "invalid conversion to integer",
            TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, "out of bounds memory access",
            TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, "out of bounds table access",
            TrapKind.UNDEFINED_ELEMENT, "undefined element",
            TrapKind.UNINITIALIZED_ELEMENT, "uninitialized element",
            TrapKind.INDIRECT_CALL_TYPE_MISMATCH, "indirect call type mismatch",
            TrapKind.CALL_STACK_EXHAUSTED, "call stack exhausted");
    assertEquals(expected.size(), TrapKind.values().length);
    for (TrapKind kind : TrapKind.values()) {
      TrapException trap = new TrapException(kind);
      assertEquals(expected.get(kind), kind.message());
      assertEquals(kind.message(), trap.getMessage());
      assertEquals(kind.message(), trap.reason());
      assertSame(kind, trap.kind());
      assertInstanceOf(WasmException.class, trap);
    }
  }

  @Test
  void trapsFactoriesMakeEachKind() {
    Map<TrapKind, Supplier<TrapException>> factories =
        Map.of(
            TrapKind.UNREACHABLE, Traps::unreachable,
            TrapKind.INTEGER_DIVIDE_BY_ZERO, Traps::integerDivideByZero,
            TrapKind.INTEGER_OVERFLOW, Traps::integerOverflow,
            TrapKind.INVALID_CONVERSION_TO_INTEGER, Traps::invalidConversionToInteger,
            TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, Traps::outOfBoundsMemoryAccess,
            TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, Traps::outOfBoundsTableAccess,
            TrapKind.UNDEFINED_ELEMENT, Traps::undefinedElement,
            TrapKind.UNINITIALIZED_ELEMENT, Traps::uninitializedElement,
            TrapKind.INDIRECT_CALL_TYPE_MISMATCH, Traps::indirectCallTypeMismatch,
            TrapKind.CALL_STACK_EXHAUSTED, Traps::callStackExhausted);
    assertEquals(TrapKind.values().length, factories.size());
    factories.forEach((kind, factory) -> assertSame(kind, factory.get().kind()));
    for (TrapKind kind : TrapKind.values()) {
      assertSame(kind, Traps.of(kind).kind());
    }
  }

  @Test
  void unreachableInGeneratedCodeHasWasmFrames() throws Throwable {
    MethodHandle f2 = module.function("f2", MethodType.methodType(void.class));
    TrapException trap =
        assertThrows(
            TrapException.class,
            () -> {
              f2.invokeExact();
            });
    assertEquals(List.of("calc.func[2] +0x2"), rendered(trap.wasmStackTrace()));
    assertSame(trap, TrapException.from(trap));
  }

  @Test
  void divisionByZeroInGeneratedCodeBecomesATrapWithTheWasmStack() throws Throwable {
    MethodHandle f12 = module.function("f12$part2", MethodType.methodType(int.class, int.class));
    ArithmeticException thrown = assertThrows(ArithmeticException.class, () -> f12.invoke(7));
    TrapException trap = TrapException.from(thrown);
    assertNotNull(trap);
    assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, trap.kind());
    assertSame(thrown, trap.getCause());
    assertEquals(
        List.of("calc.func[3] \"div\" +0x1a", "calc.func[7] \"main\" +0x5", "calc.func[12] +0x4"),
        rendered(trap.wasmStackTrace()));
    WasmFrame top = trap.wasmStackTrace().getFirst();
    assertEquals(new WasmFrame("calc", 3, "div", 0x1a, 0x120 + 0x1a), top);
    assertEquals(0x200 + 0x5, trap.wasmStackTrace().get(1).moduleOffset());
    assertEquals(
        "dev.teracage.runtime.trap.TrapException: integer divide by zero"
            + " (at calc.func[3] \"div\" +0x1a)",
        trap.toString());
  }

  @Test
  void printStackTraceShowsTheWasmStackBeforeTheJvmFrames() throws Throwable {
    MethodHandle f7 = module.function("f7", MethodType.methodType(int.class, int.class));
    TrapException trap =
        TrapException.from(assertThrows(ArithmeticException.class, () -> f7.invoke(1)));
    StringWriter out = new StringWriter();
    trap.printStackTrace(new PrintWriter(out));
    List<String> lines = out.toString().lines().toList();
    assertEquals(trap.toString(), lines.get(0));
    assertEquals("  wasm stack:", lines.get(1));
    assertEquals("    0: calc.func[3] \"div\" +0x1a", lines.get(2));
    assertEquals("    1: calc.func[7] \"main\" +0x5", lines.get(3));
    assertEquals("\tat wasm.traptest.Module.f3(calc:26)", lines.get(4));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Caused by: java.lang.Arithmetic")));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trap.printStackTrace(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(out.toString(), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void memorySegmentOutOfBoundsInGeneratedCodeIsAMemoryTrap() throws Throwable {
    MethodHandle f9 =
        module.function("f9", MethodType.methodType(int.class, MemorySegment.class, long.class));
    MemorySegment memory = MemorySegment.ofArray(new byte[8]);
    assertEquals(0, (int) f9.invokeExact(memory, 4L));
    IndexOutOfBoundsException thrown =
        assertThrows(
            IndexOutOfBoundsException.class,
            () -> {
              int unused = (int) f9.invokeExact(memory, 6L);
            });
    TrapException trap = TrapException.from(thrown);
    assertNotNull(trap);
    assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
    assertEquals(List.of("calc.func[9] +0x30"), rendered(trap.wasmStackTrace()));
  }

  @Test
  void stackOverflowIsCallStackExhaustedAndTheCodeStaysUsable() throws Throwable {
    MethodHandle f10 = module.function("f10", MethodType.methodType(void.class));
    StackOverflowError error =
        assertThrows(
            StackOverflowError.class,
            () -> {
              f10.invokeExact();
            });
    TrapException trap = TrapException.from(error);
    assertNotNull(trap);
    assertEquals("call stack exhausted", trap.getMessage());
    assertTrue(trap.wasmStackTrace().size() > 10);
    assertEquals("calc.func[10] +0x1", trap.wasmStackTrace().getFirst().toString());
    MethodHandle f3 = module.function("f3", MethodType.methodType(int.class, int.class, int.class));
    assertEquals(3, (int) f3.invokeExact(9, 3));
  }

  @Test
  void exceptionsOutsideGeneratedCodeAreNotTraps() {
    assertNull(TrapException.from(new IndexOutOfBoundsException("host bug")));
    assertNull(TrapException.from(new ArithmeticException("/ by zero")));
    assertNull(TrapException.from(new IllegalStateException()));
    assertNull(TrapException.from(null));
    IndexOutOfBoundsException fromJdk =
        assertThrows(IndexOutOfBoundsException.class, () -> List.of().get(1));
    assertNull(TrapException.from(fromJdk));
  }

  @Test
  void jitPreallocatedExceptionsWithoutStackAreTraps() {
    IndexOutOfBoundsException bare = new IndexOutOfBoundsException();
    bare.setStackTrace(new StackTraceElement[0]);
    assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, TrapException.from(bare).kind());
    ArithmeticException bareDivide = new ArithmeticException();
    bareDivide.setStackTrace(new StackTraceElement[0]);
    assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, TrapException.from(bareDivide).kind());
  }

  @Test
  void setStackTraceRecomputesTheWasmFrames() {
    TrapException trap = new TrapException(TrapKind.UNREACHABLE);
    assertEquals(List.of(), trap.wasmStackTrace());
    assertEquals("dev.teracage.runtime.trap.TrapException: unreachable", trap.toString());
    trap.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.lang.Thread", "run", null, 1),
          new StackTraceElement(module.className(), "f7", "calc", 70_000),
          new StackTraceElement(module.className(), "f3", "calc", -1),
        });
    assertEquals(
        List.of("calc.func[7] \"main\" +>=0xffff", "calc.func[3] \"div\""),
        rendered(trap.wasmStackTrace()));
    assertEquals(-1, trap.wasmStackTrace().getFirst().moduleOffset());
  }

  private static List<String> rendered(List<WasmFrame> frames) {
    return Arrays.stream(frames.toArray()).map(String::valueOf).toList();
  }
}

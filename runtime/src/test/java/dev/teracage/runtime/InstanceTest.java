package dev.teracage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.image.DataSegment;
import dev.teracage.runtime.image.ElementSegment;
import dev.teracage.runtime.image.Export;
import dev.teracage.runtime.image.ExternKind;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.GlobalType;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.Import;
import dev.teracage.runtime.image.ImportDesc;
import dev.teracage.runtime.image.Init;
import dev.teracage.runtime.image.Limits;
import dev.teracage.runtime.image.MemoryType;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.image.ModuleImageBuilder;
import dev.teracage.runtime.image.SegmentMode;
import dev.teracage.runtime.image.TableType;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceTest {
  static final int I32 = ValueCode.I32;
  static final FuncSig BINARY = new FuncSig(new int[] {I32, I32}, new int[] {I32});
  static final FuncSig PAIR = new FuncSig(new int[0], new int[] {I32, ValueCode.I64});
  static final FuncSig UNARY = new FuncSig(new int[] {I32}, new int[] {I32});
  static final FuncSig VOID = new FuncSig(new int[0], new int[0]);

  /** The module {@link CalcModule} implements. */
  static ModuleImage calcImage() {
    ModuleImageBuilder b = ModuleImage.builder(CalcModule.class.getName());
    b.type(BINARY);
    b.type(PAIR);
    b.type(UNARY);
    b.type(VOID);
    b.addImport(new Import("host", "double", new ImportDesc.Func(2)));
    b.function(0, 10).function(1, 20).function(2, 30).function(2, 40).function(2, 50);
    b.function(2, 60).function(2, 70).function(2, 80).function(3, 90);
    b.memory(new MemoryType(new Limits(1, 3)));
    b.table(new TableType(ValueCode.FUNCREF, new Limits(4, Limits.NO_MAX)));
    b.global(new dev.teracage.runtime.image.Global(new GlobalType(I32, true), Init.Const.i32(42)));
    b.data(new DataSegment(SegmentMode.ACTIVE, 0, Init.Const.i32(4), new byte[] {1, 2, 0, 0}));
    b.data(new DataSegment(SegmentMode.PASSIVE, 0, null, new byte[] {9}));
    b.element(
        new ElementSegment(
            SegmentMode.ACTIVE,
            0,
            Init.Const.i32(1),
            ValueCode.FUNCREF,
            List.of(new Init.RefFunc(3), new Init.RefNull(Init.FUNC), new Init.RefFunc(1))));
    String[] names = {"add", "pair", "callHost", "load", "grow", "indirect", "recurse", "counter"};
    for (int i = 0; i < names.length; i++) {
      b.export(new Export(names[i], ExternKind.FUNC, i + 1));
    }
    b.export(new Export("trap", ExternKind.FUNC, 9));
    b.export(new Export("double", ExternKind.FUNC, 0));
    b.export(new Export("memory", ExternKind.MEMORY, 0));
    b.export(new Export("table", ExternKind.TABLE, 0));
    b.export(new Export("counter-global", ExternKind.GLOBAL, 0));
    return b.build();
  }

  static int twice(int x, Context caller) {
    return 2 * x;
  }

  static Imports hostImports() throws ReflectiveOperationException {
    MethodHandle twice =
        MethodHandles.lookup()
            .findStatic(
                InstanceTest.class,
                "twice",
                MethodType.methodType(int.class, int.class, Context.class));
    return new Imports().function("host", "double", UNARY, twice);
  }

  static Instance calc() throws ReflectiveOperationException {
    return Instance.instantiate(calcImage(), CalcModule.class, hostImports());
  }

  @Test
  void callsExportsWithPrimitiveHandlesAndRawBits() throws Throwable {
    Instance calc = calc();
    assertEquals(5, (int) calc.function("add").handle().invokeExact(2, 3));
    assertArrayEquals(new long[] {0xFFFFFFFFL}, calc.function("add").call(-2, 1));
    assertArrayEquals(new long[] {7, 8}, calc.function("pair").call());
    assertArrayEquals(new Object[] {7, 8L}, calc.function("pair").apply());
    assertEquals(42, (int) calc.function("callHost").handle().invokeExact(21));
    assertArrayEquals(new long[] {10}, calc.function("double").call(5));
  }

  @Test
  void imageSurvivesWriteAndRead() throws Throwable {
    ModuleImage image = ImageReader.read(ImageWriter.write(calcImage()));
    Instance calc = Instance.instantiate(image, CalcModule.class, hostImports());
    assertArrayEquals(new long[] {0x201}, calc.function("load").call(4));
  }

  @Test
  void dataSegmentsAndMemoryGrowth() throws Throwable {
    Instance calc = calc();
    ExportedFunction load = calc.function("load");
    assertArrayEquals(new long[] {0x201}, load.call(4));
    Memory memory = calc.memory("memory");
    assertEquals(1, memory.pages());
    assertArrayEquals(new long[] {1}, calc.function("grow").call(1));
    assertEquals(2, memory.pages());
    memory.write(65536 + 8, new byte[] {5, 0, 0, 0});
    assertArrayEquals(new long[] {5}, load.call(65536 + 8));
    assertArrayEquals(new long[] {0xFFFFFFFFL}, calc.function("grow").call(2)); // max 3
    TrapException trap = assertThrows(TrapException.class, () -> load.call(3 * 65536));
    assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
  }

  @Test
  void callIndirectChecksElementAndType() throws Throwable {
    Instance calc = calc();
    ExportedFunction indirect = calc.function("indirect");
    assertArrayEquals(new long[] {10}, indirect.call(1)); // callHost(5) = double(5)
    assertTrap(TrapKind.UNINITIALIZED_ELEMENT, () -> indirect.call(2));
    assertTrap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, () -> indirect.call(3));
    assertTrap(TrapKind.UNINITIALIZED_ELEMENT, () -> indirect.call(0));
    assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> indirect.call(4));
    assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> indirect.call(-1));
    Table table = calc.table("table");
    assertEquals(4, table.size());
    assertSame(calc.function("add").funcRef(), table.get(3));
    assertNull(table.get(0));
  }

  @Test
  void deepRecursionTrapsAndTheInstanceStaysUsable() throws Throwable {
    Instance calc = calc();
    assertTrap(TrapKind.CALL_STACK_EXHAUSTED, () -> calc.function("recurse").call(0));
    assertArrayEquals(new long[] {3}, calc.function("add").call(1, 2));
    assertTrap(TrapKind.UNREACHABLE, () -> calc.function("trap").call());
    assertArrayEquals(new long[] {3}, calc.function("add").call(1, 2));
  }

  @Test
  void globalsAreCellsSharedWithTheHost() throws Throwable {
    Instance calc = calc();
    Global counter = calc.global("counter-global");
    assertEquals(42, counter.value());
    assertArrayEquals(new long[] {45}, calc.function("counter").call(3));
    counter.setBits(100);
    assertArrayEquals(new long[] {101}, calc.function("counter").call(1));
  }

  @Test
  void missingAndMistypedImportsAreUnlinkable() throws Throwable {
    UnlinkableException missing =
        assertThrows(
            UnlinkableException.class,
            () -> Instance.instantiate(calcImage(), CalcModule.class, new Imports()));
    assertEquals("unknown import", missing.reason());
    Instance other = calc();
    Imports wrong = new Imports().function("host", "double", other.function("add").funcRef());
    UnlinkableException mistyped =
        assertThrows(
            UnlinkableException.class,
            () -> Instance.instantiate(calcImage(), CalcModule.class, wrong));
    assertEquals("incompatible import type", mistyped.reason());
    Imports notAFunction = new Imports().memory("host", "double", other.memory("memory"));
    assertEquals(
        "incompatible import type",
        assertThrows(
                UnlinkableException.class,
                () -> Instance.instantiate(calcImage(), CalcModule.class, notAFunction))
            .reason());
  }

  @Test
  void hostFunctionHandleMustHaveTheExactType() {
    MethodHandle wrong = MethodHandles.constant(int.class, 1);
    assertThrows(
        IllegalArgumentException.class, () -> new Imports().function("m", "f", UNARY, wrong));
  }

  @Test
  void limitsBelowTheMinimumFailInstantiationAndCapGrowth() throws Throwable {
    assertThrows(
        UninstantiableException.class,
        () ->
            Instance.instantiate(
                calcImage(), CalcModule.class, hostImports(), new InstanceLimits(0, 100)));
    Instance small =
        Instance.instantiate(
            calcImage(), CalcModule.class, hostImports(), new InstanceLimits(2, 100));
    assertArrayEquals(new long[] {1}, small.function("grow").call(1));
    assertArrayEquals(new long[] {0xFFFFFFFFL}, small.function("grow").call(1));
  }

  @Test
  void functionValuesCopyExtraResultsToTheCallersContext() throws Throwable {
    Instance calc = calc();
    FuncRef pair = calc.function("pair").funcRef();
    Context caller =
        new Context(
            java.lang.foreign.MemorySegment.NULL,
            new java.lang.foreign.MemorySegment[0],
            new FuncRef[0],
            2,
            new Object[0],
            null);
    assertEquals(7, (int) pair.handle().invokeExact(caller));
    assertEquals(8L, caller.results[0]);
    assertEquals(PAIR.id(), pair.typeId());
  }

  static void assertTrap(TrapKind kind, org.junit.jupiter.api.function.Executable call) {
    TrapException trap = assertThrows(TrapException.class, call);
    assertEquals(kind, trap.kind());
    String reason = trap.getMessage();
    // Element traps name the index after the spec's message, as the reference interpreter does.
    org.junit.jupiter.api.Assertions.assertTrue(
        reason.equals(kind.message()) || reason.matches(kind.message() + " \\d+"), reason);
  }
}

package dev.teracage.runtime;

import static dev.teracage.runtime.InstanceTest.BINARY;
import static dev.teracage.runtime.InstanceTest.I32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.teracage.runtime.image.DataSegment;
import dev.teracage.runtime.image.ElementSegment;
import dev.teracage.runtime.image.Export;
import dev.teracage.runtime.image.ExternKind;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.GlobalType;
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
import dev.teracage.runtime.trap.TrapKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instances linked through shared memories, tables, globals and functions (spec: linking.wast). */
class LinkingTest {
  private static ModuleImageBuilder user() {
    ModuleImageBuilder b = ModuleImage.builder(UserModule.class.getName());
    int binary = b.type(BINARY);
    int size = b.type(new FuncSig(new int[0], new int[] {I32}));
    int store = b.type(new FuncSig(new int[] {I32, I32}, new int[0]));
    b.addImport(
        new Import("calc", "memory", new ImportDesc.Memory(new MemoryType(new Limits(1, 3)))));
    b.addImport(
        new Import(
            "calc",
            "table",
            new ImportDesc.Table(new TableType(ValueCode.FUNCREF, new Limits(4, Limits.NO_MAX)))));
    b.addImport(
        new Import("calc", "counter-global", new ImportDesc.Global(new GlobalType(I32, true))));
    b.addImport(new Import("calc", "add", new ImportDesc.Func(binary)));
    b.function(size, 1).function(store, 2).function(size, 3).function(binary, 4);
    b.export(new Export("size", ExternKind.FUNC, 1));
    b.export(new Export("store8", ExternKind.FUNC, 2));
    b.export(new Export("counter", ExternKind.FUNC, 3));
    b.export(new Export("addViaImport", ExternKind.FUNC, 4));
    return b;
  }

  private static ElementSegment elem(int offset, int... functions) {
    List<Init> refs = new java.util.ArrayList<>();
    for (int f : functions) {
      refs.add(new Init.RefFunc(f));
    }
    return new ElementSegment(
        SegmentMode.ACTIVE, 0, Init.Const.i32(offset), ValueCode.FUNCREF, refs);
  }

  private static DataSegment data(int offset, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return new DataSegment(SegmentMode.ACTIVE, 0, Init.Const.i32(offset), b);
  }

  @Test
  void importedMemoryGrowsForEveryInstanceAndGlobalsAreShared() throws Throwable {
    Instance calc = InstanceTest.calc();
    Instance user =
        Instance.instantiate(
            user().build(), UserModule.class, new Imports().instance("calc", calc));
    assertArrayEquals(new long[] {1}, user.function("size").call());
    calc.function("grow").call(1);
    assertArrayEquals(new long[] {2}, user.function("size").call());
    user.function("store8").call(65536 + 4, 7);
    assertArrayEquals(new long[] {7}, calc.function("load").call(65536 + 4));
    calc.function("counter").call(8);
    assertArrayEquals(new long[] {50}, user.function("counter").call());
    assertArrayEquals(new long[] {9}, user.function("addViaImport").call(4, 5));
  }

  @Test
  void failedElementSegmentKeepsEarlierWrites() throws Throwable {
    Instance calc = InstanceTest.calc();
    ModuleImage bad = user().element(elem(0, 0)).element(elem(3, 0, 0)).data(data(0, 99)).build();
    InstanceTest.assertTrap(
        TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS,
        () -> Instance.instantiate(bad, UserModule.class, new Imports().instance("calc", calc)));
    Table table = calc.table("table");
    assertSame(calc.function("add").funcRef(), table.get(0)); // user's import 0 is calc's add
    assertNull(table.get(2)); // the null from calc's own segment
    assertArrayEquals(new long[] {0}, calc.function("load").call(0)); // data not applied
  }

  @Test
  void failedDataSegmentKeepsEarlierWrites() throws Throwable {
    Instance calc = InstanceTest.calc();
    ModuleImage bad = user().element(elem(0, 0)).data(data(0, 99)).data(data(65535, 1, 2)).build();
    InstanceTest.assertTrap(
        TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS,
        () -> Instance.instantiate(bad, UserModule.class, new Imports().instance("calc", calc)));
    assertSame(calc.function("add").funcRef(), calc.table("table").get(0));
    assertEquals(99, calc.memory("memory").read(0, 1)[0]);
    assertEquals(0, calc.memory("memory").read(65535, 1)[0]);
  }

  @Test
  void importedFunctionsKeepTheirOwnInstanceAndIdentity() throws Throwable {
    Instance calc = InstanceTest.calc();
    Instance user =
        Instance.instantiate(
            user().element(elem(1, 4)).build(),
            UserModule.class,
            new Imports().instance("calc", calc));
    // user's addViaImport, (i32 i32) -> i32, in calc's table: calc's call_indirect expects
    // (i32) -> i32, so the canonical type check fails across instances too.
    InstanceTest.assertTrap(
        TrapKind.INDIRECT_CALL_TYPE_MISMATCH, () -> calc.function("indirect").call(1));
    assertSame(user.function("addViaImport").funcRef(), calc.table("table").get(1));
  }
}

package dev.teracage.compiler.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.CustomSection;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Names;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.Tag;
import dev.teracage.compiler.model.ValType;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleEncoderTest {
  private static Expr expr(String hex) {
    return new Expr(HexFormat.of().parseHex(hex.replace(" ", "")), -1, null);
  }

  private static Module roundTrip(Module m, ModuleDecoder decoder) {
    byte[] bytes = ModuleEncoder.encode(m);
    Module back = decoder.read(bytes, null);
    assertEquals(m, back);
    assertArrayEquals(bytes, ModuleEncoder.encode(back));
    return back;
  }

  @Test
  void emptyModule() {
    Module m = Module.builder().build();
    assertArrayEquals(HexFormat.of().parseHex("0061736d01000000"), ModuleEncoder.encode(m));
    roundTrip(m, ModuleDecoder.wasm2());
  }

  @Test
  void wasm2Module() {
    Module.Builder b = Module.builder();
    b.types.add(new FuncType(List.of(ValType.I32, ValType.I64), List.of(ValType.F64)));
    b.types.add(new FuncType(List.of(), List.of()));
    b.imports.add(new Import("env", "f", new ImportDesc.Func(1)));
    b.imports.add(
        new Import(
            "env", "t", new ImportDesc.Table(new TableType(ValType.EXTERNREF, Limits.of(1, 9)))));
    b.imports.add(new Import("env", "m", new ImportDesc.Memory(new MemoryType(Limits.of(1, 2)))));
    b.imports.add(
        new Import("env", "g", new ImportDesc.Global(new GlobalType(ValType.V128, false))));
    b.functions.addAll(List.of(0, 1));
    b.tables.add(new Table(new TableType(ValType.FUNCREF, Limits.of(10, Limits.NO_MAX)), null));
    b.globals.add(new Global(new GlobalType(ValType.I32, true), expr("41 80 01 0b")));
    b.exports.add(new Export("run", ExternKind.FUNC, 2));
    b.exports.add(new Export("mem\u00e9", ExternKind.MEMORY, 0));
    b.start = 2;
    Expr zero = expr("41 00 0b");
    List<Expr> funcs = List.of(expr("d2 01 0b"), expr("d2 80 01 0b"));
    b.elements.add(new ElementSegment(SegmentMode.ACTIVE, 0, zero, ValType.FUNCREF, funcs));
    b.elements.add(new ElementSegment(SegmentMode.ACTIVE, 1, zero, ValType.FUNCREF, funcs));
    b.elements.add(new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.FUNCREF, funcs));
    b.elements.add(new ElementSegment(SegmentMode.DECLARATIVE, 0, null, ValType.FUNCREF, funcs));
    List<Expr> mixed = List.of(expr("d2 01 0b"), expr("d0 70 0b"));
    b.elements.add(new ElementSegment(SegmentMode.ACTIVE, 0, zero, ValType.FUNCREF, mixed));
    b.elements.add(
        new ElementSegment(
            SegmentMode.ACTIVE, 0, zero, ValType.EXTERNREF, List.of(expr("d0 6f 0b"))));
    b.elements.add(
        new ElementSegment(
            SegmentMode.PASSIVE, 0, null, ValType.FUNCREF, List.of(expr("d2 80 00 0b"))));
    b.elements.add(new ElementSegment(SegmentMode.DECLARATIVE, 0, null, ValType.FUNCREF, mixed));
    b.dataCount = 3;
    b.codes.add(
        new FunctionBody(
            List.of(new Local(3, ValType.I32), new Local(1, ValType.FUNCREF)),
            expr("20 00 1a 0b")));
    b.codes.add(new FunctionBody(List.of(), expr("fc 09 02 0b")));
    b.data.add(new DataSegment(SegmentMode.ACTIVE, 0, zero, new byte[] {1, 2, 3}));
    b.data.add(new DataSegment(SegmentMode.PASSIVE, 0, null, new byte[0]));
    b.data.add(new DataSegment(SegmentMode.ACTIVE, 1, zero, new byte[] {9}));
    b.customs.add(new CustomSection("first", new byte[] {1}, 0));
    b.customs.add(new CustomSection("after types", new byte[0], 1));
    b.customs.add(new CustomSection("last", new byte[] {2, 3}, 11));
    b.names = new Names("mod", Map.of(0, "f", 2, "run"), Map.of(2, Map.of(0, "x", 1, "y")));
    roundTrip(b.build(), ModuleDecoder.wasm2());
  }

  @Test
  void wasm3Module() {
    Module.Builder b = Module.builder();
    b.types.add(
        new FuncType(List.of(ValType.ref(false, 0)), List.of(ValType.ref(true, ValType.ANY))));
    b.imports.add(new Import("env", "e", new ImportDesc.Tag(0)));
    b.tables.add(
        new Table(
            new TableType(ValType.ref(false, ValType.FUNC), Limits.of(1, 1)), expr("d2 00 0b")));
    b.memories.add(new MemoryType(new Limits(1, 1L << 40, true, false)));
    b.tags.add(new Tag(0));
    b.exports.add(new Export("tag", ExternKind.TAG, 1));
    roundTrip(b.build(), ModuleDecoder.wasm3());
  }

  @Test
  void compactElementFormsAreChosen() {
    Module.Builder b = Module.builder();
    b.elements.add(
        new ElementSegment(
            SegmentMode.ACTIVE, 0, expr("41 00 0b"), ValType.FUNCREF, List.of(expr("d2 05 0b"))));
    byte[] bytes = ModuleEncoder.encode(b.build());
    assertEquals(
        "0061736d01000000" + "0907" + "01" + "00" + "41000b" + "01" + "05",
        HexFormat.of().formatHex(bytes));
  }
}

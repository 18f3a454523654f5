package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Names;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatParserTest {
  private static final ValType I32 = ValType.I32;
  private static final ValType I64 = ValType.I64;

  static Expr expr(String hex) {
    return new Expr(HexFormat.of().parseHex(hex.replace(" ", "")), -1, null);
  }

  private static String body(String wat) {
    Module m = WatParser.parseModule(wat);
    return HexFormat.of().formatHex(m.codes().getLast().body().code());
  }

  private static String hex(String spaced) {
    return spaced.replace(" ", "");
  }

  private static MalformedException error(String wat) {
    return assertThrows(MalformedException.class, () -> WatParser.parseModule(wat));
  }

  @Test
  void typesAndTypeUses() {
    Module m =
        WatParser.parseModule(
            "(module (type $a (func (param i32) (result i64)))"
                + " (func (type $a)) (func (param i32) (result i64)) (func (param f32))"
                + " (func (type $a) (param i32) (result i64)))");
    assertEquals(
        List.of(
            new FuncType(List.of(I32), List.of(I64)),
            new FuncType(List.of(ValType.F32), List.of())),
        m.types());
    assertEquals(List.of(0, 0, 1, 0), m.functions());
  }

  @Test
  void implicitTypesComeAfterExplicitOnesInOrderOfUse() {
    Module m =
        WatParser.parseModule(
            "(func (param i64)) (type (func)) (func (block (param i32) (result i32 i32) unreachable))");
    assertEquals(
        List.of(
            new FuncType(List.of(), List.of()),
            new FuncType(List.of(I64), List.of()),
            new FuncType(List.of(I32), List.of(I32, I32))),
        m.types());
    assertEquals(List.of(1, 0), m.functions());
    assertEquals(expr("02 02 00 0b 0b"), m.codes().get(1).body());
  }

  @Test
  void localsMergeAndNamesAreKept() {
    Module m =
        WatParser.parseModule(
            "(module $m (func $f (param $x i32) (param i64) (local $y i32) (local i32 i32 f64)"
                + " local.get $y local.get $x drop drop))");
    assertEquals(List.of(new Local(3, I32), new Local(1, ValType.F64)), m.codes().get(0).locals());
    assertEquals(expr("20 02 20 00 1a 1a 0b"), m.codes().get(0).body());
    assertEquals(new Names("m", Map.of(0, "f"), Map.of(0, Map.of(0, "x", 2, "y"))), m.names());
  }

  @Test
  void importsExportsAndInlineForms() {
    Module m =
        WatParser.parseModule(
            "(import \"m\" \"f\" (func $imp (param i32)))"
                + " (func $g (export \"a\") (export \"b\") (import \"m\" \"g\"))"
                + " (memory (export \"mem\") 1 2)"
                + " (global $gl (mut i32) (i32.const 7))"
                + " (export \"gl\" (global $gl))"
                + " (table 2 funcref)"
                + " (func (export \"h\") call $g call $imp)");
    FuncType i32ToNone = new FuncType(List.of(I32), List.of());
    FuncType none = new FuncType(List.of(), List.of());
    assertEquals(List.of(i32ToNone, none), m.types());
    assertEquals(
        List.of(
            new Import("m", "f", new ImportDesc.Func(0)),
            new Import("m", "g", new ImportDesc.Func(1))),
        m.imports());
    assertEquals(
        List.of(
            new Export("a", ExternKind.FUNC, 1),
            new Export("b", ExternKind.FUNC, 1),
            new Export("mem", ExternKind.MEMORY, 0),
            new Export("gl", ExternKind.GLOBAL, 0),
            new Export("h", ExternKind.FUNC, 2)),
        m.exports());
    assertEquals(List.of(new MemoryType(Limits.of(1, 2))), m.memories());
    assertEquals(List.of(new Global(new GlobalType(I32, true), expr("41 07 0b"))), m.globals());
    assertEquals(
        new TableType(ValType.FUNCREF, Limits.of(2, Limits.NO_MAX)), m.tables().get(0).type());
    assertEquals(expr("10 01 10 00 0b"), m.codes().get(0).body());
    assertEquals(Map.of(0, "imp", 1, "g"), m.names().functionNames());
  }

  @Test
  void importsMustComeFirst() {
    assertEquals("import after function", error("(func) (import \"\" \"\" (func))").reason());
    assertEquals(
        "import after global",
        error("(global i64 (i64.const 0)) (func (import \"\" \"\"))").reason());
  }

  @Test
  void foldedAndPlainInstructionsEncodeAlike() {
    String folded = body("(func (result i32) (i32.add (i32.const 1) (i32.const 2)))");
    String plain = body("(func (result i32) i32.const 1 i32.const 2 i32.add)");
    assertEquals(hex("41 01 41 02 6a 0b"), folded);
    assertEquals(folded, plain);
  }

  @Test
  void blocksLabelsAndBranches() {
    assertEquals(
        hex("02 40 03 40 41 01 0d 01 0c 00 0b 0b 0b"),
        body("(func (block $out (loop $in (br_if $out (i32.const 1)) (br $in))))"));
    assertEquals(
        hex("02 40 02 40 0c 01 0b 0b 0b"), body("(func block $l block $l br 1 end $l end)"));
    assertEquals(
        hex("02 40 02 40 41 00 0e 02 00 01 00 0b 0b 0b"),
        body("(func (block (block (br_table 0 1 0 (i32.const 0)))))"));
    assertEquals(
        hex("20 00 04 7f 41 01 05 41 02 0b 0b"),
        body(
            "(func (param i32) (result i32)"
                + " (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 2))))"));
    assertEquals(
        hex("20 00 04 7f 41 01 05 41 02 0b 0b"),
        body(
            "(func (param i32) (result i32) local.get 0 if $x (result i32) i32.const 1 else $x"
                + " i32.const 2 end $x)"));
  }

  @Test
  void labelErrors() {
    assertEquals("unknown label $nope", error("(func (br $nope))").reason());
    assertEquals("mismatching label", error("(func block $a end $b)").reason());
    assertEquals("mismatching label", error("(func block end $b)").reason());
  }

  @Test
  void callIndirectMemargAndSelect() {
    assertEquals(
        hex("41 00 11 00 00 0b"),
        body("(type $t (func)) (table 1 funcref) (func (call_indirect (type $t) (i32.const 0)))"));
    assertEquals(
        hex("41 00 28 01 10 1a 41 00 29 03 00 1a 0b"),
        body(
            "(memory 1) (func (drop (i32.load offset=16 align=2 (i32.const 0)))"
                + " (drop (i64.load (i32.const 0))))"));
    assertEquals(
        "alignment must be a power of two",
        error("(memory 1) (func (drop (i32.load align=3 (i32.const 0))))").reason());
    assertEquals(
        hex("41 01 41 02 41 00 1c 01 7f 1a 0b"),
        body("(func (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)) drop)"));
    assertEquals(
        hex("d0 70 d0 6f 1a 1a 0b"), body("(func ref.null func ref.null extern drop drop)"));
  }

  @Test
  void bulkMemoryAndTableOperandOrder() {
    Module m =
        WatParser.parseModule(
            "(memory 1) (data $d \"x\") (table $t 1 funcref) (elem $e func)"
                + " (func (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1))"
                + " (table.init $t $e (i32.const 0) (i32.const 0) (i32.const 0))"
                + " (data.drop $d) (elem.drop $e))");
    assertEquals(
        expr(
            "41 00 41 00 41 01 fc 08 00 00"
                + " 41 00 41 00 41 00 fc 0c 00 00 fc 09 00 fc 0d 00 0b"),
        m.codes().get(0).body());
    assertEquals(1, m.dataCount());
  }

  @Test
  void simdImmediates() {
    assertEquals(
        hex("fd 0c 01000000 02000000 03000000 04000000 fd 16 03 1a 0b"),
        body("(func (drop (i8x16.extract_lane_u 3 (v128.const i32x4 1 2 3 4))))"));
    assertEquals(
        hex("fd 0c 0000c07f 000080ff 00000000 00000080 1a 0b"),
        body("(func (drop (v128.const f32x4 nan -inf 0 -0)))"));
    assertEquals(
        hex("fd 0c ffff 0100 0000 0000 0000 0000 0000 0080 1a 0b"),
        body("(func (drop (v128.const i16x8 -1 1 0 0 0 0 0 0x8000)))"));
    String shuffle =
        body(
            "(func (drop (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31"
                + " (v128.const i64x2 0 0) (v128.const i64x2 0 0))))");
    assertEquals(hex("fd 0d 000102030405060708090a0b0c0d0e1f 1a 0b"), shuffle.substring(72));
    assertEquals(
        hex("41 00 fd 0c 00000000000000000000000000000000 fd 54 00 00 05 1a 0b"),
        body("(memory 1) (func (drop (v128.load8_lane 5 (i32.const 0) (v128.const i64x2 0 0))))"));
    assertEquals(
        "wrong number of lane literals", error("(func (v128.const i32x4 1 2 3) drop)").reason());
    assertEquals(
        "malformed lane index",
        error("(func (i8x16.extract_lane_s 256 (v128.const i64x2 0 0)) drop)").reason());
  }

  @Test
  void elementSegments() {
    Module m =
        WatParser.parseModule(
            "(table $t 2 funcref) (func $f) (func $g)"
                + " (elem (i32.const 0) $f $g)"
                + " (elem $p funcref (ref.func $g) (item ref.null func))"
                + " (elem declare func $f)"
                + " (elem (table $t) (offset (i32.const 1)) func $g)"
                + " (table $u funcref (elem $g $f))");
    var e = m.elements();
    assertEquals(5, e.size());
    assertEquals(dev.teracage.compiler.model.SegmentMode.ACTIVE, e.get(0).mode());
    assertEquals(expr("41 00 0b"), e.get(0).offset());
    assertEquals(List.of(expr("d2 00 0b"), expr("d2 01 0b")), e.get(0).init());
    assertEquals(dev.teracage.compiler.model.SegmentMode.PASSIVE, e.get(1).mode());
    assertEquals(List.of(expr("d2 01 0b"), expr("d0 70 0b")), e.get(1).init());
    assertEquals(dev.teracage.compiler.model.SegmentMode.DECLARATIVE, e.get(2).mode());
    assertEquals(expr("41 01 0b"), e.get(3).offset());
    assertEquals(1, e.get(4).tableIndex());
    assertEquals(List.of(expr("d2 01 0b"), expr("d2 00 0b")), e.get(4).init());
    assertEquals(Limits.of(2, 2), m.tables().get(1).type().limits());
  }

  @Test
  void dataSegments() {
    Module m =
        WatParser.parseModule(
            "(memory $m 1) (data (memory $m) (i32.const 8) \"ab\" \"\\01\")"
                + " (data $p \"xyz\") (memory (data \"hello\"))");
    var d = m.data();
    assertEquals(3, d.size());
    assertEquals(expr("41 08 0b"), d.get(0).offset());
    assertArrayEquals(new byte[] {'a', 'b', 1}, d.get(0).init());
    assertNull(d.get(1).offset());
    assertEquals(1, d.get(2).memoryIndex());
    assertEquals(Limits.of(1, 1), m.memories().get(1).limits());
  }

  @Test
  void duplicatesAndUnknownNames() {
    assertEquals("duplicate func", error("(func $f) (func $f)").reason());
    assertEquals("duplicate local", error("(func (param $x i32) (local $x i32))").reason());
    assertEquals(29, error("(func (param $x i32) (param $x i64))").location().column());
    assertEquals(
        "duplicate global",
        error("(global $g i32 (i32.const 0)) (global $g i32 (i32.const 0))").reason());
    assertEquals("unknown func $nope", error("(func call $nope)").reason());
    assertEquals("unknown local $y", error("(func local.get $y drop)").reason());
    assertEquals("multiple start sections", error("(func $f) (start $f) (start $f)").reason());
    assertEquals(
        "inline function type",
        error("(type $t (func (param i32))) (func (type $t) (param i64))").reason());
  }

  @Test
  void syntaxErrorsAreLocated() {
    MalformedException e = error("(module\n  (func (i32.const 0x1_0000_0000) drop))");
    assertEquals("constant out of range", e.reason());
    assertEquals(2, e.location().line());
    assertEquals(20, e.location().column());
    assertEquals("unknown operator i32.frob", error("(func i32.frob)").reason());
    assertEquals("unexpected token", error("(func (i32.const) drop)").reason());
    assertEquals("unexpected end of input", error("(func").reason());
    MalformedException inside = error("(func $a) (func $b\n nop\n (br $x))");
    assertEquals(1, inside.functionIndex());
    assertEquals("b", inside.location().functionName());
    assertEquals("3:6: func[1] \"b\"", inside.location().toString());
  }

  @Test
  void sourceMapPointsAtInstructions() {
    Module m = WatParser.parseModule("(func\n  i32.const 1\n  (drop\n    (i32.const 2))\n  drop)");
    var map = m.codes().get(0).body().sourceMap();
    // 41 01 | 41 02 | 1a | 1a | 0b
    assertEquals(2, map.line(0));
    assertEquals(3, map.column(0));
    assertEquals(4, map.line(2));
    assertEquals(6, map.column(2));
    assertEquals(3, map.line(4));
    assertEquals(5, map.line(5));
  }

  @Test
  void deepNestingNeedsNoDeepStack() throws InterruptedException {
    int n = 50_000;
    String plain = "(func " + "block ".repeat(n) + "end ".repeat(n) + ")";
    String folded = "(func " + "(block ".repeat(n) + ")".repeat(n) + ")";
    String ops =
        "(func (result i32) " + "(i32.eqz ".repeat(n) + "(i32.const 0)" + ")".repeat(n) + ")";
    int[] lengths = new int[3];
    Thread t =
        new Thread(
            null,
            () -> {
              lengths[0] = WatParser.parseModule(plain).codes().get(0).body().length();
              lengths[1] = WatParser.parseModule(folded).codes().get(0).body().length();
              lengths[2] = WatParser.parseModule(ops).codes().get(0).body().length();
            },
            "small-stack",
            256 * 1024);
    t.start();
    t.join();
    assertEquals(3 * n + 1, lengths[0]);
    assertEquals(3 * n + 1, lengths[1]);
    assertEquals(n + 3, lengths[2]);
  }

  @Test
  void memory64AndTable64() {
    Module m =
        WatParser.parseModule(
            "(memory $a i64 1 0x1_0000_0000_0000) (memory i64 (data \"x\"))"
                + " (table i64 2 funcref) (memory $b 1)"
                + " (func (drop (i32.load $a offset=0x1_0000_0000 (i64.const 0))))");
    assertEquals(new Limits(1, 0x1_0000_0000_0000L, true, false), m.memories().get(0).limits());
    assertEquals(new Limits(1, 1, true, false), m.memories().get(1).limits());
    assertEquals(expr("42 00 0b"), m.data().get(0).offset());
    assertEquals(new Limits(2, Limits.NO_MAX, true, false), m.tables().get(0).type().limits());
    assertEquals(expr("42 00 28 02 80 80 80 80 10 1a 0b"), m.codes().get(0).body());
    assertEquals(
        "i32 constant out of range",
        error("(memory 1) (func (drop (i32.load offset=0x1_0000_0000 (i32.const 0))))").reason());
    Module inline =
        WatParser.parseModule(
            "(memory i64 (data \"a\")) (memory $m 1) (data $d \"b\") (func (data.drop $d))");
    assertEquals(expr("fc 09 01 0b"), inline.codes().get(0).body());
  }

  @Test
  void tagsAndTryTable() {
    Module m =
        WatParser.parseModule(
            "(tag $e (export \"e\") (param i32))"
                + " (func (block $h (result i32)"
                + " (try_table (catch $e $h) (catch_all_ref 0) (throw $e (i32.const 1)))"
                + " (i32.const 0)) drop)");
    assertEquals(List.of(new dev.teracage.compiler.model.Tag(0)), m.tags());
    assertEquals(List.of(new Export("e", ExternKind.TAG, 0)), m.exports());
    assertEquals(
        expr("02 7f 1f 40 02 00 00 00 03 00 41 01 08 00 0b 41 00 0b 1a 0b"),
        m.codes().get(0).body());
  }

  @Test
  void quotedIdentifiersEqualPlainOnes() {
    Module m =
        WatParser.parseModule(
            "(func $\"a b\" (param $\"x\" i32) local.get $x call $\"a b\") (func $f call $\"f\")"
                + " (@\"annotation\" anything $\"here\")");
    assertEquals(expr("20 00 10 00 0b"), m.codes().get(0).body());
    assertEquals(expr("10 01 0b"), m.codes().get(1).body());
    assertEquals(Map.of(0, "a b", 1, "f"), m.names().functionNames());
    assertEquals("duplicate func", error("(func $x) (func $\"x\")").reason());
    assertEquals("empty identifier", error("(func $\"\")").reason());
  }

  @Test
  void wasm3RulesReadWideLimitsAndOffsets() {
    String text = "(memory 0x1_0000_0000) (func (drop (i32.load offset=4294967296 (i32.const 0))))";
    assertEquals("i32 constant out of range", error(text).reason());
    Module m = WatParser.parseModule(text, null, TextRules.WASM_3_0);
    assertEquals(Limits.of(0x1_0000_0000L, Limits.NO_MAX), m.memories().get(0).limits());
    assertEquals(expr("41 00 28 02 80 80 80 80 10 1a 0b"), m.codes().get(0).body());
  }
}

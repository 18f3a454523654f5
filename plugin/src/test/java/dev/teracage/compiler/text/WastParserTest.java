package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.ValType;
import dev.teracage.compiler.text.Command.ActionCommand;
import dev.teracage.compiler.text.Command.AssertExhaustion;
import dev.teracage.compiler.text.Command.AssertInvalid;
import dev.teracage.compiler.text.Command.AssertMalformed;
import dev.teracage.compiler.text.Command.AssertModuleTrap;
import dev.teracage.compiler.text.Command.AssertReturn;
import dev.teracage.compiler.text.Command.AssertTrap;
import dev.teracage.compiler.text.Command.AssertUninstantiable;
import dev.teracage.compiler.text.Command.AssertUnlinkable;
import dev.teracage.compiler.text.Command.ModuleCommand;
import dev.teracage.compiler.text.Command.Register;
import dev.teracage.compiler.text.ScriptModule.Form;
import dev.teracage.compiler.text.ScriptValue.Num;
import dev.teracage.compiler.text.ScriptValue.RefExtern;
import dev.teracage.compiler.text.ScriptValue.RefNull;
import dev.teracage.compiler.text.ScriptValue.Vec;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WastParserTest {
  private static List<Command> parse(String text) {
    return WastParser.parse("test.wast", text).commands();
  }

  private static Command one(String text) {
    List<Command> commands = parse(text);
    assertEquals(1, commands.size(), commands::toString);
    return commands.get(0);
  }

  private static ScriptValue arg(String constant) {
    Action.Invoke invoke =
        (Action.Invoke) ((ActionCommand) one("(invoke \"f\" " + constant + ")")).action();
    assertEquals(1, invoke.args().size());
    return invoke.args().get(0);
  }

  private static Expected result(String pattern) {
    AssertReturn r = (AssertReturn) one("(assert_return (invoke \"f\") " + pattern + ")");
    assertEquals(1, r.expected().size());
    return r.expected().get(0);
  }

  private static MalformedException malformed(String text) {
    return assertThrows(MalformedException.class, () -> parse(text));
  }

  @Test
  void textModuleKeepsItsExactSource() {
    String script =
        ";; comment\n  (module $m\n    (func (export \"f\") (result i32) (i32.const 1)))\n";
    ModuleCommand c = (ModuleCommand) one(script);
    ScriptModule m = c.module();
    assertEquals(2, c.line());
    assertEquals("$m", m.name());
    assertEquals(Form.TEXT, m.form());
    assertEquals("(module $m\n    (func (export \"f\") (result i32) (i32.const 1)))", m.text());
    assertNull(m.binary());
    assertEquals(2, m.line());
    assertEquals(3, m.column());
  }

  @Test
  void textModuleSpanSkipsParenthesesInStringsAndComments() {
    String module = "(module (func (export \")(\")) ;; )\n (; ) (; ) ;) ;) (memory 1))";
    ModuleCommand c = (ModuleCommand) one(module);
    assertEquals(module, c.module().text());
    assertNull(c.module().name());
  }

  @Test
  void binaryModuleConcatenatesStrings() {
    ModuleCommand c = (ModuleCommand) one("(module $b binary \"\\00asm\" \"\\01\\00\\00\\00\")");
    ScriptModule m = c.module();
    assertEquals("$b", m.name());
    assertEquals(Form.BINARY, m.form());
    assertNull(m.text());
    assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, m.binary());
  }

  @Test
  void quoteModuleIsWrappedUnlessItIsAModuleAlready() {
    ScriptModule fields =
        ((ModuleCommand) one("(module quote \"(func)\" \" (memory 1)\")")).module();
    assertEquals(Form.QUOTE, fields.form());
    assertEquals("(module (func) (memory 1)\n)", fields.text());
    ScriptModule whole =
        ((ModuleCommand) one("(module $q quote \" ;; x\\n(module (func))\")")).module();
    assertEquals("$q", whole.name());
    assertEquals(" ;; x\n(module (func))", whole.text());
  }

  @Test
  void quoteModuleTextMustBeUtf8() {
    MalformedException e = malformed("(module quote\n  \"(func)\" \"\\80\")");
    assertEquals("malformed UTF-8 encoding", e.reason());
    assertEquals(2, e.location().line());
    assertEquals(3, e.location().column());
  }

  @Test
  void quoteModuleKeepsLexicallyBadTextForTheHarness() {
    ScriptModule m = ((ModuleCommand) one("(module quote \"(func \\\"\")")).module();
    assertEquals("(module (func \"\n)", m.text());
  }

  @Test
  void inlineModuleScriptIsOneModule() {
    ModuleCommand c = (ModuleCommand) one("(func) (memory 0) (func (export \"f\"))\n");
    assertEquals(Form.TEXT, c.module().form());
    assertEquals("(module (func) (memory 0) (func (export \"f\"))\n\n)", c.module().text());
    assertEquals(1, c.line());
  }

  @Test
  void registerWithAndWithoutModule() {
    List<Command> commands = parse("(register \"test\")\n(register \"m\" $m)");
    assertEquals(new Register(1, "test", null), commands.get(0));
    assertEquals(new Register(2, "m", "$m"), commands.get(1));
  }

  @Test
  void invokeAndGet() {
    List<Command> commands =
        parse("(invoke \"f\" (i32.const 1) (i64.const -2))\n(invoke $m \"g\")\n(get $m \"x\")\n");
    assertEquals(
        new ActionCommand(
            1,
            new Action.Invoke(
                null, "f", List.of(new Num(ValType.I32, 1), new Num(ValType.I64, -2)))),
        commands.get(0));
    assertEquals(new ActionCommand(2, new Action.Invoke("$m", "g", List.of())), commands.get(1));
    assertEquals(new ActionCommand(3, new Action.Get("$m", "x")), commands.get(2));
  }

  @Test
  void namesAreUtf8() {
    Action.Get get =
        (Action.Get) ((ActionCommand) one("(get \"\\e2\\82\\ac\\u{1F600}\")")).action();
    assertEquals("\u20ac\uD83D\uDE00", get.field());
    assertEquals("malformed UTF-8 encoding", malformed("(get \"\\80\")").reason());
  }

  @Test
  void integerArguments() {
    assertEquals(new Num(ValType.I32, 0xFFFFFFFFL), arg("(i32.const -1)"));
    assertEquals(new Num(ValType.I32, 0x80000000L), arg("(i32.const 0x8000_0000)"));
    assertEquals(new Num(ValType.I64, Long.MIN_VALUE), arg("(i64.const -0x8000000000000000)"));
    assertEquals(new Num(ValType.I64, -1), arg("(i64.const 18446744073709551615)"));
  }

  @Test
  void floatArguments() {
    assertEquals(new Num(ValType.F32, Float.floatToRawIntBits(1.5f)), arg("(f32.const 1.5)"));
    assertEquals(new Num(ValType.F32, 0x7fc00000L), arg("(f32.const nan)"));
    assertEquals(new Num(ValType.F32, 0xffc00000L), arg("(f32.const -nan)"));
    assertEquals(new Num(ValType.F32, 0x7fa00000L), arg("(f32.const nan:0x200000)"));
    assertEquals(new Num(ValType.F32, 0xff800000L), arg("(f32.const -inf)"));
    assertEquals(
        new Num(ValType.F64, Double.doubleToRawLongBits(-0.0)), arg("(f64.const -0x0p+0)"));
    assertEquals(new Num(ValType.F64, 0x7ff0000000000001L), arg("(f64.const +nan:0x1)"));
    assertEquals(new Num(ValType.F64, 0x3ff8000000000000L), arg("(f64.const 0x1.8p0)"));
  }

  @Test
  void referenceArguments() {
    assertEquals(new RefNull(ValType.FUNC), arg("(ref.null func)"));
    assertEquals(new RefNull(ValType.EXTERN), arg("(ref.null extern)"));
    assertEquals(new RefExtern(7), arg("(ref.extern 7)"));
  }

  @Test
  void vectorArgumentsInEveryShape() {
    assertEquals(
        new Vec(0x0706050403020100L, 0x0f0e0d0c0b0a0908L),
        arg("(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)"));
    assertEquals(
        new Vec(0x80ff_0000_0000_00ffL, -1L),
        arg("(v128.const i8x16 -1 0 0 0 0 0 0xff -128 -1 -1 -1 -1 -1 -1 -1 255)"));
    assertEquals(
        new Vec(0x0004_0003_0002_0001L, 0xffff_8000_0006_0005L),
        arg("(v128.const i16x8 1 2 3 4 5 6 -32768 65535)"));
    assertEquals(
        new Vec(0x0000_0002_ffff_ffffL, 0x8000_0000_0000_0004L),
        arg("(v128.const i32x4 -1 2 4 0x8000_0000)"));
    assertEquals(new Vec(Long.MIN_VALUE, 1), arg("(v128.const i64x2 0x8000000000000000 1)"));
    assertEquals(
        new Vec(0x4000_0000_3f80_0000L, 0xff80_0000_7fc0_0000L),
        arg("(v128.const f32x4 1.0 2 nan -inf)"));
    assertEquals(
        new Vec(0x3ff0_0000_0000_0000L, 0x7ff0_0000_0000_0001L),
        arg("(v128.const f64x2 1 nan:0x1)"));
  }

  @Test
  void vectorLaneErrors() {
    assertEquals(
        "constant out of range",
        malformed("(invoke \"f\" (v128.const i8x16 256 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))").reason());
    assertEquals(
        "constant out of range",
        malformed("(invoke \"f\" (v128.const i16x8 -32769 0 0 0 0 0 0 0))").reason());
    malformed("(invoke \"f\" (v128.const i32x4 1 2 3))");
    malformed("(invoke \"f\" (v128.const i32x4 1 2 3 4 5))");
    malformed("(invoke \"f\" (v128.const i7x16 1))");
  }

  @Test
  void exactResults() {
    assertEquals(new Expected.Exact(new Num(ValType.I32, 42)), result("(i32.const 42)"));
    assertEquals(new Expected.Exact(new Num(ValType.I64, -1)), result("(i64.const -1)"));
    assertEquals(new Expected.Exact(new Num(ValType.F32, 0xffc00000L)), result("(f32.const -nan)"));
    assertEquals(
        new Expected.Exact(new Num(ValType.F64, 0x7ff4000000000000L)),
        result("(f64.const nan:0x4000000000000)"));
    assertEquals(new Expected.Exact(new RefNull(ValType.FUNC)), result("(ref.null func)"));
    assertEquals(new Expected.Exact(new RefExtern(1)), result("(ref.extern 1)"));
    assertEquals(new Expected.Exact(new Vec(1, 2)), result("(v128.const i64x2 1 2)"));
  }

  @Test
  void nanAndReferencePatterns() {
    assertEquals(new Expected.CanonicalNan(ValType.F32), result("(f32.const nan:canonical)"));
    assertEquals(new Expected.ArithmeticNan(ValType.F64), result("(f64.const nan:arithmetic)"));
    assertEquals(new Expected.AnyFuncRef(), result("(ref.func)"));
    assertEquals(new Expected.AnyExternRef(), result("(ref.extern)"));
    malformed("(assert_return (invoke \"f\") (i32.const nan:canonical))");
  }

  @Test
  void vectorLanePatterns() {
    assertEquals(
        new Expected.Lanes(
            "f32x4",
            List.of(
                new Expected.CanonicalNan(ValType.F32),
                new Expected.Exact(new Num(ValType.F32, 0x3f800000L)),
                new Expected.ArithmeticNan(ValType.F32),
                new Expected.Exact(new Num(ValType.F32, 0x7fc00000L)))),
        result("(v128.const f32x4 nan:canonical 1 nan:arithmetic nan)"));
    assertEquals(
        new Expected.Lanes(
            "f64x2",
            List.of(
                new Expected.Exact(new Num(ValType.F64, 0L)),
                new Expected.ArithmeticNan(ValType.F64))),
        result("(v128.const f64x2 0 nan:arithmetic)"));
    malformed("(assert_return (invoke \"f\") (v128.const i32x4 nan:canonical 0 0 0))");
  }

  @Test
  void eitherAndMultipleResults() {
    assertEquals(
        new Expected.Either(
            List.of(
                new Expected.Exact(new Num(ValType.I32, 1)),
                new Expected.CanonicalNan(ValType.F32))),
        result("(either (i32.const 1) (f32.const nan:canonical))"));
    AssertReturn r = (AssertReturn) one("(assert_return (get \"g\") (i32.const 1) (i64.const 2))");
    assertEquals(new Action.Get(null, "g"), r.action());
    assertEquals(2, r.expected().size());
    assertEquals(List.of(), ((AssertReturn) one("(assert_return (invoke \"f\"))")).expected());
  }

  @Test
  void trapsAndExhaustion() {
    List<Command> commands =
        parse(
            "(assert_trap (invoke \"f\" (i32.const 0)) \"integer divide by zero\")\n"
                + "(assert_trap (module (func $s unreachable) (start $s)) \"unreachable\")\n"
                + "(assert_exhaustion (invoke $m \"r\") \"call stack exhausted\")");
    AssertTrap trap = (AssertTrap) commands.get(0);
    assertEquals("integer divide by zero", trap.message());
    assertEquals(1, trap.line());
    AssertModuleTrap moduleTrap = (AssertModuleTrap) commands.get(1);
    assertEquals("(module (func $s unreachable) (start $s))", moduleTrap.module().text());
    assertEquals(2, moduleTrap.module().line());
    assertEquals(14, moduleTrap.module().column());
    assertEquals("unreachable", moduleTrap.message());
    AssertExhaustion exhaustion = (AssertExhaustion) commands.get(2);
    assertEquals(new Action.Invoke("$m", "r", List.of()), exhaustion.action());
    assertEquals("call stack exhausted", exhaustion.message());
  }

  @Test
  void moduleAssertions() {
    List<Command> commands =
        parse(
            "(assert_malformed\n  (module quote \"(func\" \")x\")\n  \"unexpected token\"\n)\n"
                + "(assert_invalid (module (func (result i32))) \"type mismatch\")\n"
                + "(assert_unlinkable (module (import \"a\" \"b\" (func))) \"unknown import\")\n"
                + "(assert_uninstantiable (module binary \"\\00asm\") \"out of bounds\")");
    AssertMalformed m = (AssertMalformed) commands.get(0);
    assertEquals(1, m.line());
    assertEquals("(module (func)x\n)", m.module().text());
    assertEquals(2, m.module().line());
    assertEquals(3, m.module().column());
    assertEquals("unexpected token", m.message());
    AssertInvalid i = (AssertInvalid) commands.get(1);
    assertEquals(5, i.line());
    assertEquals("(module (func (result i32)))", i.module().text());
    assertEquals("type mismatch", i.message());
    AssertUnlinkable u = (AssertUnlinkable) commands.get(2);
    assertEquals("unknown import", u.message());
    AssertUninstantiable n = (AssertUninstantiable) commands.get(3);
    assertEquals(Form.BINARY, n.module().form());
    assertEquals("out of bounds", n.message());
  }

  @Test
  void errorsSayWhere() {
    MalformedException e = malformed("(module)\n  (assert_bogus (invoke \"f\"))");
    assertEquals(2, e.location().line());
    assertEquals(4, e.location().column());
    assertEquals("unknown operator assert_bogus", e.reason());
    assertEquals("test.wast", e.location().source());
    assertEquals("unexpected end of input", malformed("(module (func)").reason());
    assertEquals("unexpected end of input", malformed("(assert_return (invoke \"f\")").reason());
    malformed("(invoke \"f\" (i32.const 1.5))");
    malformed("(invoke \"f\" (i32.const 0x1_0000_0000))");
    malformed("(invoke \"f\" (i32.add))");
    malformed("(invoke f)");
    malformed("(register)");
    malformed("(assert_trap (invoke \"f\"))");
    malformed("(assert_return (module) (i32.const 1))");
    malformed("(assert_malformed (invoke \"f\") \"x\")");
    malformed("(module binary \"\\0g\")");
    malformed("(module quote (func))");
    malformed(")");
    malformed("module");
    malformed("(ref.null func)");
    malformed("(invoke \"f\" (ref.null cont))");
    malformed("(assert_return (invoke \"f\") (ref.func 1))");
    malformed("(assert_return (invoke \"f\") (either))");
    malformed("(assert_return (invoke \"f\") (either (either (i32.const 1))))");
    malformed("(invoke \"f\" (either (i32.const 1)))");
  }

  @Test
  void emptyScriptHasNoCommands() {
    assertEquals(List.of(), parse(" ;; nothing\n(; here ;)\n"));
    assertInstanceOf(Script.class, WastParser.parse("x", ""));
  }

  @Test
  void moduleDefinitionsAndInstances() {
    List<Command> commands =
        parse(
            "(module definition $M (memory 1))\n(module instance $I $M)\n(module instance)\n"
                + "(module definition binary \"\\00asm\")");
    ScriptModule defined = ((Command.ModuleDefinition) commands.get(0)).module();
    assertEquals("$M", defined.name());
    assertEquals("(module            $M (memory 1))", defined.text());
    assertEquals(new Command.ModuleInstance(2, "$I", "$M"), commands.get(1));
    assertEquals(new Command.ModuleInstance(3, null, null), commands.get(2));
    ScriptModule binary = ((Command.ModuleDefinition) commands.get(3)).module();
    assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, binary.binary());
  }

  @Test
  void exceptionAndCustomAssertions() {
    List<Command> commands =
        parse(
            "(assert_exception (invoke \"t\" (i32.const 1)))\n"
                + "(assert_malformed_custom (module quote \"(@custom)\") \"missing\")\n"
                + "(assert_invalid_custom (module) \"bad\")");
    assertEquals(
        new Command.AssertException(
            1, new Action.Invoke(null, "t", List.of(new Num(ValType.I32, 1)))),
        commands.get(0));
    assertEquals("missing", ((Command.AssertMalformedCustom) commands.get(1)).message());
    assertEquals("(module)", ((Command.AssertInvalidCustom) commands.get(2)).module().text());
  }

  @Test
  void referencePatternsOfTypedReferences() {
    assertEquals(new Expected.AnyNull(), result("(ref.null)"));
    assertEquals(new Expected.Exact(new RefNull(ValType.NONE)), result("(ref.null none)"));
    assertEquals(new Expected.AnyRef(ValType.I31), result("(ref.i31)"));
    assertEquals(new Expected.AnyRef(ValType.STRUCT), result("(ref.struct)"));
    assertEquals(new Expected.AnyRef(ValType.ARRAY), result("(ref.array)"));
    assertEquals(new Expected.AnyRef(ValType.EQ), result("(ref.eq)"));
    assertEquals(new Expected.AnyRef(ValType.ANY), result("(ref.any)"));
    assertEquals(new Expected.AnyRef(ValType.EXN), result("(ref.exn)"));
    assertEquals(new Expected.Exact(new ScriptValue.RefHost(2)), result("(ref.host 2)"));
    assertEquals(new ScriptValue.RefHost(3), arg("(ref.host 3)"));
    malformed("(invoke \"f\" (ref.null))");
    malformed("(invoke \"f\" (ref.i31))");
    malformed("(invoke \"f\" (ref.extern -1))");
  }

  private static final String SEED =
      "(module $m (func (export \"f\") (param i32) (result i32) local.get 0))\n"
          + "(module binary \"\\00asm\" \"\\01\\00\\00\\00\")\n"
          + "(module quote \"(func)\")\n(register \"m\" $m)\n"
          + "(assert_return (invoke $m \"f\" (i32.const 0x10) (i64.const -1)) (i32.const 16))\n"
          + "(assert_return (invoke \"g\" (f32.const -0x1.8p-3) (f64.const nan:0x4))\n"
          + "  (f32.const nan:canonical) (f64.const nan:arithmetic) (either (ref.func) (ref.null)))\n"
          + "(assert_return (invoke \"v\" (v128.const i16x8 1 2 3 4 5 6 7 -8))\n"
          + "  (v128.const f32x4 nan:canonical 1e3 inf -0) (ref.extern 1) (ref.extern))\n"
          + "(assert_trap (module (start 0)) \"unreachable\") ;; comment\n"
          + "(; block ;) (assert_malformed (module quote \"x\") \"unexpected token\")\n"
          + "(get \"g\") (assert_exhaustion (invoke \"r\") \"call stack exhausted\")\n";

  @Test
  void seedParses() {
    assertEquals(11, parse(SEED).size());
  }

  /** Mutated scripts either parse or fail as malformed: never another exception. */
  @Test
  void mutatedScriptsFailOnlyAsMalformed() {
    Random random = new Random(42);
    String alphabet = "()\"\\;$:.-+_0123456789abcdefxpinu{} \n\u00e9\ud83d\ude00";
    int malformed = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder(SEED);
      for (int edits = 1 + random.nextInt(3); edits > 0 && !sb.isEmpty(); edits--) {
        int at = random.nextInt(sb.length());
        switch (random.nextInt(4)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 2 -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> sb.setLength(at);
        }
      }
      try {
        WastParser.parse("fuzz.wast", sb.toString());
      } catch (MalformedException e) {
        malformed++;
        assertTrue(e.location().line() >= 1, e::toString);
      }
    }
    assertTrue(malformed > 1_000, "only " + malformed + " mutants were malformed");
  }
}

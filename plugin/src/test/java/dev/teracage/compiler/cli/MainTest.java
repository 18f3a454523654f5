package dev.teracage.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.TestModules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content).toString();
  }

  @Test
  void validBinaryPrintsSummaryAndExitsZero() throws IOException {
    String add = file("add.wasm", TestModules.ADD);
    assertEquals(0, run("validate", add));
    assertEquals(add + ": valid, 1 type, 1 function, 1 memory, 1 export\n", out());
    assertEquals("", err());
  }

  @Test
  void validTextPrintsSummary() throws IOException {
    String wat =
        """
        (module
          (import "env" "log" (func $log (param i32)))
          (memory 1)
          (func (export "add") (param i32 i32) (result i32)
            (i32.add (local.get 0) (local.get 1))))
        """;
    String add = file("add.wat", wat.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, run("validate", add));
    assertEquals(
        add + ": valid, 2 types, 1 import, 1 function, 1 memory, 1 export\n", out(), err());
  }

  @Test
  void invalidTextNamesFileLineAndColumn() throws IOException {
    String bad = file("bad.wat", "(module\n  (func (result i32)\n    (i64.const 1)))\n".getBytes());
    assertEquals(1, run("validate", bad));
    assertEquals("", out());
    assertTrue(err().startsWith(bad + ":"), err());
    assertTrue(err().strip().endsWith(": type mismatch"), err());
  }

  @Test
  void invalidBinaryPrintsErrorAndExitsOne() throws IOException {
    String bad = file("bad.wasm", TestModules.TYPE_MISMATCH);
    assertEquals(1, run("validate", bad));
    assertEquals("", out());
    assertTrue(err().startsWith(bad + ": func[0]"), err());
    assertTrue(err().strip().endsWith(": type mismatch"), err());
  }

  @Test
  void malformedBinaryPrintsErrorWithOffset() throws IOException {
    String bad = file("short.wasm", TestModules.TRUNCATED);
    assertEquals(1, run("validate", bad));
    assertTrue(err().startsWith(bad + " at offset 0x"), err());
    assertTrue(err().strip().endsWith("unexpected end"), err());
  }

  @Test
  void oneLinePerFileAndOneFailureFailsTheRun() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.add(file("a.wasm", TestModules.ADD));
    args.add(file("b.wasm", TestModules.TYPE_MISMATCH));
    args.add(file("c.wasm", TestModules.ADD));
    assertEquals(1, run(args.toArray(String[]::new)));
    assertEquals(2, out().lines().count());
    assertEquals(1, err().lines().count());
  }

  @Test
  void missingFileFails() {
    String missing = dir.resolve("missing.wasm").toString();
    assertEquals(1, run("validate", missing));
    assertEquals(missing + ": no such file\n", err());
  }

  @Test
  void usageErrorsExitTwoWithUsage() {
    assertEquals(2, run());
    assertTrue(err().contains("usage: java -jar"), err());
    err.reset();
    assertEquals(2, run("compile", "x.wasm"));
    assertTrue(err().startsWith("error: unknown command: compile"), err());
    err.reset();
    assertEquals(2, run("validate"));
    assertTrue(err().contains("at least one FILE"), err());
    assertEquals("", out());
  }

  @Test
  void helpGoesToStandardOutput() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("usage: "), out());
    assertEquals("", err());
  }

  @Test
  void theSampleOfTheQuickStartIsValid() {
    Path sample = Path.of("..", "it", "samples", "hello.wat");
    assertEquals(0, run("validate", sample.toString()), err());
    assertTrue(out().startsWith(sample + ": valid, "), out());
  }

  private static final String CALC =
      """
      (module
        (func (export "add64") (param i64 i64) (result i64)
          (i64.add (local.get 0) (local.get 1)))
        (func (export "div") (param i32 i32) (result i32)
          (i32.div_s (local.get 0) (local.get 1)))
        (func (export "pair") (param f64) (result f64 i32)
          (local.get 0) (i32.const 7)))
      """;

  @Test
  void runCompilesInstantiatesAndCalls() throws IOException {
    String calc = file("calc.wat", CALC.getBytes());
    assertEquals(0, run("run", calc, "add64", "40", "0x2"));
    assertEquals("42\n", out());
    assertEquals("", err());
  }

  @Test
  void runPrintsEveryResult() throws IOException {
    String calc = file("calc.wat", CALC.getBytes());
    assertEquals(0, run("run", calc, "pair", "1.5"));
    assertEquals("1.5 7\n", out());
  }

  @Test
  void runReportsTrapsWithTheSpecMessage() throws IOException {
    String calc = file("calc.wat", CALC.getBytes());
    assertEquals(1, run("run", calc, "div", "1", "0"));
    assertEquals("", out());
    assertTrue(err().contains("trap: integer divide by zero"), err());
    assertTrue(err().contains("wasm stack:") && err().contains("func[1]"), err());
  }

  @Test
  void runRejectsWrongArgumentsAndUnknownExports() throws IOException {
    String calc = file("calc.wat", CALC.getBytes());
    assertEquals(1, run("run", calc, "div", "1"));
    assertTrue(err().contains("div takes 2 arguments"), err());
    assertEquals(1, run("run", calc, "div", "x", "1"));
    assertTrue(err().contains("not a i32 value: x"), err());
    assertEquals(1, run("run", calc, "nope"));
    assertTrue(err().contains("nope"), err());
    assertEquals(2, run("run", calc));
  }

  @Test
  void runSampleComputesFibonacci() {
    assertEquals(0, run("run", "../it/samples/fib.wat", "fib", "30"));
    assertEquals("832040\n", out());
  }
}

package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.CompileOptions;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.Initialization;
import dev.teracage.compiler.InitializerException;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pre-initialization: the initializer's work is in the image; unallowed imports fail the build. */
class PreInitializationTest {
  /** The initializer fills 400 KB of squares and a funcref table, then marks itself done. */
  static final String SQUARES =
      """
      (module
        (import "env" "now" (func $now (result i64)))
        (memory (export "mem") 8)
        (table 4 funcref)
        (global $ready (export "ready") (mut i32) (i32.const 0))
        (global $stamp (mut i64) (i64.const 0))
        (type $op (func (param i32) (result i32)))
        (func $inc (type $op) (i32.add (local.get 0) (i32.const 1)))
        (func $neg (type $op) (i32.sub (i32.const 0) (local.get 0)))
        (elem declare func $inc $neg)
        (func (export "init") (local $i i32)
          (loop $l
            (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.mul (local.get $i) (local.get $i)))
            (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                                (i32.const 100000))))
          (table.set (i32.const 1) (ref.func $inc))
          (table.set (i32.const 3) (ref.func $neg))
          (global.set $ready (i32.add (global.get $ready) (i32.const 1))))
        (func (export "initWithClock")
          (global.set $stamp (call $now))
          (global.set $ready (i32.const 7)))
        (func (export "stamp") (result i64) (global.get $stamp))
        (func (export "square") (param i32) (result i32) (i32.load (i32.shl (local.get 0) (i32.const 2))))
        (func (export "apply") (param i32 i32) (result i32)
          (call_indirect (type $op) (local.get 1) (local.get 0))))
      """;

  private static Pipeline.Compiled compile(CompileOptions options) {
    String name = "wasm.preinit.M" + System.nanoTime();
    Compilation c = Compiler.compile(WatParser.parseModule(SQUARES), name, options);
    ModuleImage image = Pipeline.load(c.image());
    return new Pipeline.Compiled(image, new Pipeline.Loader().define(name, c.classBytes()), c);
  }

  static long now(Context caller) {
    return 1_234_567L;
  }

  private static Imports clock() throws ReflectiveOperationException {
    return new Imports()
        .function(
            "env",
            "now",
            new FuncSig(new int[0], new int[] {ValueCode.I64}),
            MethodHandles.lookup()
                .findStatic(
                    PreInitializationTest.class,
                    "now",
                    MethodType.methodType(long.class, Context.class)));
  }

  @Test
  void theInitializersStateIsInTheImage() throws Exception {
    Pipeline.Compiled c =
        compile(CompileOptions.DEFAULT.withInitialization(Initialization.of("init")));
    assertEquals(List.of(), c.image().state().orElseThrow().pending());
    assertTrue(c.image().state().orElseThrow().storedBytes() > 390_000);
    Instance i = c.instantiate(clock());
    assertEquals(1, i.global("ready").value(), "initialized once, at build time");
    assertArrayEquals(
        new long[] {99_999L * 99_999L & 0xFFFFFFFFL}, i.function("square").call(99_999));
    assertArrayEquals(new long[] {6}, i.function("apply").call(1, 5));
    assertArrayEquals(new long[] {-5 & 0xFFFFFFFFL}, i.function("apply").call(3, 5));
  }

  @Test
  void callingAnImportThatIsNotAllowedFailsNamingIt() {
    InitializerException e =
        assertThrows(
            InitializerException.class,
            () ->
                compile(
                    CompileOptions.DEFAULT.withInitialization(Initialization.of("initWithClock"))));
    assertTrue(e.getMessage().contains("called import \"env\".\"now\""), e::getMessage);
  }

  @Test
  void anAllowedImportIsCalledAtBuildTimeAndItsValueKept() throws Exception {
    Pipeline.Compiled c =
        compile(
            CompileOptions.DEFAULT.withInitialization(
                new Initialization("initWithClock", clock())));
    Instance i = c.instantiate(clock());
    assertArrayEquals(new long[] {1_234_567L}, i.function("stamp").call());
    assertEquals(7, i.global("ready").value());
  }

  @Test
  void aMissingOrMistypedInitializerFailsTheBuild() {
    InitializerException e =
        assertThrows(
            InitializerException.class,
            () -> compile(CompileOptions.DEFAULT.withInitialization(Initialization.of("nope"))));
    assertTrue(e.getMessage().contains("nope"), e::getMessage);
    e =
        assertThrows(
            InitializerException.class,
            () -> compile(CompileOptions.DEFAULT.withInitialization(Initialization.of("square"))));
    assertTrue(e.getMessage().contains("must take and return nothing"), e::getMessage);
  }
}

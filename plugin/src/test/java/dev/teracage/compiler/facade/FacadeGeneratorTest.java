package dev.teracage.compiler.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.model.Module;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacadeGeneratorTest {
  static final String HELLO =
      """
      (module
        (import "env" "print" (func $print (param $address i32) (param $length i32)))
        (memory (export "memory") 1)
        (data (i32.const 16) "Hello!")
        (global $count (export "count") (mut i32) (i32.const 0))
        (func (export "hello") (result i32)
          (call $print (i32.const 16) (i32.const 6))
          (global.set $count (i32.add (global.get $count) (i32.const 1)))
          (global.get $count))
        (func (export "add") (param $a i32) (param $b i32) (result i32)
          (i32.add (local.get $a) (local.get $b))))
      """;

  @TempDir Path dir;

  static FacadeSpec spec(String pkg, String name) {
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    return new FacadeSpec(pkg, name, prefix + name + "Wasm", null, -1, name.toLowerCase() + ".wat");
  }

  @Test
  void typedExportsAndAnImportInterface() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    String facade = build.module(HELLO, spec("demo", "Hello"));
    build.source(
        "demo/Driver.java",
        """
        package demo;

        public final class Driver {
          private Driver() {}

          public static String run() {
            StringBuilder log = new StringBuilder();
            Hello[] self = new Hello[1];
            self[0] =
                Hello.load(
                    (address, length) ->
                        log.append(new String(self[0].memory().read(address, length),
                            java.nio.charset.StandardCharsets.UTF_8)).append(' '));
            int first = self[0].hello();
            int second = self[0].hello();
            return log + "" + first + second + " " + self[0].add(40, 2) + " "
                + self[0].count().bits();
          }
        }
        """);
    ClassLoader loader = build.compile();
    assertEquals("Hello! Hello! 12 42 2", GeneratedSources.run(loader, "demo.Driver"));
    assertTrue(facade.contains("public int add(int a, int b)"), facade);
    assertTrue(facade.contains("void print(int p0, int p1);"), facade);
    assertTrue(
        facade.contains("WebAssembly type: {@code (func (param i32 i32) (result i32))}"), facade);
    assertTrue(facade.contains("Calls the exported function {@code \"add\"}."), facade);
    assertTrue(facade.contains("public dev.teracage.runtime.Memory memory()"), facade);
    assertTrue(facade.contains("public dev.teracage.runtime.Global count()"), facade);
  }

  @Test
  void everyNumberTypeAndSeveralResultsBothWays() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    build.module(
        """
        (module
          (import "host" "split" (func $split (param i64) (result i32 f32 f64)))
          (import "host" "ref" (func $ref (param externref) (result externref i32)))
          (func (export "mix") (param i32 i64 f32 f64) (result f64)
            (f64.add
              (f64.add (f64.convert_i32_s (local.get 0)) (f64.convert_i64_s (local.get 1)))
              (f64.add (f64.promote_f32 (local.get 2)) (local.get 3))))
          (func (export "swap") (param i64 f32) (result f32 i64)
            (local.get 1) (local.get 0))
          (func (export "viaHost") (param i64) (result i32 f32 f64)
            (call $split (local.get 0)))
          (func (export "echo") (param externref) (result externref i32)
            (call $ref (local.get 0)))
          (func (export "late") (param externref) (result i32 externref)
            (i32.const 3) (local.get 0)))
        """,
        spec("num", "Num"));
    build.source(
        "num/Driver.java",
        """
        package num;

        public final class Driver {
          private Driver() {}

          public static String run() {
            Num n = Num.load(new Num.Host() {
              @Override
              public Num.HostSplitResults split(long v) {
                return new Num.HostSplitResults((int) v, v / 2f, v / 4.0);
              }

              @Override
              public Num.HostRefResults ref(Object o) {
                return new Num.HostRefResults("<" + o + ">", 7);
              }
            });
            Num.SwapResults s = n.swap(5L, 1.5f);
            Num.ViaHostResults h = n.viaHost(10L);
            Num.EchoResults e = n.echo("x");
            Num.LateResults l = n.late(e);
            return n.mix(1, 2L, 0.5f, 0.25) + " " + s.r0() + " " + s.r1() + " "
                + h.r0() + " " + h.r1() + " " + h.r2() + " " + e + " " + l.r0() + " "
                + (l.r1() == e);
          }
        }
        """);
    ClassLoader loader = build.compile();
    assertEquals(
        "3.75 1.5 5 10 5.0 2.5 EchoResults[r0=<x>, r1=7] 3 true",
        GeneratedSources.run(loader, "num.Driver"));
  }

  @Test
  void v128ValuesAreV128BothWays() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    build.module(
        """
        (module
          (import "host" "twice" (func $twice (param v128) (result v128 i32)))
          (func (export "add") (param v128 v128) (result v128)
            (i32x4.add (local.get 0) (local.get 1)))
          (func (export "viaHost") (param v128) (result i32 v128)
            (local v128)
            (call $twice (local.get 0))
            (drop)
            (local.set 1)
            (i32x4.extract_lane 3 (local.get 1))
            (local.get 1)))
        """,
        spec("vec", "Vec"));
    build.source(
        "vec/Driver.java",
        """
        package vec;

        import dev.teracage.runtime.V128;

        public final class Driver {
          private Driver() {}

          public static String run() {
            Vec v = Vec.load(x -> new Vec.HostTwiceResults(
                V128.ofInts(2 * x.intLane(0), 2 * x.intLane(1), 2 * x.intLane(2), 2 * x.intLane(3)),
                9));
            V128 sum = v.add(V128.ofInts(1, 2, 3, 4), V128.ofInts(10, 20, 30, -4));
            Vec.ViaHostResults h = v.viaHost(V128.ofInts(1, 2, 3, 4));
            return sum + " " + h.r0() + " " + h.r1();
          }
        }
        """);
    ClassLoader loader = build.compile();
    assertEquals(
        "i32x4 0x0000000b 0x00000016 0x00000021 0x00000000 8"
            + " i32x4 0x00000002 0x00000004 0x00000006 0x00000008",
        GeneratedSources.run(loader, "vec.Driver"));
  }

  @Test
  void namesBecomeJavaIdentifiersWithoutCollisions() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    String facade =
        build.module(
            """
            (module
              (import "java" "int" (func (param i32) (result i32)))
              (import "Names" "x" (func (result i32)))
              (func (export "my-func") (result i32) (i32.const 1))
              (func (export "My_Func") (result i32) (i32.const 2))
              (func (export "load") (result i32) (i32.const 3))
              (func (export "toString") (result i32) (i32.const 4))
              (func (export "2x") (result i32) (i32.const 5))
              (func (export "class") (param $java i32) (result i32) (call 0 (local.get $java)))
              (func (export "\\u{e9}t\\u{e9}") (result i32) (call 1))
              (func (export "*/") (result i32) (i32.const 8)))
            """,
            spec("names", "Names"));
    build.source(
        "names/Driver.java",
        """
        package names;

        public final class Driver {
          private Driver() {}

          public static String run() {
            Names n = Names.load(x -> x * 10, () -> 7);
            return "" + n.myFunc() + n.MyFunc_2() + n.load_2() + n.toString_2() + n._2x()
                + n.class_(6) + n.été() + n.export();
          }
        }
        """);
    ClassLoader loader = build.compile();
    assertEquals("12345607" + "8", GeneratedSources.run(loader, "names.Driver"));
    assertTrue(facade.contains("public interface Java"), facade);
    assertTrue(facade.contains("public interface Names_2"), facade);
    assertTrue(facade.contains("int int_(int p0);"), facade);
    assertTrue(facade.contains("public int class_(int java_2)"), facade);
  }

  @Test
  void aModuleImportsAnotherThroughItsFacade() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    build.module(
        """
        (module (func (export "square") (param i32) (result i32)
          (i32.mul (local.get 0) (local.get 0))))
        """,
        spec("two", "Lib"));
    build.module(
        """
        (module
          (import "lib" "square" (func $sq (param i32) (result i32)))
          (func (export "sumOfSquares") (param i32 i32) (result i32)
            (i32.add (call $sq (local.get 0)) (call $sq (local.get 1)))))
        """,
        spec("two", "App"));
    build.source(
        "two/Driver.java",
        """
        package two;

        public final class Driver {
          private Driver() {}

          public static String run() {
            Lib lib = Lib.load();
            App typed = App.load(lib::square);
            App linked =
                App.load(new dev.teracage.runtime.Imports().instance("lib", lib.instance()));
            return typed.sumOfSquares(3, 4) + " " + linked.sumOfSquares(5, 12);
          }
        }
        """);
    assertEquals("25 169", GeneratedSources.run(build.compile(), "two.Driver"));
  }

  @Test
  void trapsAndHostExceptionsPassThrough() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    build.module(
        """
        (module
          (import "env" "fail" (func $fail))
          (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
          (func (export "callFail") (call $fail)))
        """,
        spec("", "Traps"));
    build.source(
        "Driver.java",
        """
        public final class Driver {
          private Driver() {}

          public static String run() {
            Traps t = Traps.load(() -> { throw new IllegalStateException("host says no"); });
            String trap;
            try {
              t.div(1, 0);
              trap = "none";
            } catch (dev.teracage.runtime.trap.TrapException e) {
              trap = e.getMessage();
            }
            try {
              t.callFail();
              return "no exception";
            } catch (IllegalStateException e) {
              return trap + "; " + e.getMessage();
            }
          }
        }
        """);
    String result = GeneratedSources.run(build.compile(), "Driver");
    assertTrue(result.startsWith("integer divide by zero"), result);
    assertTrue(result.endsWith("; host says no"), result);
  }

  @Test
  void aNullImplementationIsNamed() throws Exception {
    GeneratedSources build = new GeneratedSources(dir);
    build.module(HELLO, spec("nul", "Hello"));
    ClassLoader loader = build.compile();
    Class<?> facade = loader.loadClass("nul.Hello");
    Method load =
        Arrays.stream(facade.getMethods())
            .filter(m -> m.getName().equals("load") && m.getParameterTypes()[0].isInterface())
            .findFirst()
            .orElseThrow();
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> load.invoke(null, (Object) null));
    assertEquals("env", e.getCause().getMessage());
  }

  @Test
  void theSourceDependsOnlyOnTheInputs() {
    Module module = ModuleReader.read(HELLO.getBytes(StandardCharsets.UTF_8), "hello.wat");
    FacadeSpec spec =
        new FacadeSpec("a.b", "Hello", "a.b.HelloCode", "img/hello.bin", 16, "a/b/hello.wat");
    String first = FacadeGenerator.generate(module, spec);
    assertEquals(first, FacadeGenerator.generate(module, spec));
    assertTrue(first.startsWith("// Generated by Teracage from a/b/hello.wat. Do not edit.\n"));
    assertTrue(first.contains("\"img/hello.bin\","), first);
    assertTrue(first.contains("new dev.teracage.runtime.InstanceLimits(16L,"), first);
    assertThrows(
        IllegalArgumentException.class,
        () -> new FacadeSpec("a.b-c", "Hello", "x", null, -1, "x.wat"));
    assertThrows(
        IllegalArgumentException.class, () -> new FacadeSpec("a", "class", "x", null, -1, "x.wat"));
  }
}

package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.Global;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.SnapshotException;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ValueCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots: an instance written out mid-computation continues in another JVM, exactly. */
class SnapshotTest {
  /**
   * Two halves of one computation: a pseudo-random walk over memory whose state lives in a global,
   * a grown memory and a table that the first half rearranges and the second half calls through.
   */
  static final String HALVES =
      """
      (module
        (memory (export "mem") 1 4)
        (table 4 funcref)
        (global $x (mut i64) (i64.const 0x9E3779B97F4A7C15))
        (type $op (func (param i64) (result i64)))
        (func $inc (type $op) (i64.add (local.get 0) (i64.const 1)))
        (func $dbl (type $op) (i64.mul (local.get 0) (i64.const 2)))
        (elem (i32.const 0) $inc)
        (elem declare func $dbl)
        (func $step (param $i i32)
          (global.set $x (i64.add (i64.mul (global.get $x) (i64.const 6364136223846793005))
                                  (i64.const 1442695040888963407)))
          (i64.store (i32.and (i32.wrap_i64 (i64.shr_u (global.get $x) (i64.const 20)))
                              (i32.const 0x1FFF8))
                     (call_indirect (type $op) (global.get $x)
                       (i32.and (local.get $i) (i32.const 1)))))
        (func (export "first")
          (local $i i32)
          (drop (memory.grow (i32.const 1)))
          (table.set (i32.const 1) (ref.func $dbl))
          (loop $l
            (call $step (local.get $i))
            (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                                (i32.const 50000)))))
        (func (export "second")
          (local $i i32)
          (loop $l
            (call $step (local.get $i))
            (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                                (i32.const 50000))))))
      """;

  @Test
  void restoredInAnotherJvmContinuesExactly(@TempDir Path dir) throws Exception {
    Pipeline.Compiled c = Pipeline.compile(HALVES);
    Instance whole = c.instantiate(new Imports());
    whole.function("first").call();
    whole.function("second").call();
    byte[] expected = whole.memory("mem").read(0, (int) (whole.memory("mem").pages() * 65536));

    Instance half = c.instantiate(new Imports());
    half.function("first").call();
    Images.write(half.snapshot(), dir.resolve("snapshot.tcimg"));
    Files.write(dir.resolve("Module.class"), c.compilation().classBytes());
    Files.writeString(dir.resolve("class-name"), c.compilation().className());

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dteracage.cache.dir=" + dir.resolve("cache"));
    command.add(SnapshotRestoreMain.class.getName());
    command.add(dir.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the forked JVM finished");
    assertEquals(0, p.exitValue(), output);
    byte[] restored = Files.readAllBytes(dir.resolve("memory.bin"));
    assertEquals(expected.length, restored.length, "memory size (grown by the first half)");
    assertArrayEquals(expected, restored, "memory byte for byte");
  }

  @Test
  void aSnapshotRestoredHereDoesNotRunTheStartFunctionAgain() throws Exception {
    Pipeline.Compiled c =
        Pipeline.compile(
            """
            (module
              (import "env" "seed" (global $seed i32))
              (global $runs (export "runs") (mut i32) (i32.const 0))
              (func $start (global.set $runs (i32.add (global.get $runs) (global.get $seed))))
              (start $start))
            """);
    Imports imports = new Imports().global("env", "seed", Global.create(ValueCode.I32, false, 5));
    Instance first = c.instantiate(imports);
    assertEquals(5, first.global("runs").value());
    ModuleImage snapshot =
        Pipeline.load(dev.teracage.runtime.image.ImageWriter.write(first.snapshot()));
    Instance again = Instance.instantiate(snapshot, c.type(), imports);
    assertEquals(5, again.global("runs").value());
  }

  @Test
  void hostObjectsInTablesCannotBeCaptured() throws Exception {
    Pipeline.Compiled c =
        Pipeline.compile(
            """
            (module (table (export "t") 1 externref)
              (func (export "put") (param externref) (table.set (i32.const 0) (local.get 0))))
            """);
    Instance i = c.instantiate(new Imports());
    i.function("put").apply(new Object());
    SnapshotException e = assertThrows(SnapshotException.class, i::snapshot);
    assertTrue(e.getMessage().contains("host object"), e::getMessage);
  }
}

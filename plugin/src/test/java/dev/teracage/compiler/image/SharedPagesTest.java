package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Instances of one image share the pages they have not written (design P3): 100 instances of an
 * image with 64 MiB of initialized memory, each writing one page, must not cost 100 copies.
 */
class SharedPagesTest {
  private static final Path STATUS = Path.of("/proc/self/status");

  /** 64 MiB of memory, every byte non-zero after the start function (run at build time). */
  static final String BIG =
      """
      (module
        (memory (export "mem") 1024 1024)
        (func $fill (local $a i32)
          (loop $l
            (i64.store (local.get $a) (i64.const 0x0101010101010101))
            (br_if $l (i32.lt_u (local.tee $a (i32.add (local.get $a) (i32.const 8)))
                                (i32.const 0x4000000)))))
        (start $fill)
        (func (export "touch") (param $page i32)
          (i32.store (i32.mul (local.get $page) (i32.const 65536)) (local.get $page)))
        (func (export "at") (param $a i32) (result i32) (i32.load (local.get $a))))
      """;

  private static long residentKiB() throws IOException {
    for (String line : Files.readAllLines(STATUS)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS in " + STATUS);
  }

  @Test
  void hundredInstancesShareTheUnwrittenPages() throws Exception {
    assumeTrue(Files.isReadable(STATUS), "needs /proc/self/status (Linux)");
    Pipeline.Compiled c = Pipeline.compile(BIG);
    assertTrue(c.image().state().orElseThrow().storedBytes() >= 64L << 20);
    c.instantiate(new Imports()); // the arena file is written once, before measuring
    System.gc();
    long before = residentKiB();
    List<Instance> live = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Instance instance = c.instantiate(new Imports());
      instance.function("touch").call(i);
      live.add(instance);
    }
    long after = residentKiB();
    for (int i = 0; i < 100; i++) {
      Instance instance = live.get(i);
      assertArrayEquals(new long[] {i}, instance.function("at").call(i * 65536L));
      assertArrayEquals(
          new long[] {0x01010101}, instance.function("at").call(((i + 1) % 1024) * 65536L + 4));
    }
    long grownMiB = (after - before) / 1024;
    System.out.println(
        "100 instances of a 64 MiB image: resident memory grew by " + grownMiB + " MiB");
    assertTrue(grownMiB < 128, "resident memory grew by " + grownMiB + " MiB");
  }

  @Test
  void buildingAnImageDoesNotReadTheUntouchedPagesOfALargeMemory() throws Exception {
    assumeTrue(Files.isReadable(STATUS), "needs /proc/self/status (Linux)");
    System.gc();
    long before = residentKiB();
    Pipeline.Compiled c =
        Pipeline.compile(
            """
            (module (memory 16384) (data (i32.const 0x3FFFFFF0) "end")
              (func (export "at") (param i32) (result i32) (i32.load8_u (local.get 0))))
            """);
    long grownMiB = (residentKiB() - before) / 1024;
    assertTrue(
        grownMiB < 256,
        "building a 1 GiB memory's image grew resident memory by " + grownMiB + " MiB");
    assertTrue(c.image().state().orElseThrow().storedBytes() < 1 << 16);
    assertArrayEquals(
        new long[] {'e'}, c.instantiate(new Imports()).function("at").call(0x3FFFFFF0));
  }
}

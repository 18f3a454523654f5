package dev.teracage.compiler.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.Instance;
import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.wasi.Errno;
import dev.teracage.runtime.wasi.Wasi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of guest input through compiled code: bad pointers, out-of-range iovecs and invalid
 * descriptors answer with an errno and never throw into the embedder; {@code proc_exit} and traps
 * reach {@link Wasi#run}.
 */
class WatEdgeCaseTest {
  private static final String WAT =
      """
      (module
        (import "wasi_snapshot_preview1" "fd_write"
          (func $fd_write (param i32 i32 i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "fd_read"
          (func $fd_read (param i32 i32 i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
        (import "wasi_snapshot_preview1" "path_open"
          (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "args_sizes_get"
          (func $args_sizes_get (param i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
        (memory (export "memory") 1)
        (data (i32.const 16) "hello\\n")
        (data (i32.const 64) "\\c3\\28")
        (func (export "write") (param i32 i32 i32 i32) (result i32)
          (call $fd_write (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
        (func (export "read") (param i32 i32 i32 i32) (result i32)
          (call $fd_read (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
        (func (export "close") (param i32) (result i32) (call $fd_close (local.get 0)))
        (func (export "open") (param i32 i32 i32) (result i32)
          (call $path_open (local.get 0) (i32.const 1) (local.get 1) (local.get 2)
            (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 128)))
        (func (export "args_sizes") (param i32 i32) (result i32)
          (call $args_sizes_get (local.get 0) (local.get 1)))
        (func (export "iovec") (param $at i32) (param $buf i32) (param $len i32)
          (i32.store (local.get $at) (local.get $buf))
          (i32.store offset=4 (local.get $at) (local.get $len)))
        (func (export "grow") (result i32) (memory.grow (i32.const 1)))
        (func (export "_start")
          (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))
          drop
          (call $proc_exit (i32.const 7))
          unreachable)
        (func (export "trap") unreachable))
      """;

  private static final WasiPipeline.Compiled MODULE = WasiPipeline.wat(WAT);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Wasi wasi =
      Wasi.builder()
          .args("prog")
          .stdin(new ByteArrayInputStream("input".getBytes(StandardCharsets.UTF_8)))
          .stdout(out)
          .build();
  private final Instance instance = MODULE.instantiate(wasi);

  private long call(String name, long... args) {
    return instance.function(name).call(args)[0];
  }

  private void iovec(int at, int buf, int len) {
    instance.function("iovec").call(at, buf, len);
  }

  @Test
  void writeThroughCompiledCode() {
    iovec(0, 16, 6);
    assertEquals(Errno.SUCCESS, call("write", 1, 0, 1, 8));
    assertEquals("hello\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badPointersAreEfault() {
    iovec(0, 16, 6);
    assertEquals(Errno.FAULT, call("write", 1, 65536 - 4, 1, 8)); // iovec array crosses the end
    assertEquals(Errno.FAULT, call("write", 1, 0, 1, 65536 - 3)); // result pointer
    assertEquals(Errno.FAULT, call("write", 1, 0, 0x2000_0000, 8)); // array length overflows memory
    assertEquals(Errno.FAULT, call("write", 1, -8, 1, 8)); // u32 pointer far beyond memory
    iovec(0, 65530, 7); // buffer crosses the end
    assertEquals(Errno.FAULT, call("write", 1, 0, 1, 8));
    iovec(0, -1, 2); // buffer at 0xffffffff
    assertEquals(Errno.FAULT, call("write", 1, 0, 1, 8));
    assertEquals(Errno.FAULT, call("read", 0, 0, 1, 8));
    assertEquals(Errno.FAULT, call("args_sizes", 65535, 0));
    assertEquals(0, out.size());
  }

  @Test
  void grownMemoryIsSeenByTheHost() {
    iovec(0, 65536 + 10, 3);
    assertEquals(Errno.FAULT, call("write", 1, 0, 1, 8));
    assertEquals(1, call("grow"));
    assertEquals(Errno.SUCCESS, call("write", 1, 0, 1, 65536 + 100));
    assertEquals(3, out.size());
  }

  @Test
  void invalidDescriptorsAreEbadf() {
    iovec(0, 16, 6);
    assertEquals(Errno.BADF, call("write", 3, 0, 1, 8));
    assertEquals(Errno.BADF, call("write", -1, 0, 1, 8));
    assertEquals(Errno.BADF, call("read", 1000, 0, 1, 8));
    assertEquals(Errno.BADF, call("close", 42));
    assertEquals(Errno.BADF, call("open", 9, 16, 5));
    assertEquals(Errno.NOTDIR, call("open", 1, 16, 5));
    assertEquals(Errno.SUCCESS, call("close", 1));
    assertEquals(Errno.BADF, call("write", 1, 0, 1, 8));
  }

  @Test
  void readFromStdin() {
    iovec(0, 200, 100);
    assertEquals(Errno.SUCCESS, call("read", 0, 0, 1, 8));
    assertEquals(5, instance.memory("memory").read(8, 1)[0]);
    assertEquals(
        "input", new String(instance.memory("memory").read(200, 5), StandardCharsets.UTF_8));
  }

  @Test
  void invalidUtf8PathIsEilseq(@TempDir Path dir) {
    Wasi sandboxed = Wasi.builder().preopen(dir, "/", false).build();
    Instance other = MODULE.instantiate(sandboxed);
    assertEquals(Errno.ILSEQ, other.function("open").call(3, 64, 2)[0]);
    assertEquals(Errno.FAULT, other.function("open").call(3, 65530, 10)[0]);
    assertEquals(Errno.FAULT, other.function("open").call(3, 16, -1)[0]);
    assertEquals(Errno.NOENT, other.function("open").call(3, 16, 5)[0]);
    assertEquals(Errno.NOENT, other.function("open").call(3, 0, 0)[0]); // empty path
  }

  @Test
  void startRunsLikeMainAndExitStatusIsReturned() {
    iovec(0, 16, 6);
    assertEquals(7, wasi.run(instance));
    assertEquals("hello\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void trapsReachTheEmbedder() {
    assertThrows(TrapException.class, () -> instance.function("trap").call());
  }
}

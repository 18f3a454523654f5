package dev.teracage.compiler.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.teracage.runtime.wasi.TreeSnapshot;
import dev.teracage.runtime.wasi.Wasi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C test programs beside this class's resources (built by their {@code build.sh} with clang and
 * wasi-libc), compiled by the plugin's compiler and run on the runtime's WASI.
 */
class CProgramsTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Wasi.Builder builder() {
    return Wasi.builder().stdout(out).stderr(err).stdin(new ByteArrayInputStream(new byte[0]));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void argsEnvironmentClocksRandom() {
    WasiPipeline.Compiled program = WasiPipeline.resource("args_env.wasm");
    int status =
        program.run(builder().args("prog", "hello wörld").env("GREETING", "hi there").build());
    assertEquals("argc=2 [prog] [hello wörld]\nGREETING=hi there\nok\n", stdout(), () -> stderr());
    assertEquals(0, status);
  }

  @Test
  void exitStatusComesBackFromRun() {
    WasiPipeline.Compiled program = WasiPipeline.resource("args_env.wasm");
    int status = program.run(builder().args("prog", "exit", "42").build());
    assertEquals(42, status);
    assertEquals("argc=3 [prog] [exit] [42]\nGREETING=(unset)\n", stdout());
  }

  @Test
  void standardStreams() {
    WasiPipeline.Compiled program = WasiPipeline.resource("stdio.wasm");
    Wasi wasi =
        builder()
            .stdin(new ByteArrayInputStream("abc\ndéf\nlast".getBytes(StandardCharsets.UTF_8)))
            .build();
    assertEquals(0, program.run(wasi));
    assertEquals("ABC\nDéF\nLAST", stdout());
    assertEquals("2 lines\n", stderr());
  }

  @Test
  void fileSystemFamily() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path ro = Files.createDirectories(tmp.resolve("ro"));
    Files.writeString(data.resolve("in.txt"), "Read me, then shout.\n");
    Files.writeString(ro.resolve("ro.txt"), "read only\n");
    Map<String, String> readOnlyBefore = TreeSnapshot.of(ro);
    WasiPipeline.Compiled program = WasiPipeline.resource("files.wasm");
    int status =
        program.run(builder().preopen(data, "/data", false).preopen(ro, "/ro", true).build());
    assertEquals("ok\n", stdout(), () -> stderr());
    assertEquals(0, status);
    assertEquals("READ ME, THEN SHOUT.\n", Files.readString(data.resolve("out.txt")));
    assertFalse(Files.exists(data.resolve("scratch.bin")));
    assertFalse(Files.exists(data.resolve("dir")));
    assertEquals(readOnlyBefore, TreeSnapshot.of(ro));
  }

  @Test
  void escapeAttemptsAreRefusedAndChangeNothing() throws IOException {
    Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.createDirectories(sandbox.resolve("a"));
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.writeString(sandbox.resolve("inside.txt"), "inside");
    Files.createSymbolicLink(sandbox.resolve("out"), Path.of(".."));
    Files.createSymbolicLink(sandbox.resolve("loop"), Path.of("loop"));
    Map<String, String> before = TreeSnapshot.of(tmp);
    WasiPipeline.Compiled program = WasiPipeline.resource("escape.wasm");
    int status =
        program.run(
            builder().preopen(sandbox, "/sandbox", false).preopen(other, "/other", false).build());
    assertEquals(
        """
        dotdot: Capabilities insufficient
        deep dotdot: Capabilities insufficient
        absolute: Capabilities insufficient
        link out: Capabilities insufficient
        link out create: Capabilities insufficient
        loop: Symbolic link loop
        symlink out: Capabilities insufficient
        rename across: Cross-device link
        link across: Cross-device link
        mkdir out: Capabilities insufficient
        unlink out: Capabilities insufficient
        ok
        """,
        stdout());
    assertEquals(0, status);
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void directCallsWithExactPointersAndLengths() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String name : new String[] {"a", "b", "c"}) {
      Files.writeString(data.resolve(name), "file " + name + "\n");
    }
    Map<String, String> before = TreeSnapshot.of(tmp);
    WasiPipeline.Compiled program = WasiPipeline.resource("raw.wasm");
    int status = program.run(builder().preopen(data, "/data", false).build());
    assertEquals("ok\n", stdout(), () -> stderr());
    assertEquals(0, status);
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}

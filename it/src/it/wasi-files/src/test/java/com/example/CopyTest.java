package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.Instance;
import dev.teracage.runtime.wasi.Wasi;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyTest {
  @TempDir Path dir;

  @Test
  void readsOneFileAndWritesAnotherInAPreopenedDirectory() throws Exception {
    Files.writeString(dir.resolve("in.txt"), "hello, wasi\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Wasi wasi = Wasi.builder().args("copy").preopen(dir, "/data", false).stdout(out).build();
    int status = wasi.run(Instance.load(CopyWasm.class, wasi.imports()));
    assertEquals(0, status);
    assertEquals("HELLO, WASI\n", Files.readString(dir.resolve("out.txt")));
    assertEquals("copied 12 bytes\n", out.toString(StandardCharsets.UTF_8));
  }
}

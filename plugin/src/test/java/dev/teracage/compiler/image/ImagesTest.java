package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading images from the class path and from files, through the arena-file cache. */
class ImagesTest {
  private String savedCacheDir;

  /** Each test gets a cache directory of its own, so it sees exactly the files it creates. */
  @BeforeEach
  void ownCache(@TempDir Path cache) {
    savedCacheDir = System.getProperty("teracage.cache.dir");
    System.setProperty("teracage.cache.dir", cache.toString());
  }

  @AfterEach
  void restoreCache() {
    if (savedCacheDir == null) {
      System.clearProperty("teracage.cache.dir");
    } else {
      System.setProperty("teracage.cache.dir", savedCacheDir);
    }
  }

  private static final String COUNTER =
      """
      (module (memory 1) (data (i32.const 0) "\\05")
        (func (export "bump") (result i32)
          (i32.store8 (i32.const 0) (i32.add (i32.load8_u (i32.const 0)) (i32.const 1)))
          (i32.load8_u (i32.const 0))))
      """;

  private static List<Path> arenaFiles() throws Exception {
    Path cache = Path.of(System.getProperty("teracage.cache.dir"));
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> p.toString().endsWith(".arena")).toList();
    }
  }

  @Test
  void aClassPathImageIsExtractedOnceAndEveryInstanceStartsFromIt(@TempDir Path dir)
      throws Exception {
    Pipeline.Compiled c = Pipeline.compile(COUNTER);
    Path resource = dir.resolve("wasm/counter/Module.tcimg");
    Files.createDirectories(resource.getParent());
    Files.write(resource, c.compilation().image());
    ModuleImage image;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      image = Images.loadResource(loader, "wasm/counter/Module.tcimg");
    }
    int before = arenaFiles().size();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        results.add(
            pool.submit(() -> {
              Instance i = Instance.instantiate(image, c.type(), new Imports());
              i.function("bump").call();
              return i.function("bump").call();
            }));
      }
      for (Future<long[]> r : results) {
        assertArrayEquals(new long[] {7}, r.get(), "each instance starts from the image's 5");
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(before + 1, arenaFiles().size(), "one arena file for the image");
    try (Stream<Path> files = Files.list(arenaFiles().getFirst().getParent())) {
      assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
    }
  }

  @Test
  void aMissingResourceIsAnIoError() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
      assertThrows(NoSuchFileException.class, () -> Images.loadResource(loader, "no/Such.tcimg"));
    }
  }

  @Test
  void aDamagedArenaFileIsWrittenAgain(@TempDir Path dir) throws Exception {
    Pipeline.Compiled c = Pipeline.compile(COUNTER.replace("\\05", "\\09"));
    Path file = dir.resolve("m.tcimg");
    Files.write(file, c.compilation().image());
    List<Path> before = arenaFiles();
    Instance.instantiate(Images.load(file), c.type(), new Imports());
    List<Path> created = new ArrayList<>(arenaFiles());
    created.removeAll(before);
    assertEquals(1, created.size(), "the image's arena file");
    long at = c.image().layout().memoryDataOffset(0);
    try (FileChannel ch = FileChannel.open(created.getFirst(), StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {0}), at); // same length, contents lost
    }
    Instance i = Instance.instantiate(Images.load(file), c.type(), new Imports());
    assertArrayEquals(new long[] {10}, i.function("bump").call());
  }

  @Test
  void aCacheDirectoryOthersCanWriteIsNotUsed(@TempDir Path dir) throws Exception {
    Path shared = dir.resolve("shared");
    Files.createDirectories(shared);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        shared.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
    Files.setPosixFilePermissions(
        shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    System.setProperty("teracage.cache.dir", shared.toString());
    Pipeline.Compiled c = Pipeline.compile(COUNTER);
    Path file = dir.resolve("m.tcimg");
    Files.write(file, c.compilation().image());
    Instance i = Instance.instantiate(Images.load(file), c.type(), new Imports());
    assertArrayEquals(new long[] {6}, i.function("bump").call(), "runs from a copy of the state");
    assertEquals(List.of(), arenaFiles(), "nothing written to a directory others can write");
  }
}

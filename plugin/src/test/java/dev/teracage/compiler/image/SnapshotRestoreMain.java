package dev.teracage.compiler.image;

import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.Memory;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The other JVM of {@link SnapshotTest}: loads the snapshot and the generated class from a
 * directory, runs the second half, and writes the memory to {@code memory.bin}.
 */
public final class SnapshotRestoreMain {
  private SnapshotRestoreMain() {}

  /**
   * Runs.
   *
   * @param args the directory
   * @throws Exception on any failure (the test sees the exit status and output)
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    ModuleImage image = Images.load(dir.resolve("snapshot.tcimg"));
    String name = Files.readString(dir.resolve("class-name"));
    byte[] bytes = Files.readAllBytes(dir.resolve("Module.class"));
    Class<?> cls = new Pipeline.Loader().define(name, bytes);
    Instance instance = Instance.instantiate(image, cls, new Imports());
    instance.function("second").call();
    Memory memory = instance.memory("mem");
    Files.write(dir.resolve("memory.bin"), memory.read(0, (int) (memory.pages() * 65536)));
  }
}

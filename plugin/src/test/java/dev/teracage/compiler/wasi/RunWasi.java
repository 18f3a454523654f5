package dev.teracage.compiler.wasi;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.wasi.Wasi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark driver ({@code it/bench/wasi/bench.sh}): {@code RunWasi FILE.wasm DIR [ARG...]}
 * compiles a WASI command module, loads it the mapped way, preopens DIR as {@code /data} and runs
 * {@code _start} with the process's standard streams. Prints the run time of {@code _start} to
 * standard error and exits with the guest's status.
 */
public final class RunWasi {
  private RunWasi() {}

  /**
   * Runs a module.
   *
   * @param args FILE.wasm, DIR, then the guest's arguments after its name
   * @throws IOException if the module or the image file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Module module = ModuleReader.read(file);
    Compilation compilation = Compiler.compile(module, "wasm.wasi.bench.Module");
    Path imageFile = Files.createTempFile("teracage-wasi-bench", ".tcimg");
    ModuleImage image;
    try {
      Files.write(imageFile, compilation.image());
      image = Images.load(imageFile);
    } finally {
      Files.delete(imageFile);
    }
    Class<?> type =
        new WasiPipeline.Loader().define("wasm.wasi.bench.Module", compilation.classBytes());
    List<String> guestArgs = new ArrayList<>();
    guestArgs.add(file.getFileName().toString());
    guestArgs.addAll(Arrays.asList(args).subList(2, args.length));
    int status;
    try (Wasi wasi =
        Wasi.builder().args(guestArgs).preopen(Path.of(args[1]), "/data", false).build()) {
      Instance instance = Instance.instantiate(image, type, wasi.imports());
      long start = System.nanoTime();
      status = wasi.run(instance);
      System.out.flush();
      System.err.printf("teracage run ms %.1f%n", (System.nanoTime() - start) / 1e6);
    }
    System.exit(status);
  }
}

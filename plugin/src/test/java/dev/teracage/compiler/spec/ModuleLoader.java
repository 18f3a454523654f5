package dev.teracage.compiler.spec;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.GeneratedClassLoader;
import dev.teracage.compiler.UnsupportedFeatureException;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles a module and loads it the way a packaged application would: the class from its bytes in
 * a fresh class loader, the image from its bytes through the runtime's reader, then instantiation.
 */
final class ModuleLoader {
  private final String script;
  private int count;

  ModuleLoader(String script) {
    this.script = script;
  }

  Instance instantiate(Module module, Imports imports) {
    String className = "spec." + packageName(script) + ".M" + count++;
    Compilation compilation;
    try {
      compilation = Compiler.compile(module, className);
    } catch (UnsupportedFeatureException e) {
      throw new Results.Unsupported(e.getMessage());
    }
    compilation
        .methodSizes()
        .forEach((method, size) -> {
          if (size > dev.teracage.compiler.codegen.ClassEmitter.HUGE_METHOD) {
            throw new AssertionError(method + " has " + size + " bytes of bytecode");
          }
        });
    ModuleImage image = loadImage(className, compilation.image());
    Class<?> cls =
        new GeneratedClassLoader(ModuleLoader.class.getClassLoader(), compilation).mainClass();
    return Instance.instantiate(image, cls, imports);
  }

  /**
   * Writes the image to a file and loads it back by mapping, the path a packaged application takes
   * (its arena file goes to the cache directory, {@code target/teracage-cache} in tests).
   */
  private static ModuleImage loadImage(String className, byte[] bytes) {
    try {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"));
      String configured = System.getProperty("teracage.cache.dir");
      if (configured != null && !configured.isBlank()) {
        dir = Path.of(configured).resolveSibling("spec-images");
      }
      Files.createDirectories(dir);
      Path file = dir.resolve(className + ".tcimg");
      Files.write(file, bytes);
      ModuleImage image = Images.load(file);
      Files.delete(file);
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageName(String script) {
    return script.replaceAll("\\.wast$", "").replaceAll("[^A-Za-z0-9]", "_");
  }
}

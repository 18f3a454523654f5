package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.GeneratedClassLoader;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: the whole pipeline as a packaged application would see it. WAT is parsed and
 * validated, compiled by {@link Compiler} to class bytes and an image (instantiated at build time);
 * the image goes through a file and is loaded by mapping; the class is defined in a fresh class
 * loader; the runtime instantiates it.
 */
final class Pipeline {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Pipeline() {}

  /** A compiled module: its image (after write and load) and its loaded class. */
  record Compiled(ModuleImage image, Class<?> type, Compilation compilation) {
    Instance instantiate(Imports imports) {
      return Instance.instantiate(image, type, imports);
    }
  }

  static Compiled compile(String wat) {
    return compile(WatParser.parseModule(wat));
  }

  static Compiled compile(Module module) {
    return compile(module, Compiler.DEFAULT_START_TIMEOUT);
  }

  static Compiled compile(Module module, Duration startTimeout) {
    Validator.validate(module);
    String className = "wasm.e2e.m" + COUNTER.incrementAndGet() + ".Module";
    Compilation compilation = Compiler.compile(module, className, startTimeout);
    assertEquals(List.of(), ClassFile.of().verify(compilation.classBytes()), "verification errors");
    ModuleImage image = load(compilation.image());
    Class<?> type =
        new GeneratedClassLoader(Pipeline.class.getClassLoader(), compilation).mainClass();
    return new Compiled(image, type, compilation);
  }

  /** Loads image bytes the mapped way, through a file. */
  static ModuleImage load(byte[] image) {
    try {
      Path file = Files.createTempFile("teracage-test", ".tcimg");
      try {
        Files.write(file, image);
        return Images.load(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Instance instantiate(String wat, Imports imports) {
    return compile(wat).instantiate(imports);
  }

  /** A fresh loader per module, as a packaged application's would be. */
  static final class Loader extends ClassLoader {
    Loader() {
      super(Pipeline.class.getClassLoader());
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}

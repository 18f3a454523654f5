package dev.teracage.compiler.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.wasi.Wasi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: a WASI module (WAT text, or a committed {@code .wasm} resource) through the whole
 * pipeline, as in {@code dev.teracage.compiler.image.Pipeline}: validated, compiled to class bytes
 * and an image, the image written and mapped back, the class defined in a fresh loader, and the
 * instance linked to a {@link Wasi}.
 */
final class WasiPipeline {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private WasiPipeline() {}

  /** A compiled module ready to instantiate. */
  record Compiled(ModuleImage image, Class<?> type) {
    Instance instantiate(Wasi wasi) {
      return Instance.instantiate(image, type, wasi.imports());
    }

    /** Instantiates with a new environment and runs {@code _start}; returns the exit status. */
    int run(Wasi wasi) {
      return wasi.run(instantiate(wasi));
    }
  }

  static Compiled wat(String wat) {
    return compile(WatParser.parseModule(wat));
  }

  /** Compiles a {@code .wasm} resource beside this class. */
  static Compiled resource(String name) {
    try (InputStream in = WasiPipeline.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return compile(ModuleReader.read(in.readAllBytes(), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Compiled compile(Module module) {
    Validator.validate(module);
    String className = "wasm.wasi.m" + COUNTER.incrementAndGet() + ".Module";
    Compilation compilation = Compiler.compile(module, className);
    assertEquals(List.of(), ClassFile.of().verify(compilation.classBytes()), "verification errors");
    ModuleImage image;
    try {
      Path file = Files.createTempFile("teracage-wasi-test", ".tcimg");
      try {
        Files.write(file, compilation.image());
        image = Images.load(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Class<?> type = new Loader().define(className, compilation.classBytes());
    return new Compiled(image, type);
  }

  /** A fresh loader per module, as a packaged application's would be. */
  static final class Loader extends ClassLoader {
    Loader() {
      super(WasiPipeline.class.getClassLoader());
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}

package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.codegen.ClassEmitter;
import dev.teracage.compiler.codegen.CompiledClass;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.ModuleImage;
import java.lang.classfile.ClassFile;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: the whole pipeline as a packaged application would see it. WAT is parsed and
 * validated, compiled to class bytes and an image; the image goes through its binary form; the
 * class is defined in a fresh class loader; the runtime instantiates it.
 */
final class Pipeline {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Pipeline() {}

  /** A compiled module: its image (after write and read) and its loaded class. */
  record Compiled(ModuleImage image, Class<?> type) {
    Instance instantiate(Imports imports) {
      return Instance.instantiate(image, type, imports);
    }
  }

  static Compiled compile(String wat) {
    return compile(WatParser.parseModule(wat));
  }

  static Compiled compile(Module module) {
    Validator.validate(module);
    String className = "wasm.e2e.m" + COUNTER.incrementAndGet() + ".Module";
    ModuleImage built = ImageBuilder.build(module, className);
    CompiledClass compiled = ClassEmitter.compile(module, className, built.layout());
    assertEquals(List.of(), ClassFile.of().verify(compiled.bytes()), "verification errors");
    ModuleImage image = ImageReader.read(ImageWriter.write(built));
    Class<?> type = new Loader().define(compiled.name(), compiled.bytes());
    return new Compiled(image, type);
  }

  static Instance instantiate(String wat, Imports imports) {
    return compile(wat).instantiate(imports);
  }

  /** A fresh loader per module, as a packaged application's would be. */
  private static final class Loader extends ClassLoader {
    Loader() {
      super(Pipeline.class.getClassLoader());
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}

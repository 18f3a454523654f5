package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.ImageReader;
import java.lang.classfile.ClassFile;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: a module through the compiler facade and the runtime, as a packaged application
 * runs it (class bytes verified and defined in a fresh loader, image read back, instantiated).
 *
 * @param compilation what the compiler produced
 * @param instance the instance
 */
record Loaded(Compilation compilation, Instance instance) {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  static Loaded wat(String wat) {
    return module(WatParser.parseModule(wat));
  }

  static Loaded module(Module module) {
    Validator.validate(module);
    String className = "wasm.split.m" + COUNTER.incrementAndGet() + ".Module";
    Compilation c = Compiler.compile(module, className);
    for (byte[] bytes : c.classes().values()) {
      assertEquals(List.of(), ClassFile.of().verify(bytes), "verification errors");
    }
    Class<?> type =
        new dev.teracage.compiler.GeneratedClassLoader(Loaded.class.getClassLoader(), c)
            .mainClass();
    return new Loaded(c, Instance.instantiate(ImageReader.read(c.image()), type, new Imports()));
  }

  long[] call(String name, long... args) {
    return instance.function(name).call(args);
  }

  int maxMethodSize() {
    return compilation.methodSizes().values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}

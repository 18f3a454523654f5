package dev.teracage.bench.images;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.encode.ModuleEncoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Instantiating a module whose memory holds {@code mib} MiB of initialized (non-zero) data, in a
 * warm JVM. The module's start function fills the memory: Teracage runs it at build time and ships
 * the result in the image, whose instances map it; Chicory (its bytecode compiler, the machine
 * compiled once per trial) instantiates the same bytes, running the start function each time. Each
 * operation creates one instance and reads one word of its memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImageInstantiationBenchmark {
  /** Initialized memory in MiB. */
  @Param({"1", "256"})
  public int mib;

  /** {@code TERACAGE} or {@code CHICORY_COMPILER}. */
  @Param({"TERACAGE", "CHICORY_COMPILER"})
  public String runtime;

  private Supplier<Integer> instantiate;

  /**
   * The module: {@code mib} MiB of memory, filled with a pattern by its start function.
   *
   * @param mib the size in MiB
   * @return WebAssembly text
   */
  public static String module(int mib) {
    return """
    (module
      (memory (export "mem") %d)
      (func $fill (local $a i32)
        (loop $l
          (i64.store (local.get $a)
            (i64.or (i64.extend_i32_u (local.get $a)) (i64.const 0x0101010100000000)))
          (br_if $l (i32.lt_u (local.tee $a (i32.add (local.get $a) (i32.const 8)))
                              (i32.const %d)))))
      (start $fill)
      (func (export "peek") (param i32) (result i32) (i32.load (local.get 0))))
    """
        .formatted(mib * 16, mib << 20);
  }

  /**
   * Builds the image (Teracage) or compiles the machine (Chicory).
   *
   * @throws IOException if the image file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Module module = WatParser.parseModule(module(mib));
    Validator.validate(module);
    if (runtime.equals("TERACAGE")) {
      String name = "bench.images.M" + mib;
      Compilation c = Compiler.compile(module, name);
      Path file = Files.createTempFile("teracage-bench", ".tcimg");
      Files.write(file, c.image());
      ModuleImage image = Images.load(file);
      Files.delete(file);
      Class<?> cls = new Loader().define(name, c.classBytes());
      instantiate =
          () -> {
            Instance i = Instance.instantiate(image, cls, new Imports());
            return (int) i.function("peek").call(64)[0];
          };
    } else {
      WasmModule wasm = Parser.parse(ModuleEncoder.encode(module));
      var factory = MachineFactoryCompiler.compile(wasm);
      instantiate =
          () -> {
            var i =
                com.dylibso.chicory.runtime.Instance.builder(wasm)
                    .withMachineFactory(factory)
                    .build();
            return (int) i.export("peek").apply(64)[0];
          };
    }
    int word = instantiate.get();
    if (word != 64) {
      throw new IllegalStateException(runtime + ": the memory was not initialized: " + word);
    }
  }

  /**
   * Creates one instance and reads one word of its memory.
   *
   * @return the word
   */
  @Benchmark
  public int instantiate() {
    return instantiate.get();
  }

  /** Defines the generated class. */
  private static final class Loader extends ClassLoader {
    Loader() {
      super(ImageInstantiationBenchmark.class.getClassLoader());
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}

package dev.teracage.bench.kernels;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.GeneratedClassLoader;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.image.ModuleImage;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * The runtimes a kernel runs on; each turns the same {@code .wasm} bytes into a callable export.
 */
public enum Runtime {
  /**
   * Teracage: decode and validate, {@link Compiler#compile}, the class defined from its bytes in a
   * fresh loader, the image read back, instantiation, then the export's exact method handle.
   */
  TERACAGE {
    @Override
    Runner load(byte[] wasm, String export) {
      Module module = ModuleReader.read(wasm, null);
      String className = "bench.kernels.K" + Long.toHexString(System.nanoTime());
      Compilation compilation = Compiler.compile(module, className);
      ModuleImage image = ImageReader.read(compilation.image());
      Class<?> cls =
          new GeneratedClassLoader(Runtime.class.getClassLoader(), compilation).mainClass();
      Instance instance = Instance.instantiate(image, cls, new Imports());
      MethodHandle handle = instance.function(export).handle();
      MethodType expected = MethodType.methodType(long.class, int.class);
      if (!handle.type().equals(expected)) {
        throw new IllegalStateException("export " + export + " has type " + handle.type());
      }
      return n -> {
        try {
          return (long) handle.invokeExact(n);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      };
    }
  },
  /** Chicory 1.7.5 with its bytecode compiler ({@code MachineFactoryCompiler}). */
  CHICORY_COMPILER {
    @Override
    Runner load(byte[] wasm, String export) {
      WasmModule module = Parser.parse(wasm);
      var instance =
          com.dylibso.chicory.runtime.Instance.builder(module)
              .withMachineFactory(MachineFactoryCompiler.compile(module))
              .build();
      return chicory(instance.export(export));
    }
  },
  /** Chicory 1.7.5 with its default interpreter. */
  CHICORY_INTERPRETER {
    @Override
    Runner load(byte[] wasm, String export) {
      WasmModule module = Parser.parse(wasm);
      var instance = com.dylibso.chicory.runtime.Instance.builder(module).build();
      return chicory(instance.export(export));
    }
  },
  /**
   * GraalWasm (Truffle) through the polyglot API. On a JDK without the Graal compiler, such as
   * Temurin, Truffle runs it in its interpreter only.
   */
  GRAALWASM {
    @Override
    Runner load(byte[] wasm, String export) {
      var context =
          org.graalvm.polyglot.Context.newBuilder("wasm")
              .option("engine.WarnInterpreterOnly", "false")
              .build();
      var source =
          org.graalvm.polyglot.Source.newBuilder(
                  "wasm", org.graalvm.polyglot.io.ByteSequence.create(wasm), "kernel")
              .buildLiteral();
      var function = context.eval(source).newInstance().getMember("exports").getMember(export);
      return n -> function.execute(n).asLong();
    }
  };

  /** A loaded export {@code (i32) -> i64}. */
  @FunctionalInterface
  public interface Runner {
    /**
     * Calls the export.
     *
     * @param n its argument
     * @return its result
     */
    long run(int n);
  }

  /**
   * Loads a module and returns its export of type {@code (i32) -> i64}.
   *
   * @param wasm the binary module
   * @param export the export's name
   * @return a runner calling it
   */
  abstract Runner load(byte[] wasm, String export);

  private static Runner chicory(ExportFunction function) {
    return n -> function.apply(n)[0];
  }
}

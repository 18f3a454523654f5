package dev.teracage.compiler;

import dev.teracage.compiler.codegen.ClassEmitter;
import dev.teracage.compiler.codegen.CompiledClass;
import dev.teracage.compiler.image.ImageBuilder;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.ModuleImage;

/**
 * Compiles a validated module into its generated class and its image: the compiler's facade, used
 * by the Maven plugin, the command line and the spec harness alike.
 */
public final class Compiler {
  private Compiler() {}

  /**
   * Compiles a module.
   *
   * @param module a module that passed {@link dev.teracage.compiler.validate.Validator}
   * @param className the binary name of the class to generate, such as {@code com.acme.wasm.Sqlite}
   * @return the class and image bytes
   * @throws UnsupportedFeatureException when the module uses a feature not compiled yet
   * @throws dev.teracage.compiler.codegen.CodegenException when a function cannot be compiled
   */
  public static Compilation compile(Module module, String className) {
    Features.requireCompilable(module);
    ModuleImage image = ImageBuilder.build(module, className);
    CompiledClass compiled = ClassEmitter.compile(module, className, image.layout());
    return new Compilation(
        className, compiled.bytes(), ImageWriter.write(image), compiled.methodSizes());
  }
}

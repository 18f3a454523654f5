package dev.teracage.compiler;

import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.BuildTime;
import dev.teracage.runtime.ImportUnavailableException;
import dev.teracage.runtime.WasmException;
import dev.teracage.runtime.image.ModuleImage;
import java.lang.invoke.MethodHandles;

/** Runs a module's initializer at build time ({@link Initialization}) and keeps the result. */
final class PreInitializer {
  private PreInitializer() {}

  static ModuleImage run(Module module, ModuleImage built, Class<?> cls, Initialization init) {
    for (Import imp : module.imports()) {
      if (imp.desc() instanceof ImportDesc.Memory || imp.desc() instanceof ImportDesc.Table) {
        throw new InitializerException(
            "pre-initialization with "
                + init.export()
                + ": the module imports "
                + (imp.desc() instanceof ImportDesc.Memory ? "memory" : "table")
                + " \""
                + imp.module()
                + "\".\""
                + imp.name()
                + "\", whose contents an image cannot hold",
            null);
      }
    }
    try {
      return BuildTime.initialize(
          built, cls, MethodHandles.publicLookup(), init.allowed(), init.export());
    } catch (ImportUnavailableException e) {
      throw new InitializerException(
          "pre-initialization with "
              + init.export()
              + " called import "
              + e.importName()
              + ", which the build does not allow during initialization",
          e);
    } catch (WasmException | IllegalArgumentException e) {
      throw new InitializerException(
          "pre-initialization with " + init.export() + " failed: " + e.getMessage(), e);
    }
  }
}

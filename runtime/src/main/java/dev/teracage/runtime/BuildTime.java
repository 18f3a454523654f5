package dev.teracage.runtime;

import dev.teracage.runtime.image.ModuleImage;
import java.lang.invoke.MethodHandles;

/**
 * What the compiler does with the runtime while it builds an image: instantiating a module without
 * imports (design P4) and pre-initializing it. An application does not need this class.
 */
public final class BuildTime {
  private BuildTime() {}

  /**
   * Instantiates a module at build time and returns its image with the state reached (design P4):
   * constant expressions evaluated, active segments applied, dropped segments marked, and the start
   * function run when the module has no imports (for at most {@code startTimeout}). Steps that need
   * imports (or that trap) are recorded in the state and run at instantiation, in the
   * specification's order. Imported functions are not bound: calling one throws {@link
   * ImportUnavailableException}. Used by the compiler; an application does not need it.
   *
   * @param image an image without state
   * @param generatedClass the module's generated class
   * @param lookup a lookup that can see the class
   * @param startTimeout how long the start function may run
   * @return the image with its state
   */
  public static ModuleImage build(
      ModuleImage image,
      Class<?> generatedClass,
      MethodHandles.Lookup lookup,
      java.time.Duration startTimeout) {
    if (image.state().isPresent()) {
      throw new IllegalArgumentException("the image already has a state");
    }
    return Instantiation.build(image, generatedClass, lookup, startTimeout);
  }

  /**
   * Pre-initializes a module at build time: instantiates its image (see {@link #build}), calls its
   * initializer export, and returns the image of the instance as it then is. Only the imports in
   * {@code allowed} are bound; an imported function that is not makes the call fail with {@link
   * ImportUnavailableException} naming it. Used by the compiler; an application does not need it.
   *
   * @param image the module's image (with or without state)
   * @param generatedClass the module's generated class
   * @param lookup a lookup that can see the class
   * @param allowed the imports initialization may use
   * @param export the initializer, an exported function of type {@code [] -> []}
   * @return the initialized image
   * @throws IllegalArgumentException if there is no such export or it has parameters or results
   * @throws UnlinkableException if an import that is not a function is not in {@code allowed}
   */
  public static ModuleImage initialize(
      ModuleImage image,
      Class<?> generatedClass,
      MethodHandles.Lookup lookup,
      Imports allowed,
      String export) {
    Imports bound = new Imports();
    for (dev.teracage.runtime.image.Import imp : image.imports()) {
      String where = "\"" + imp.module() + "\".\"" + imp.name() + "\"";
      Object value = allowed.resolve(imp.module(), imp.name());
      if (value == null) {
        if (imp.desc() instanceof dev.teracage.runtime.image.ImportDesc.Func f) {
          value = Functions.unavailable(image.types().get(f.typeIndex()), where);
        } else {
          throw new UnlinkableException(Linker.UNKNOWN_IMPORT, where);
        }
      }
      bound.bind(imp.module(), imp.name(), value);
    }
    Instance instance = instance(image, generatedClass, lookup, bound);
    ExportedFunction init = instance.function(export);
    if (init.signature().paramCount() != 0 || init.signature().resultCount() != 0) {
      throw new IllegalArgumentException(
          "initializer " + export + " must take and return nothing, not " + init.signature());
    }
    init.call();
    return instance.snapshot();
  }

  static Instance instance(
      ModuleImage image, Class<?> cls, MethodHandles.Lookup lookup, Imports imports) {
    return Instantiation.run(image, cls, lookup, imports, InstanceLimits.DEFAULT);
  }
}

package dev.teracage.runtime;

import dev.teracage.runtime.image.Export;
import dev.teracage.runtime.image.ExternKind;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import dev.teracage.runtime.trap.TrapException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A module instance: the module's code (the generated class) running over one arena of its own.
 * Create one with {@link #load} (a packaged module: its image beside its generated class) or {@link
 * #instantiate}; reach its exports by name.
 *
 * <p>Not thread-safe: use an instance (and instances linked to it) from one thread at a time. An
 * instance stays usable after a trap.
 */
public final class Instance {
  private final ModuleImage image;
  private Context ctx;
  private ArenaLayout layout;
  private boolean zeroBacked;
  private final Map<String, Export> exports = new HashMap<>();
  private final Map<String, Object> externs = new HashMap<>();

  Instance(ModuleImage image) {
    this.image = image;
    for (Export e : image.exports()) {
      exports.put(e.name(), e);
    }
  }

  /**
   * The file name suffix of module images packaged as resources. The image of a generated class
   * {@code com.acme.Hello} is by default the resource {@code Hello.tcimg} in package {@code
   * com.acme}, beside the class; the build plugin writes it there.
   */
  public static final String IMAGE_SUFFIX = ".tcimg";

  /**
   * Returns the default resource name of a generated class's image, relative to the class's package
   * (see {@link #IMAGE_SUFFIX}).
   *
   * @param className the binary name of the generated class, such as {@code com.acme.Hello}
   * @return the resource name, such as {@code Hello.tcimg}
   */
  public static String imageResourceName(String className) {
    return ImageResource.defaultName(className);
  }

  /**
   * Loads and instantiates a packaged module with the default limits: reads the image resource
   * beside the generated class (named by {@link #imageResourceName}). Generated facades call this.
   *
   * @param generatedClass the module's generated class
   * @param imports the imports
   * @return the instance
   * @throws ImageResourceException if the image is missing, unreadable or not the class's
   */
  public static Instance load(Class<?> generatedClass, Imports imports) {
    return load(generatedClass, imports, InstanceLimits.DEFAULT);
  }

  /**
   * Loads and instantiates a packaged module whose image has the default resource name.
   *
   * @param generatedClass the module's generated class
   * @param imports the imports
   * @param limits the resource limits
   * @return the instance
   * @throws ImageResourceException if the image is missing, unreadable or not the class's
   */
  public static Instance load(Class<?> generatedClass, Imports imports, InstanceLimits limits) {
    return load(generatedClass, imageResourceName(generatedClass.getName()), imports, limits);
  }

  /**
   * Loads and instantiates a packaged module: reads its image with {@link
   * Class#getResourceAsStream} of the generated class, checks that the image belongs to that class,
   * and instantiates it (see {@link #instantiate(ModuleImage, MethodHandles.Lookup, Imports,
   * InstanceLimits)} for the linking and instantiation errors). In a named module, the package of
   * the generated class must be open to {@code dev.teracage.runtime} for the resource to be found.
   *
   * @param generatedClass the module's generated class (public)
   * @param imageResource the image resource, relative to the class's package (or absolute, with a
   *     leading {@code /})
   * @param imports the imports
   * @param limits the resource limits
   * @return the instance
   * @throws ImageResourceException if the image is missing, unreadable, not a valid image, or the
   *     image of another class
   */
  public static Instance load(
      Class<?> generatedClass, String imageResource, Imports imports, InstanceLimits limits) {
    ModuleImage image = ImageResource.read(generatedClass, imageResource);
    if (!image.className().equals(generatedClass.getName())) {
      throw new ImageResourceException(
          "is the image of " + image.className() + ", not of " + generatedClass.getName(),
          ImageResource.absolute(generatedClass, imageResource),
          null);
    }
    return instantiate(image, generatedClass, imports, limits);
  }

  /**
   * Instantiates a module with the default limits. See {@link #instantiate(ModuleImage,
   * MethodHandles.Lookup, Imports, InstanceLimits)}.
   *
   * @param image the module image
   * @param generatedClass the module's generated class
   * @param imports the imports
   * @return the instance
   */
  public static Instance instantiate(ModuleImage image, Class<?> generatedClass, Imports imports) {
    return instantiate(image, generatedClass, imports, InstanceLimits.DEFAULT);
  }

  /**
   * Instantiates a module whose generated class is loaded by a class loader (for example one that
   * defined the compiler's class bytes), found by the public lookup.
   *
   * @param image the module image
   * @param loader the loader of the generated class {@link ModuleImage#className()}
   * @param imports the imports
   * @param limits the resource limits
   * @return the instance
   * @throws UninstantiableException if the loader cannot load the class
   */
  public static Instance instantiate(
      ModuleImage image, ClassLoader loader, Imports imports, InstanceLimits limits) {
    Class<?> cls;
    try {
      cls = Class.forName(image.className(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UninstantiableException(
          "generated class not found: " + image.className(), moduleName(image), e);
    }
    return instantiate(image, cls, imports, limits);
  }

  /**
   * Instantiates a module whose generated class is public, found by the public lookup.
   *
   * @param image the module image
   * @param generatedClass the module's generated class (named {@link ModuleImage#className()})
   * @param imports the imports
   * @param limits the resource limits
   * @return the instance
   */
  public static Instance instantiate(
      ModuleImage image, Class<?> generatedClass, Imports imports, InstanceLimits limits) {
    if (!generatedClass.getName().equals(image.className())) {
      throw new dev.teracage.runtime.image.ImageException(
          "class: expected "
              + image.className()
              + " (the class the image was built for), found "
              + generatedClass.getName(),
          0);
    }
    return Instantiation.run(image, generatedClass, MethodHandles.publicLookup(), imports, limits);
  }

  /**
   * Instantiates a module, following the specification: imports are matched by module and name and
   * type-checked; globals are initialized (imported globals may feed later initializers); tables
   * and memories are created in the instance's arena; element segments, then data segments, are
   * applied in order, each bounds-checked; active and declarative element segments and active data
   * segments are dropped; the start function runs.
   *
   * @param image the module image
   * @param lookup a lookup that can find the generated class ({@link ModuleImage#className()}) and
   *     its static methods {@code f<i>}
   * @param imports the imports
   * @param limits the resource limits
   * @return the instance
   * @throws UnlinkableException "unknown import" or "incompatible import type"
   * @throws TrapException when a segment is out of bounds ("out of bounds table access", "out of
   *     bounds memory access") or the start function traps; writes already made to imported tables
   *     and memories stay
   * @throws UninstantiableException when a configured limit is below a table or memory minimum, or
   *     the generated class does not match the image
   */
  public static Instance instantiate(
      ModuleImage image, MethodHandles.Lookup lookup, Imports imports, InstanceLimits limits) {
    Class<?> cls;
    try {
      cls = lookup.findClass(image.className());
    } catch (ClassNotFoundException | IllegalAccessException e) {
      throw new UninstantiableException(
          "generated class not accessible: " + image.className(), moduleName(image), e);
    }
    return Instantiation.run(image, cls, lookup, imports, limits);
  }

  /**
   * Captures this instance as an image (a snapshot): everything in its arena (globals, tables,
   * memories, dropped segments) and which functions its tables and globals refer to. Instantiating
   * the result, in this JVM or another, with the same generated class and matching imports gives an
   * instance that continues exactly where this one was; its start function does not run again.
   * Write it with {@link dev.teracage.runtime.image.Images#write}. Memories, tables and globals
   * this instance imports are not captured: they are bound again from the imports. Call it only
   * while no export of this instance is running.
   *
   * @return the image
   * @throws SnapshotException if a table or global holds a host object or a function that is
   *     neither the module's nor imported
   */
  public ModuleImage snapshot() {
    ModuleImage base = layout.equals(image.layout()) ? image : image.withLayout(layout);
    return base.withState(
        StateCapture.capture(ctx, image, layout, java.util.List.of(), zeroBacked));
  }

  void attach(Context context, ArenaLayout arenaLayout, boolean arenaZeroBacked) {
    this.ctx = context;
    this.layout = arenaLayout;
    this.zeroBacked = arenaZeroBacked;
  }

  Context context() {
    return ctx;
  }

  static String moduleName(ModuleImage image) {
    return image.names().module().orElse(image.className());
  }

  /**
   * Returns the image this instance runs.
   *
   * @return the module image
   */
  public ModuleImage image() {
    return image;
  }

  /**
   * Returns the names of the exports, in the module's order.
   *
   * @return the export names
   */
  public List<String> exportNames() {
    List<String> names = new ArrayList<>();
    for (Export e : image.exports()) {
      names.add(e.name());
    }
    return names;
  }

  /**
   * Returns an exported function.
   *
   * @param name the export name
   * @return the function
   * @throws IllegalArgumentException if there is no such function export
   */
  public ExportedFunction function(String name) {
    return (ExportedFunction) export(name, ExternKind.FUNC);
  }

  /**
   * Returns an exported memory.
   *
   * @param name the export name
   * @return the memory
   * @throws IllegalArgumentException if there is no such memory export
   */
  public Memory memory(String name) {
    return (Memory) export(name, ExternKind.MEMORY);
  }

  /**
   * Returns an exported table.
   *
   * @param name the export name
   * @return the table
   * @throws IllegalArgumentException if there is no such table export
   */
  public Table table(String name) {
    return (Table) export(name, ExternKind.TABLE);
  }

  /**
   * Returns an exported global.
   *
   * @param name the export name
   * @return the global
   * @throws IllegalArgumentException if there is no such global export
   */
  public Global global(String name) {
    return (Global) export(name, ExternKind.GLOBAL);
  }

  private Object export(String name, ExternKind kind) {
    Export e = exports.get(name);
    if (e == null || e.kind() != kind) {
      throw new IllegalArgumentException(
          "no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " export named " + name);
    }
    return externs.computeIfAbsent(name, n -> create(e));
  }

  /**
   * Returns an export as an import value, or {@code null}.
   *
   * @param name the export name
   * @return a {@link FuncRef}, {@link Memory}, {@link Table} or {@link Global}, or {@code null}
   */
  Object extern(String name) {
    Export e = exports.get(name);
    if (e == null) {
      return null;
    }
    Object value = export(name, e.kind());
    return value instanceof ExportedFunction f ? f.funcRef() : value;
  }

  private Object create(Export e) {
    int i = e.index();
    return switch (e.kind()) {
      case FUNC -> {
        FuncSig sig = image.functionSig(i);
        FuncRef ref = ctx.functions[i];
        yield new ExportedFunction(e.name(), sig, ref, Functions.exported(ref.handle(), ctx), ctx);
      }
      case MEMORY -> new Memory(ctx.memoryInstances[i]);
      case TABLE -> new Table(ctx.tables[i]);
      case GLOBAL -> new Global(ctx.globals[i]);
    };
  }

  @Override
  public String toString() {
    return "Instance[" + moduleName(image) + "]";
  }
}

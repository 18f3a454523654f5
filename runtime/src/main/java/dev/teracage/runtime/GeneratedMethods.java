package dev.teracage.runtime;

import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.support.GeneratedClasses;
import dev.teracage.runtime.trap.DebugInfo;
import dev.teracage.runtime.trap.WasmFrames;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The static methods of a generated class's defined functions ({@code f<i>}, in the class or its
 * companions), found once per class and shared by every instance: finding a method and building its
 * type cost more than the rest of instantiating a function.
 */
final class GeneratedMethods {
  /** The methods found, and the image whose types they were checked against. */
  private record Found(ModuleImage image, MethodHandle[] methods) {}

  private static final ClassValue<AtomicReference<Found>> CACHE =
      new ClassValue<>() {
        @Override
        protected AtomicReference<Found> computeValue(Class<?> type) {
          return new AtomicReference<>();
        }
      };

  private GeneratedMethods() {}

  /**
   * Returns the method of every defined function, in order.
   *
   * @param cls the generated class
   * @param lookup a lookup that can see it
   * @param image its image
   * @param where the module, for messages
   * @return one handle of type {@code (params..., Context)ret} per defined function
   * @throws UninstantiableException if a class or method is missing
   */
  static MethodHandle[] of(
      Class<?> cls, MethodHandles.Lookup lookup, ModuleImage image, String where) {
    AtomicReference<Found> cached = CACHE.get(cls);
    Found found = cached.get();
    if (found != null && found.image() == image) {
      return found.methods(); // instances of one image: the common case
    }
    int[] functionTypes = image.functionTypes();
    MethodHandle[] methods =
        found != null && matches(found.methods(), image, functionTypes)
            ? found.methods()
            : resolve(cls, lookup, image, functionTypes, where);
    registerFrames(cls, image, where);
    cached.set(new Found(image, methods));
    return methods;
  }

  /** Registers the names and offsets stack traces show for the class and its companions. */
  private static void registerFrames(Class<?> cls, ModuleImage image, String where) {
    int imported = image.importCount(dev.teracage.runtime.image.ExternKind.FUNC);
    int[] defined = image.functionBodyOffsets();
    int[] offsets = new int[imported + defined.length];
    String[] names = new String[offsets.length];
    java.util.Arrays.fill(offsets, 0, imported, -1);
    System.arraycopy(defined, 0, offsets, imported, defined.length);
    image
        .names()
        .functions()
        .forEach((i, n) -> {
          if (i >= 0 && i < names.length) {
            names[i] = n;
          }
        });
    DebugInfo debug = new DebugInfo(where, names, offsets);
    WasmFrames.register(cls.getName(), debug);
    int perClass = functionsPerClass(cls);
    if (perClass > 0) {
      for (int g = 1; g * (long) perClass < defined.length; g++) {
        WasmFrames.register(GeneratedClasses.className(cls.getName(), g), debug);
      }
    }
  }

  private static boolean matches(MethodHandle[] methods, ModuleImage image, int[] functionTypes) {
    if (methods.length != functionTypes.length) {
      return false;
    }
    List<FuncSig> sigs = image.types();
    for (int d = 0; d < methods.length; d++) {
      if (!methods[d].type().equals(Functions.contextType(sigs.get(functionTypes[d])))) {
        return false;
      }
    }
    return true;
  }

  private static MethodHandle[] resolve(
      Class<?> cls,
      MethodHandles.Lookup lookup,
      ModuleImage image,
      int[] functionTypes,
      String where) {
    int imported = image.importCount(dev.teracage.runtime.image.ExternKind.FUNC);
    List<FuncSig> sigs = image.types();
    int perClass = functionsPerClass(cls);
    Class<?>[] classes =
        new Class<?>
            [perClass == 0 ? 1 : Math.max(1, (functionTypes.length + perClass - 1) / perClass)];
    classes[0] = cls;
    MethodHandle[] methods = new MethodHandle[functionTypes.length];
    for (int d = 0; d < methods.length; d++) {
      int f = imported + d;
      FuncSig sig = sigs.get(functionTypes[d]);
      try {
        int group = perClass == 0 ? 0 : GeneratedClasses.groupOf(d, perClass);
        if (classes[group] == null) {
          classes[group] =
              Class.forName(
                  GeneratedClasses.className(cls.getName(), group), true, cls.getClassLoader());
        }
        methods[d] = lookup.findStatic(classes[group], "f" + f, Functions.contextType(sig));
      } catch (ReflectiveOperationException e) {
        throw new UninstantiableException(
            "generated class " + cls.getName() + " lacks f" + f + Functions.contextType(sig),
            where,
            e);
      }
    }
    return methods;
  }

  /**
   * Returns the generated class's functions per class, or 0 when it holds them all.
   *
   * @param cls the generated class
   * @return the group size, or 0
   * @throws UninstantiableException if the class's field is unusable
   */
  static int functionsPerClass(Class<?> cls) {
    return PER_CLASS.get(cls);
  }

  private static final ClassValue<Integer> PER_CLASS =
      new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
          return readFunctionsPerClass(type, type.getName());
        }
      };

  private static int readFunctionsPerClass(Class<?> cls, String where) {
    try {
      int perClass = cls.getField(GeneratedClasses.PER_CLASS_FIELD).getInt(null);
      if (perClass <= 0) {
        throw new UninstantiableException(
            "generated class " + cls.getName() + " has " + perClass + " functions per class",
            where,
            null);
      }
      return perClass;
    } catch (NoSuchFieldException e) {
      return 0;
    } catch (IllegalAccessException e) {
      throw new UninstantiableException(
          "cannot read " + GeneratedClasses.PER_CLASS_FIELD + " of " + cls.getName(), where, e);
    }
  }
}

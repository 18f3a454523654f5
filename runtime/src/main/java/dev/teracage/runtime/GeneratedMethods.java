package dev.teracage.runtime;

import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.support.GeneratedClasses;
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
    cached.set(new Found(image, methods));
    return methods;
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
    int perClass = functionsPerClass(cls, where);
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
   * @param where the module, for messages
   * @return the group size, or 0
   */
  static int functionsPerClass(Class<?> cls, String where) {
    Integer known = PER_CLASS.get(cls).get();
    if (known != null) {
      return known;
    }
    int perClass = readFunctionsPerClass(cls, where);
    PER_CLASS.get(cls).set(perClass);
    return perClass;
  }

  private static final ClassValue<AtomicReference<Integer>> PER_CLASS =
      new ClassValue<>() {
        @Override
        protected AtomicReference<Integer> computeValue(Class<?> type) {
          return new AtomicReference<>();
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

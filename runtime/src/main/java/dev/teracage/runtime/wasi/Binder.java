package dev.teracage.runtime.wasi;

import dev.teracage.runtime.Imports;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binds the host functions of the area classes ({@link ArgsFunctions} and the others) as {@code
 * wasi_snapshot_preview1} imports. Each package-private instance method whose last parameter is a
 * {@link Context} is one function; its import name is the method name in snake case ({@code
 * fdFdstatGet} is {@code fd_fdstat_get}) and its signature follows from its Java types ({@code int}
 * is i32, {@code long} i64). Every function returning an errno is wrapped so that a {@link Fault},
 * an {@link java.io.IOException} or any other exception becomes its errno result; only {@link
 * WasiExit} and JVM errors pass.
 */
final class Binder {
  /** The import module name. */
  static final String MODULE = "wasi_snapshot_preview1";

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodHandle ERRNO;

  static {
    try {
      ERRNO =
          LOOKUP.findStatic(
              Binder.class, "errno", MethodType.methodType(int.class, Exception.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Binder() {}

  /**
   * Binds every host function of the given area objects.
   *
   * @param imports where to bind them
   * @param areas objects of the area classes
   */
  static void bind(Imports imports, Object... areas) {
    handles(areas)
        .forEach(
            (name, handle) -> imports.function(MODULE, name, signature(handle.type()), handle));
  }

  /**
   * Returns the host functions of the given area objects, by import name, each wrapped as bound.
   *
   * @param areas objects of the area classes
   * @return handles of type {@code (params..., Context)ret}
   */
  static Map<String, MethodHandle> handles(Object... areas) {
    Map<String, MethodHandle> handles = new TreeMap<>();
    for (Object area : areas) {
      for (Method method : area.getClass().getDeclaredMethods()) {
        Class<?>[] types = method.getParameterTypes();
        if (Modifier.isStatic(method.getModifiers())
            || Modifier.isPrivate(method.getModifiers())
            || method.isSynthetic()
            || types.length == 0
            || types[types.length - 1] != Context.class) {
          continue;
        }
        MethodHandle handle;
        try {
          handle = LOOKUP.unreflect(method).bindTo(area);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        if (handle.type().returnType() == int.class) {
          MethodHandle handler =
              MethodHandles.dropArguments(ERRNO, 1, handle.type().parameterList());
          handle = MethodHandles.catchException(handle, Exception.class, handler);
        }
        if (handles.put(snakeCase(method.getName()), handle) != null) {
          throw new IllegalStateException("two host functions named " + method.getName());
        }
      }
    }
    return handles;
  }

  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }

  private static FuncSig signature(MethodType type) {
    int[] params = new int[type.parameterCount() - 1];
    for (int i = 0; i < params.length; i++) {
      params[i] = code(type.parameterType(i));
    }
    int[] results =
        type.returnType() == void.class ? new int[0] : new int[] {code(type.returnType())};
    return new FuncSig(params, results);
  }

  private static int code(Class<?> type) {
    if (type == int.class) {
      return ValueCode.I32;
    } else if (type == long.class) {
      return ValueCode.I64;
    }
    throw new IllegalStateException("no wasm type for " + type);
  }

  @SuppressWarnings("unused") // through ERRNO
  private static int errno(Exception thrown) {
    return switch (thrown) {
      case WasiExit exit -> throw exit;
      case Fault fault -> fault.errno;
      default -> IoErrors.errno(thrown);
    };
  }
}

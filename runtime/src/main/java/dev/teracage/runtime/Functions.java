package dev.teracage.runtime;

import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import dev.teracage.runtime.trap.TrapException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Method handle plumbing between generated functions, {@link FuncRef}s and exports (design3: the
 * {@code FuncRef} contract). No boxing on any path built here.
 */
final class Functions {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodHandle CONVERT;

  static {
    try {
      CONVERT =
          LOOKUP.findStatic(
              Functions.class, "convert", MethodType.methodType(Throwable.class, Throwable.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Functions() {}

  /**
   * Returns the JVM type of a value type in generated code.
   *
   * @param code a value type code
   * @return int, long, float, double, V128, FuncRef or Object
   */
  static Class<?> jvmType(int code) {
    return switch (code) {
      case ValueCode.I32 -> int.class;
      case ValueCode.I64 -> long.class;
      case ValueCode.F32 -> float.class;
      case ValueCode.F64 -> double.class;
      case ValueCode.V128 -> V128.class;
      case ValueCode.FUNCREF -> FuncRef.class;
      case ValueCode.EXTERNREF -> Object.class;
      default -> throw new UnsupportedOperationException("value type " + ValueCode.name(code));
    };
  }

  /**
   * Returns {@code (params...)ret} for a signature: the first result, or void.
   *
   * @param sig the signature
   * @return the type without the context
   */
  static MethodType methodType(FuncSig sig) {
    Class<?>[] params = new Class<?>[sig.paramCount()];
    for (int i = 0; i < params.length; i++) {
      params[i] = jvmType(sig.param(i));
    }
    Class<?> ret = sig.resultCount() == 0 ? void.class : jvmType(sig.result(0));
    return MethodType.methodType(ret, params);
  }

  /**
   * Returns {@code (params..., Context)ret}: the type of generated methods and FuncRef handles.
   *
   * @param sig the signature
   * @return the type with the context last
   */
  static MethodType contextType(FuncSig sig) {
    MethodType t = methodType(sig);
    return t.appendParameterTypes(Context.class);
  }

  /**
   * Makes the function value of a defined function: it runs on its own context whatever context the
   * caller passes, and copies its extra results into the caller's {@link Context#results} and
   * {@link Context#resultRefs}.
   *
   * @param method the generated static method, of type {@link #contextType}
   * @param own the defining instance's context
   * @param ownContext {@link #ownContext(Context)} of {@code own}, shared by its functions
   * @param sig the signature
   * @param index the function's index in the instance's function index space
   * @param module the module's name (the value is named {@code module.func[index]})
   * @return the function value
   */
  static FuncRef defined(
      MethodHandle method,
      Context own,
      MethodHandle ownContext,
      FuncSig sig,
      int index,
      String module) {
    return FuncRef.lazy(() -> boundTo(method, own, ownContext, sig), sig.id(), module, own, index);
  }

  /** Binds a defined function's method to its own instance's context (see {@link #defined}). */
  private static MethodHandle boundTo(
      MethodHandle method, Context own, MethodHandle ownContext, FuncSig sig) {
    int n = sig.paramCount();
    int extra = sig.resultCount() - 1;
    MethodHandle handle;
    if (extra <= 0) {
      // One combinator per function: the caller's context is replaced by the instance's own.
      handle = MethodHandles.filterArguments(method, n, ownContext);
    } else {
      MethodHandle bound = MethodHandles.insertArguments(method, n, own);
      Class<?> ret = bound.type().returnType();
      MethodHandle keep = Keep.handle(ret);
      keep = MethodHandles.insertArguments(keep, 1, extra, own); // (R, Context caller)R'
      keep = keep.asType(MethodType.methodType(ret, ret, Context.class));
      handle = MethodHandles.collectArguments(keep, 0, bound);
    }
    return handle;
  }

  /**
   * Makes the stand-in for an imported function while an image is built: calling it throws {@link
   * ImportUnavailableException} naming the import.
   *
   * @param sig the import's signature
   * @param where the import, as {@code "module"."name"}
   * @return the function value
   */
  static FuncRef unavailable(FuncSig sig, String where) {
    MethodType type = contextType(sig);
    MethodHandle thrower =
        MethodHandles.throwException(type.returnType(), ImportUnavailableException.class);
    MethodHandle create;
    try {
      create =
          LOOKUP.findConstructor(
              ImportUnavailableException.class, MethodType.methodType(void.class, String.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    thrower = MethodHandles.foldArguments(thrower, MethodHandles.insertArguments(create, 0, where));
    return new FuncRef(
        MethodHandles.dropArguments(thrower, 0, type.parameterList()), sig.id(), where);
  }

  /**
   * Returns the filter {@code (Context)Context} that ignores its argument and returns {@code own}.
   *
   * @param own an instance's context
   * @return the filter
   */
  static MethodHandle ownContext(Context own) {
    return MethodHandles.dropArguments(
        MethodHandles.constant(Context.class, own), 0, Context.class);
  }

  /**
   * Makes an export's handle: {@code (params...)ret}, bound to the context the function sees as its
   * caller's, and raising every trap (including JVM errors that stand for one: stack overflow, out
   * of bounds segment access) as a {@link TrapException}.
   *
   * @param target a handle of type {@code (params..., Context)ret}
   * @param ctx the context to pass
   * @return the export's handle
   */
  static MethodHandle exported(MethodHandle target, Context ctx) {
    MethodHandle bound =
        MethodHandles.insertArguments(target, target.type().parameterCount() - 1, ctx);
    MethodType t = bound.type();
    MethodHandle thrower = MethodHandles.throwException(t.returnType(), Throwable.class);
    thrower = MethodHandles.filterArguments(thrower, 0, CONVERT);
    MethodHandle handler = MethodHandles.dropArguments(thrower, 1, t.parameterList());
    return MethodHandles.catchException(bound, Throwable.class, handler);
  }

  @SuppressWarnings("unused") // through CONVERT
  private static Throwable convert(Throwable thrown) {
    TrapException trap = TrapException.from(thrown);
    return trap != null ? trap : thrown;
  }

  /** Copies extra results from the callee's context to the caller's, passing the first through. */
  static final class Keep {
    private Keep() {}

    static MethodHandle handle(Class<?> ret) {
      Class<?> carried = ret.isPrimitive() ? ret : Object.class;
      try {
        return LOOKUP.findStatic(
            Keep.class,
            "keep",
            MethodType.methodType(carried, carried, int.class, Context.class, Context.class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    static void copy(int extra, Context own, Context caller) {
      if (own != caller) {
        System.arraycopy(own.results, 0, caller.results, 0, extra);
        System.arraycopy(own.resultRefs, 0, caller.resultRefs, 0, extra);
      }
    }

    static int keep(int r, int extra, Context own, Context caller) {
      copy(extra, own, caller);
      return r;
    }

    static long keep(long r, int extra, Context own, Context caller) {
      copy(extra, own, caller);
      return r;
    }

    static float keep(float r, int extra, Context own, Context caller) {
      copy(extra, own, caller);
      return r;
    }

    static double keep(double r, int extra, Context own, Context caller) {
      copy(extra, own, caller);
      return r;
    }

    static Object keep(Object r, int extra, Context own, Context caller) {
      copy(extra, own, caller);
      return r;
    }
  }
}

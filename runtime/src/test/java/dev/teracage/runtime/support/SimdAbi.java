package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The SIMD helpers' calling contract ({@link SimdV128}) for tests written in {@link V128} values: a
 * {@code v128} operand is passed as its two halves, low first; a helper with a {@code v128} result
 * takes {@link #ctx()} last and returns the low half, which {@link #v128(long)} joins with the high
 * half the helper left in {@link Context#v128High}.
 *
 * <p>{@link #ctx()} presets {@code v128High} to the current sentinel before every call, so a helper
 * that forgot to write the high half returns the sentinel there and fails the row; {@link
 * #withSentinel} runs rows again with another sentinel, so that no expected high half can hide it.
 */
final class SimdAbi {
  /** The sentinel the tests run with unless {@link #withSentinel} says otherwise. */
  static final long SENTINEL = 0x5EE5_A1E5_5EE5_A1E5L;

  private static final Context CTX =
      new Context(
          ArenaMemory.allocate(64), new MemorySegment[0], new FuncRef[0], 1, new Object[0], null);

  private static long sentinel = SENTINEL;

  private SimdAbi() {}

  /** The context to pass last to a helper with a {@code v128} result, its high half preset. */
  static Context ctx() {
    CTX.v128High = sentinel;
    return CTX;
  }

  /** The v128 result of the helper that just returned {@code low}. */
  static V128 v128(long low) {
    return new V128(low, CTX.v128High);
  }

  /**
   * The high half the last helper left in the context: what generated code reads right after the
   * call, so {@code f(g(..., ctx()), high())} passes the v128 result of {@code g} to {@code f}.
   */
  static long high() {
    return CTX.v128High;
  }

  /** Runs {@code rows} with {@code v128High} preset to {@code value} before every call. */
  static void withSentinel(long value, Runnable rows) {
    long saved = sentinel;
    sentinel = value;
    try {
      rows.run();
    } finally {
      sentinel = saved;
    }
  }

  /**
   * The contract's parameter types of an instruction whose operands and immediates have the types
   * {@code operands} ({@code V128.class} for a v128) and whose result is a v128 or not.
   */
  static Class<?>[] parameterTypes(List<Class<?>> operands, boolean v128Result) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type : operands) {
      if (type == V128.class) {
        types.add(long.class);
        types.add(long.class);
      } else {
        types.add(type);
      }
    }
    if (v128Result) {
      types.add(Context.class);
    }
    return types.toArray(Class<?>[]::new);
  }

  /** Whether {@code helper} has a v128 result by the contract: a {@link Context} last. */
  static boolean hasV128Result(Method helper) {
    Class<?>[] types = helper.getParameterTypes();
    return types.length > 0 && types[types.length - 1] == Context.class;
  }

  /**
   * Calls {@code helper} on {@code args}, each {@link V128} split into its halves and {@link
   * #ctx()} appended for a v128 result, which comes back as a {@link V128}.
   */
  static Object invoke(Method helper, Object... args) throws InvocationTargetException {
    List<Object> actual = new ArrayList<>();
    for (Object arg : args) {
      if (arg instanceof V128 v) {
        actual.add(v.low());
        actual.add(v.high());
      } else {
        actual.add(arg);
      }
    }
    boolean v128Result = hasV128Result(helper);
    if (v128Result) {
      actual.add(ctx());
    }
    try {
      Object result = helper.invoke(null, actual.toArray());
      return v128Result ? v128((Long) result) : result;
    } catch (IllegalAccessException e) {
      throw new AssertionError(helper.getName(), e);
    }
  }
}

package dev.teracage.runtime;

import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import dev.teracage.runtime.trap.TrapException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.WrongMethodTypeException;

/**
 * An exported function. {@link #handle()} has the exact primitive type {@code (params...)ret} (i32
 * {@code int}, i64 {@code long}, f32 {@code float}, f64 {@code double}, v128 {@link V128}, funcref
 * {@link FuncRef}, externref {@link Object}; the first result or {@code void}) and is the fast way
 * to call: {@code (int) f.handle().invokeExact(1, 2)}. Every trap surfaces as a {@link
 * TrapException}, including deep recursion ("call stack exhausted"); the instance stays usable
 * afterwards. Results after the first are in {@link #extraResults()} (or use {@link #call} / {@link
 * #apply}).
 *
 * <p>An instance is not thread-safe: call its functions from one thread at a time.
 */
public final class ExportedFunction {
  private final String name;
  private final FuncSig sig;
  private final FuncRef ref;
  private final MethodHandle handle;
  private final Context ctx;

  ExportedFunction(String name, FuncSig sig, FuncRef ref, MethodHandle handle, Context ctx) {
    this.name = name;
    this.sig = sig;
    this.ref = ref;
    this.handle = handle;
    this.ctx = ctx;
  }

  /**
   * Returns the export name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the signature.
   *
   * @return the function's type
   */
  public FuncSig signature() {
    return sig;
  }

  /**
   * Returns the handle to call, of exact type {@code (params...)ret}.
   *
   * @return the handle
   */
  public MethodHandle handle() {
    return handle;
  }

  /**
   * Returns the function value, as tables and {@code funcref} globals hold it.
   *
   * @return the function reference
   */
  public FuncRef funcRef() {
    return ref;
  }

  /**
   * Returns the results after the first of the last call, as raw bits (see {@link #call}).
   *
   * @return a fresh array of {@code resultCount - 1} entries
   */
  public long[] extraResults() {
    long[] extra = new long[Math.max(0, sig.resultCount() - 1)];
    System.arraycopy(ctx.results, 0, extra, 0, extra.length);
    return extra;
  }

  /**
   * Calls with numeric arguments and results as raw bits: i32 in the low 32 bits (results
   * zero-extended), f32 as {@code floatToRawIntBits}, f64 as {@code doubleToRawLongBits}. For tools
   * and tests; boxes.
   *
   * @param args one per parameter
   * @return one per result
   * @throws IllegalArgumentException for a wrong argument count or a reference-typed parameter
   * @throws TrapException when execution traps
   */
  public long[] call(long... args) {
    if (args.length != sig.paramCount()) {
      throw new IllegalArgumentException(
          name + " takes " + sig.paramCount() + " arguments, not " + args.length);
    }
    Object[] boxed = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      boxed[i] = Values.fromBits(sig.param(i), args[i]);
    }
    Object[] results = apply(boxed);
    long[] bits = new long[results.length];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = Values.toBits(sig.result(i), results[i]);
    }
    return bits;
  }

  /**
   * Calls with boxed arguments: {@link Integer}, {@link Long}, {@link Float}, {@link Double} for
   * numbers, {@link V128} for vectors, the reference itself (or {@code null}) for references. For
   * tools and tests.
   *
   * @param args one per parameter
   * @return one per result, boxed the same way
   * @throws IllegalArgumentException for a wrong argument count or type
   * @throws TrapException when execution traps
   */
  public Object[] apply(Object... args) {
    if (args.length != sig.paramCount()) {
      throw new IllegalArgumentException(
          name + " takes " + sig.paramCount() + " arguments, not " + args.length);
    }
    Object first;
    try {
      first = handle.invokeWithArguments(args);
    } catch (ClassCastException | WrongMethodTypeException e) {
      throw new IllegalArgumentException(name + ": wrong argument types for " + sig, e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    Object[] results = new Object[sig.resultCount()];
    if (results.length > 0) {
      results[0] = first;
    }
    for (int k = 1; k < results.length; k++) {
      int type = sig.result(k);
      results[k] =
          ValueCode.isReference(type) || type == ValueCode.V128
              ? ctx.resultRefs[k - 1]
              : Values.fromBits(type, ctx.results[k - 1]);
    }
    return results;
  }

  @Override
  public String toString() {
    return "ExportedFunction[" + name + " " + sig + "]";
  }
}

package dev.teracage.runtime.support;

import java.lang.invoke.MethodHandle;

/**
 * A function value: what a {@code funcref} holds, what tables store (by handle), and how imported
 * and indirect calls reach their target.
 *
 * <p>{@link #handle()} has the type {@code (params..., Context)ret}: the wasm parameters as JVM
 * primitives ({@code int}, {@code long}, {@code float}, {@code double}; references as {@link
 * FuncRef} or {@link Object}), then the <em>caller's</em> {@link Context}, returning the first
 * result (or {@code void}). A host function uses the caller's context to reach the caller's memory;
 * a wasm function of another instance ignores it, runs on its own context, and copies its extra
 * results into the caller's {@link Context#results}.
 *
 * <p>A defined function also names its instance ({@link #owner()}) and its index there, so that
 * {@code call_indirect} in generated code can call a function of its own instance with {@code
 * invokestatic} instead of through the handle.
 *
 * @param handle the target, of type {@code (params..., Context)ret}
 * @param typeId the canonical id of the function's signature, equal across instances for equal
 *     signatures (checked by {@code call_indirect})
 * @param name a readable name for messages, such as {@code module.func[3]}
 * @param owner the context of the instance that defines the function; {@code null} for a host
 *     function
 * @param index the function's index in its instance's function index space; -1 for a host function
 */
public record FuncRef(MethodHandle handle, int typeId, String name, Context owner, int index) {
  /**
   * Creates the value of a host function (no instance, no index).
   *
   * @param handle the target, of type {@code (params..., Context)ret}
   * @param typeId the canonical id of the function's signature
   * @param name a readable name for messages
   */
  public FuncRef(MethodHandle handle, int typeId, String name) {
    this(handle, typeId, name, null, -1);
  }
}

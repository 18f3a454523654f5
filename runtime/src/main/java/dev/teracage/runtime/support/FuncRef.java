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
 * @param handle the target, of type {@code (params..., Context)ret}
 * @param typeId the canonical id of the function's signature, equal across instances for equal
 *     signatures (checked by {@code call_indirect})
 * @param name a readable name for messages, such as {@code module.func[3]}
 */
public record FuncRef(MethodHandle handle, int typeId, String name) {}

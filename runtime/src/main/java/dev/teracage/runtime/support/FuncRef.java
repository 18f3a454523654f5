package dev.teracage.runtime.support;

import java.lang.invoke.MethodHandle;
import java.util.Objects;
import java.util.function.Supplier;

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
 * <p>A defined function's handle is made on first use ({@link #lazy}): an instance has one value
 * per function, and most are never called through their handle.
 */
public final class FuncRef {
  private final Supplier<MethodHandle> factory;
  private MethodHandle handle;
  private final int typeId;
  private final String name;
  private final Context owner;
  private final int index;

  /**
   * Creates a function value.
   *
   * @param handle the target, of type {@code (params..., Context)ret}
   * @param typeId the canonical id of the function's signature, equal across instances for equal
   *     signatures (checked by {@code call_indirect})
   * @param name a readable name for messages, such as {@code module.func[3]}
   * @param owner the context of the instance that defines the function; {@code null} for a host
   *     function
   * @param index the function's index in its instance's function index space; -1 for a host
   *     function
   */
  public FuncRef(MethodHandle handle, int typeId, String name, Context owner, int index) {
    this(null, Objects.requireNonNull(handle), typeId, name, owner, index);
  }

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

  private FuncRef(
      Supplier<MethodHandle> factory,
      MethodHandle handle,
      int typeId,
      String name,
      Context owner,
      int index) {
    this.factory = factory;
    this.handle = handle;
    this.typeId = typeId;
    this.name = name;
    this.owner = owner;
    this.index = index;
  }

  /**
   * Creates a function value whose handle is made when first asked for.
   *
   * @param factory makes the handle, of type {@code (params..., Context)ret}
   * @param typeId the canonical id of the function's signature
   * @param module the defining module's name: the value's name is {@code module.func[index]}
   * @param owner the defining instance's context
   * @param index the function's index in its instance
   * @return the value
   */
  public static FuncRef lazy(
      Supplier<MethodHandle> factory, int typeId, String module, Context owner, int index) {
    return new FuncRef(Objects.requireNonNull(factory), null, typeId, module, owner, index);
  }

  /**
   * Returns the target.
   *
   * @return a handle of type {@code (params..., Context)ret}
   */
  public MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      // A race makes two equivalent handles; either is fine.
      h = factory.get();
      handle = h;
    }
    return h;
  }

  /**
   * Returns the canonical id of the signature.
   *
   * @return the id
   */
  public int typeId() {
    return typeId;
  }

  /**
   * Returns the name for messages.
   *
   * @return the name
   */
  public String name() {
    return factory != null ? name + ".func[" + index + "]" : name;
  }

  /**
   * Returns the defining instance's context.
   *
   * @return the context, or {@code null} for a host function
   */
  public Context owner() {
    return owner;
  }

  /**
   * Returns the index in the defining instance.
   *
   * @return the index, or -1 for a host function
   */
  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return "FuncRef[" + name() + "]";
  }
}

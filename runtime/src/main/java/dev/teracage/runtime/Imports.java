package dev.teracage.runtime;

import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.support.FuncRef;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a module's imports are bound to, by module and name: host functions, memories, tables and
 * globals, or every export of another instance ({@link #instance}, the spec scripts' {@code
 * register}). Explicit entries win over registered instances. Reusable for many instantiations.
 */
public final class Imports {
  private final Map<String, Object> entries = new HashMap<>();
  private final Map<String, Instance> instances = new LinkedHashMap<>();

  /** Creates an empty set of imports. */
  public Imports() {}

  /**
   * Binds a host function. Its handle receives the wasm arguments as primitives (references as
   * {@link FuncRef} or {@link Object}) and, last, the calling instance's {@link
   * dev.teracage.runtime.support.Context} (to reach the caller's memory); it returns the first
   * result. A host function with several results stores results 2..n in the context's {@code
   * results} (raw bits) or {@code resultRefs} at index k-1. No boxing on the call path.
   *
   * @param module the import's module name
   * @param name the import's name
   * @param sig the function's signature
   * @param host a handle of type {@code (params..., Context)ret}
   * @return this
   * @throws IllegalArgumentException if the handle's type does not match the signature
   */
  public Imports function(String module, String name, FuncSig sig, MethodHandle host) {
    if (!host.type().equals(Functions.contextType(sig))) {
      throw new IllegalArgumentException(
          "host function "
              + module
              + "."
              + name
              + " has type "
              + host.type()
              + ", expected "
              + Functions.contextType(sig)
              + " for "
              + sig);
    }
    return put(module, name, new FuncRef(host, sig.id(), module + "." + name));
  }

  /**
   * Binds a function value, such as another instance's export ({@link ExportedFunction#funcRef()}).
   *
   * @param module the import's module name
   * @param name the import's name
   * @param function the function
   * @return this
   */
  public Imports function(String module, String name, FuncRef function) {
    return put(module, name, function);
  }

  /**
   * Binds a memory.
   *
   * @param module the import's module name
   * @param name the import's name
   * @param memory the memory
   * @return this
   */
  public Imports memory(String module, String name, Memory memory) {
    return put(module, name, memory);
  }

  /**
   * Binds a table.
   *
   * @param module the import's module name
   * @param name the import's name
   * @param table the table
   * @return this
   */
  public Imports table(String module, String name, Table table) {
    return put(module, name, table);
  }

  /**
   * Binds a global.
   *
   * @param module the import's module name
   * @param name the import's name
   * @param global the global
   * @return this
   */
  public Imports global(String module, String name, Global global) {
    return put(module, name, global);
  }

  /**
   * Makes every export of an instance importable under a module name.
   *
   * @param module the module name importers use
   * @param instance the instance
   * @return this
   */
  public Imports instance(String module, Instance instance) {
    instances.put(Objects.requireNonNull(module), Objects.requireNonNull(instance));
    return this;
  }

  /**
   * Binds a resolved value (a {@link FuncRef}, {@link Memory}, {@link Table} or {@link Global}).
   */
  Imports bind(String module, String name, Object value) {
    return put(module, name, value);
  }

  private Imports put(String module, String name, Object value) {
    entries.put(key(module, name), Objects.requireNonNull(value));
    return this;
  }

  /**
   * Finds what an import is bound to.
   *
   * @param module the module name
   * @param name the name
   * @return a {@link FuncRef}, {@link Memory}, {@link Table} or {@link Global}, or {@code null}
   */
  Object resolve(String module, String name) {
    Object value = entries.get(key(module, name));
    if (value == null) {
      Instance instance = instances.get(module);
      if (instance != null) {
        value = instance.extern(name);
      }
    }
    return value;
  }

  private static String key(String module, String name) {
    return module.length() + ":" + module + name;
  }
}

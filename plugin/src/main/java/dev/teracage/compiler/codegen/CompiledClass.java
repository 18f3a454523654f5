package dev.teracage.compiler.codegen;

import java.util.Map;

/**
 * A generated class.
 *
 * @param name the binary class name, such as {@code wasm.m0.Module}
 * @param bytes the class file
 * @param methodSizes bytecode size in bytes of every method, by method name ({@code f<i>} for
 *     defined functions, then the class's stubs; a companion's methods as {@code Class.method})
 * @param companions the companion classes by binary name, in order (empty when one class holds
 *     every function; see {@code GeneratedClasses})
 */
public record CompiledClass(
    String name, byte[] bytes, Map<String, Integer> methodSizes, Map<String, byte[]> companions) {
  /** Creates a result, copying the maps. */
  public CompiledClass {
    methodSizes = Map.copyOf(methodSizes);
    companions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(companions));
  }

  /**
   * A single class.
   *
   * @param name the binary class name
   * @param bytes the class file
   * @param methodSizes bytecode size of every method
   */
  public CompiledClass(String name, byte[] bytes, Map<String, Integer> methodSizes) {
    this(name, bytes, methodSizes, Map.of());
  }
}

package dev.teracage.compiler.codegen;

import java.util.Map;

/**
 * A generated class.
 *
 * @param name the binary class name, such as {@code wasm.m0.Module}
 * @param bytes the class file
 * @param methodSizes bytecode size in bytes of every method, by method name ({@code f<i>} for
 *     defined functions, then the class's stubs)
 */
public record CompiledClass(String name, byte[] bytes, Map<String, Integer> methodSizes) {
  /** Creates a result, copying the map. */
  public CompiledClass {
    methodSizes = Map.copyOf(methodSizes);
  }
}

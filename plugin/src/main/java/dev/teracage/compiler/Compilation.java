package dev.teracage.compiler;

import java.util.Map;

/**
 * What compiling one module produces: the generated class and the module's image, both as bytes,
 * ready to be packaged as resources or loaded directly.
 *
 * @param className the binary name of the generated class
 * @param classBytes the class file
 * @param image the module image (format of {@code dev.teracage.runtime.image})
 * @param methodSizes bytecode size of each generated method, by method name
 */
public record Compilation(
    String className, byte[] classBytes, byte[] image, Map<String, Integer> methodSizes) {
  /** Creates a compilation, copying the map. */
  public Compilation {
    methodSizes = Map.copyOf(methodSizes);
  }
}

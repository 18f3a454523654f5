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
 * @param companionClasses the generated class's companions, by binary name (modules with more
 *     functions than one class holds; empty otherwise): package them beside it
 */
public record Compilation(
    String className,
    byte[] classBytes,
    byte[] image,
    Map<String, Integer> methodSizes,
    Map<String, byte[]> companionClasses) {
  /** Creates a compilation, copying the maps. */
  public Compilation {
    methodSizes = Map.copyOf(methodSizes);
    companionClasses =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(companionClasses));
  }

  /**
   * Returns every generated class file, the generated class first.
   *
   * @return class bytes by binary name
   */
  public Map<String, byte[]> classes() {
    Map<String, byte[]> all = new java.util.LinkedHashMap<>();
    all.put(className, classBytes);
    all.putAll(companionClasses);
    return java.util.Collections.unmodifiableMap(all);
  }
}

package dev.teracage.compiler;

import java.util.Map;

/**
 * Defines a compilation's generated class and, on demand, its companions, from their bytes: what a
 * packaged application's class loader does with the class files the plugin writes, for code that
 * compiles and runs in one JVM (the command line, the build-time instantiation, tests).
 */
public final class GeneratedClassLoader extends ClassLoader {
  private final Map<String, byte[]> classes;
  private final String main;

  /**
   * Creates a loader for one compilation.
   *
   * @param parent the loader that resolves the runtime
   * @param compilation the compilation
   */
  public GeneratedClassLoader(ClassLoader parent, Compilation compilation) {
    this(parent, compilation.className(), compilation.classes());
  }

  /**
   * Creates a loader for generated classes.
   *
   * @param parent the loader that resolves the runtime
   * @param main the generated class's binary name
   * @param classes every class file by binary name, {@code main} included
   */
  public GeneratedClassLoader(ClassLoader parent, String main, Map<String, byte[]> classes) {
    super(parent);
    this.classes = Map.copyOf(classes);
    this.main = main;
  }

  /**
   * Returns the generated class.
   *
   * @return the class, defined on first use
   */
  public Class<?> mainClass() {
    try {
      return loadClass(main);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}

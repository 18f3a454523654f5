package dev.teracage.compiler.facade;

/**
 * What to call a module's facade and where it finds the module.
 *
 * @param packageName the Java package of the facade and the generated class; empty for the unnamed
 *     package
 * @param className the facade's simple name, such as {@code Hello}
 * @param codeClassName the binary name of the class the compiler generates, in the same package
 * @param imageResource the image resource name relative to that package (or absolute, starting with
 *     {@code /}); {@code null} for the runtime's default name
 * @param memoryLimitPages the most pages any memory of an instance may have; -1 for the runtime's
 *     default
 * @param sourceName the module's name for documentation, such as {@code com/acme/hello.wat}
 */
public record FacadeSpec(
    String packageName,
    String className,
    String codeClassName,
    String imageResource,
    long memoryLimitPages,
    String sourceName) {
  /**
   * Checks the names.
   *
   * @throws IllegalArgumentException when a name is not a valid Java name
   */
  public FacadeSpec {
    if (!JavaNames.isPackageName(packageName)) {
      throw new IllegalArgumentException("not a Java package name: " + packageName);
    }
    if (!JavaNames.isIdentifier(className)) {
      throw new IllegalArgumentException("not a Java class name: " + className);
    }
  }

  /**
   * Returns the facade's binary name.
   *
   * @return for example {@code com.acme.Hello}
   */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /**
   * Returns the path of the facade's source file relative to a source root.
   *
   * @return for example {@code com/acme/Hello.java}
   */
  public String sourcePath() {
    return qualifiedName().replace('.', '/') + ".java";
  }
}

package dev.teracage.maven;

import dev.teracage.compiler.build.ModuleSettings;

/**
 * Settings for one module file, the {@code <module>} element of the {@code compile} goal's {@code
 * <modules>}. Only {@code path} is required; every other setting falls back to its convention.
 *
 * <pre>{@code
 * <modules>
 *   <module>
 *     <path>sqlite.wasm</path>
 *     <packageName>com.acme.db</packageName>
 *     <className>Sqlite</className>
 *     <memoryLimitPages>1024</memoryLimitPages>
 *   </module>
 * </modules>
 * }</pre>
 */
public class ModuleConfig {
  /**
   * The module file, relative to the source directory, with {@code /} separators, such as {@code
   * com/acme/hello.wat}. Required; must name a file the includes and excludes select.
   */
  private String path;

  /**
   * The Java package of the facade and the generated class. Default: the base package followed by
   * the file's directories below the source directory.
   */
  private String packageName;

  /**
   * The facade's simple class name. Default: the file name without extension, in upper camel case
   * ({@code my-lib.wasm} gives {@code MyLib}). The generated class is this name plus {@code Wasm}.
   */
  private String className;

  /**
   * The image resource's name, relative to the package (or absolute, starting with {@code /}).
   * Default: the generated class's simple name plus {@code .tcimg}.
   */
  private String imageResource;

  /**
   * The most 64 KiB pages any memory of an instance may have (0 to 65536), enforced when the facade
   * loads an instance and on {@code memory.grow}. Default: no limit beyond the module's.
   */
  private Long memoryLimitPages;

  /**
   * Pre-initialization: an exported function without parameters or results that the build calls
   * after instantiating the module, so that the shipped image holds the state it leaves (memory,
   * globals, tables). The initializer may not call imports: one that does fails the build, naming
   * the import. Default: none.
   */
  private String initializer;

  /** Creates empty settings, filled in by Maven. */
  public ModuleConfig() {}

  /**
   * Returns the module file's path.
   *
   * @return the path relative to the source directory, or {@code null} when not set
   */
  public String getPath() {
    return path;
  }

  /**
   * Sets the module file's path.
   *
   * @param path relative to the source directory
   */
  public void setPath(String path) {
    this.path = path;
  }

  /**
   * Sets the package.
   *
   * @param packageName a Java package name
   */
  public void setPackageName(String packageName) {
    this.packageName = packageName;
  }

  /**
   * Sets the facade's class name.
   *
   * @param className a Java identifier
   */
  public void setClassName(String className) {
    this.className = className;
  }

  /**
   * Sets the image resource name.
   *
   * @param imageResource a resource name
   */
  public void setImageResource(String imageResource) {
    this.imageResource = imageResource;
  }

  /**
   * Sets the memory limit.
   *
   * @param memoryLimitPages pages of 64 KiB
   */
  public void setMemoryLimitPages(Long memoryLimitPages) {
    this.memoryLimitPages = memoryLimitPages;
  }

  /**
   * Sets the initializer export.
   *
   * @param initializer the export's name
   */
  public void setInitializer(String initializer) {
    this.initializer = initializer;
  }

  /**
   * Returns these settings for the build.
   *
   * @param element this element's configuration path, such as {@code modules/module[1]}
   * @return the settings, not yet checked
   */
  ModuleSettings toSettings(String element) {
    return new ModuleSettings(
        packageName,
        className,
        imageResource,
        memoryLimitPages == null ? -1 : memoryLimitPages,
        initializer,
        element);
  }
}

package dev.teracage.compiler.build;

import dev.teracage.compiler.facade.FacadeSpec;
import dev.teracage.compiler.facade.JavaNames;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import java.util.List;
import java.util.Locale;

/**
 * Per-module choices; {@code null} (or -1) leaves each to its convention.
 *
 * @param packageName the Java package of the facade and generated class, or {@code null} for the
 *     base package plus the module's directory below the source directory
 * @param className the facade's simple name, or {@code null} for the file name in upper camel case
 *     ({@code my-lib.wasm} gives {@code MyLib})
 * @param imageResource the image resource name relative to the package, or {@code null} for {@code
 *     <ClassName>Wasm.tcimg}
 * @param memoryLimitPages the most 64 KiB pages any memory of an instance may have, or -1 for no
 *     limit beyond the module's own
 * @param initializer the export to run at build time and snapshot into the image
 *     (pre-initialization), or {@code null} for none
 * @param element where these settings come from in the configuration, for error messages, such as
 *     {@code modules/module[1]}
 */
public record ModuleSettings(
    String packageName,
    String className,
    String imageResource,
    long memoryLimitPages,
    String initializer,
    String element) {
  /** The largest memory of a 32-bit address space, in pages. */
  public static final long MAX_PAGES = 65536;

  /** The suffix of the generated class's simple name after the facade's. */
  public static final String CODE_CLASS_SUFFIX = "Wasm";

  /** No settings: every convention applies. */
  public static final ModuleSettings DEFAULT = new ModuleSettings(null, null, null, -1, "");

  /**
   * Settings without pre-initialization.
   *
   * @param packageName the Java package, or {@code null}
   * @param className the facade's simple name, or {@code null}
   * @param imageResource the image resource name, or {@code null}
   * @param memoryLimitPages the memory limit in pages, or -1
   * @param element where these settings come from in the configuration
   */
  public ModuleSettings(
      String packageName,
      String className,
      String imageResource,
      long memoryLimitPages,
      String element) {
    this(packageName, className, imageResource, memoryLimitPages, null, element);
  }

  /**
   * Returns these settings with each unset name taken from {@code defaults}.
   *
   * @param defaults the settings to fall back on
   * @return the merged settings
   */
  public ModuleSettings orElse(ModuleSettings defaults) {
    return new ModuleSettings(
        packageName != null ? packageName : defaults.packageName(),
        className != null ? className : defaults.className(),
        imageResource != null ? imageResource : defaults.imageResource(),
        memoryLimitPages != -1 ? memoryLimitPages : defaults.memoryLimitPages(),
        initializer != null ? initializer : defaults.initializer(),
        element);
  }

  /**
   * Checks every set value.
   *
   * @throws SettingsException naming the first bad element and its value
   */
  public void check() {
    if (packageName != null && !JavaNames.isPackageName(packageName)) {
      throw new SettingsException(
          element + "/packageName",
          packageName,
          "not a Java package name; use dot-separated Java identifiers, such as com.acme.wasm");
    }
    if (className != null && !JavaNames.isIdentifier(className)) {
      throw new SettingsException(
          element + "/className",
          className,
          "not a Java class name; use a Java identifier, such as Hello");
    }
    if (imageResource != null
        && (imageResource.isBlank()
            || imageResource.contains("..")
            || imageResource.endsWith("/")
            || imageResource.contains("\\"))) {
      throw new SettingsException(
          element + "/imageResource",
          imageResource,
          "not a resource file name; use a name relative to the package, such as hello.tcimg");
    }
    if (initializer != null && initializer.isBlank()) {
      throw new SettingsException(
          element + "/initializer",
          initializer,
          "empty; name an exported function without parameters or results, or leave it out");
    }
    if (memoryLimitPages != -1 && (memoryLimitPages < 0 || memoryLimitPages > MAX_PAGES)) {
      throw new SettingsException(
          element + "/memoryLimitPages",
          Long.toString(memoryLimitPages),
          "out of range; use 0 to " + MAX_PAGES + " pages of 64 KiB (or leave it out)");
    }
  }

  /**
   * Checks the memory limit against a module's memories: a limit below a memory's minimum would
   * make every instantiation fail.
   *
   * @param module the module
   * @throws SettingsException naming the limit and the memory
   */
  public void checkAgainst(Module module) {
    if (memoryLimitPages < 0) {
      return;
    }
    List<MemoryType> memories = module.memoryTypes();
    for (int m = 0; m < memories.size(); m++) {
      long min = memories.get(m).limits().min();
      if (min > memoryLimitPages) {
        throw new SettingsException(
            element + "/memoryLimitPages",
            Long.toString(memoryLimitPages),
            "below the minimum of memory "
                + m
                + " ("
                + min
                + " pages); raise it to at least "
                + min);
      }
    }
  }

  /**
   * Returns the facade names for a module file under these settings.
   *
   * @param relativePath the file's path below the source directory, with {@code /} separators
   * @param basePackage the package of modules at the source directory's root, possibly empty
   * @return the names
   * @throws SettingsException when a derived name cannot be made valid
   */
  public FacadeSpec facadeSpec(String relativePath, String basePackage) {
    int slash = relativePath.lastIndexOf('/');
    String pkg = packageName;
    if (pkg == null) {
      pkg = basePackage;
      if (slash > 0) {
        String dirs = JavaNames.packageOf(relativePath.substring(0, slash));
        pkg = pkg.isEmpty() ? dirs : pkg + "." + dirs;
      }
    }
    String name = className;
    if (name == null) {
      String file = relativePath.substring(slash + 1);
      int dot = file.lastIndexOf('.');
      name = JavaNames.type(dot > 0 ? file.substring(0, dot) : file, "Module");
    }
    String code = (pkg.isEmpty() ? "" : pkg + ".") + name + CODE_CLASS_SUFFIX;
    return new FacadeSpec(pkg, name, code, imageResource, memoryLimitPages, relativePath);
  }

  /**
   * Returns a stable text of these settings, for the up-to-date check.
   *
   * @return the settings as one line
   */
  String fingerprint() {
    return String.format(
        Locale.ROOT,
        "package=%s;class=%s;image=%s;pages=%d;init=%s",
        packageName,
        className,
        imageResource,
        memoryLimitPages,
        initializer);
  }
}

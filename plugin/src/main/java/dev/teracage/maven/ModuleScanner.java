package dev.teracage.maven;

import dev.teracage.compiler.build.ModuleBuild;
import dev.teracage.compiler.build.ModuleSettings;
import dev.teracage.compiler.build.SettingsException;
import java.io.File;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.DirectoryScanner;

/** Finds module files and matches their {@code <module>} settings. */
final class ModuleScanner {
  static final List<String> DEFAULT_INCLUDES = List.of("**/*.wasm", "**/*.wat");

  private ModuleScanner() {}

  /**
   * Lists the module files, sorted, as {@code /}-separated paths below the directory.
   *
   * @param directory the source directory
   * @param includes patterns, or {@code null}/empty for the defaults
   * @param excludes patterns, or {@code null}
   * @return the relative paths
   */
  static List<String> scan(File directory, List<String> includes, List<String> excludes) {
    DirectoryScanner scanner = new DirectoryScanner();
    scanner.setBasedir(directory);
    List<String> in = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
    scanner.setIncludes(in.toArray(String[]::new));
    if (excludes != null && !excludes.isEmpty()) {
      scanner.setExcludes(excludes.toArray(String[]::new));
    }
    scanner.addDefaultExcludes();
    scanner.scan();
    return Arrays.stream(scanner.getIncludedFiles())
        .map(p -> p.replace(File.separatorChar, '/'))
        .sorted()
        .toList();
  }

  /**
   * Returns each file's settings, checking every {@code <module>} element and that no two modules
   * get the same facade class.
   *
   * @param files the module files
   * @param configs the {@code <module>} elements, or {@code null}
   * @param build the build, for the names it derives
   * @param directory the source directory, for messages
   * @return settings per file
   * @throws SettingsException naming the bad element and value
   */
  static Map<String, ModuleSettings> settings(
      List<String> files, List<ModuleConfig> configs, ModuleBuild build, File directory) {
    return settings(files, Map.of(), configs, build, directory);
  }

  /**
   * Returns each module's settings, as {@link #settings(List, List, ModuleBuild, File)}, for the
   * files and for modules from dependencies.
   *
   * @param files the module files
   * @param dependencies modules from dependencies: their key (see {@link DependencyModules}) and
   *     default settings; a {@code <module>} names one by {@code groupId:artifactId}
   * @param configs the {@code <module>} elements, or {@code null}
   * @param build the build, for the names it derives
   * @param directory the source directory, for messages
   * @return settings per file or dependency key
   * @throws SettingsException naming the bad element and value
   */
  static Map<String, ModuleSettings> settings(
      List<String> files,
      Map<String, ModuleSettings> dependencies,
      List<ModuleConfig> configs,
      ModuleBuild build,
      File directory) {
    Map<String, ModuleSettings> result = new LinkedHashMap<>();
    for (String f : files) {
      result.put(f, ModuleSettings.DEFAULT);
    }
    result.putAll(dependencies);
    Map<String, String> configured = new HashMap<>();
    for (int i = 0; configs != null && i < configs.size(); i++) {
      String element = "modules/module[" + (i + 1) + "]";
      ModuleConfig config = configs.get(i);
      String path = config.getPath() == null ? "" : config.getPath().strip().replace('\\', '/');
      path = DependencyModules.keyOf(path);
      if (path.isEmpty()) {
        throw new SettingsException(
            element + "/path", "", "required: the module file relative to " + directory);
      }
      if (!result.containsKey(path)) {
        throw new SettingsException(
            element + "/path",
            path,
            "no such module file in "
                + directory
                + " (selected by includes and excludes: "
                + String.join(", ", files)
                + ") and no such dependency of type wasm"
                + (dependencies.isEmpty()
                    ? ""
                    : " ("
                        + String.join(", ", DependencyModules.names(dependencies.keySet()))
                        + ")"));
      }
      String previous = configured.put(path, element);
      if (previous != null) {
        throw new SettingsException(
            element + "/path", path, "already configured by <" + previous + ">; merge the two");
      }
      ModuleSettings settings = config.toSettings(element).orElse(result.get(path));
      settings.check();
      result.put(path, settings);
    }
    Map<String, String> classes = new HashMap<>();
    for (Map.Entry<String, ModuleSettings> e : result.entrySet()) {
      String name = build.spec(e.getKey(), e.getValue()).qualifiedName();
      String other = classes.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), e.getKey());
      if (other != null) {
        throw new SettingsException(
            "modules",
            e.getKey(),
            "gives the same facade class "
                + name
                + " as "
                + other
                + "; set <className> or <packageName> in a <module> for one of them");
      }
    }
    return result;
  }
}

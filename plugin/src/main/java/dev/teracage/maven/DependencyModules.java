package dev.teracage.maven;

import dev.teracage.compiler.build.ModuleSettings;
import dev.teracage.compiler.facade.JavaNames;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;

/**
 * Modules taken from the project's dependencies of type {@code wasm}. Each gets a key that stands
 * for its file in the build ({@code dependencies/<groupId>/<artifactId>.wasm}, never a real path),
 * and by default the facade {@code <groupId>.<ArtifactId>} (the group id as package, the artifact
 * id in upper camel case); a {@code <module>} whose {@code <path>} is {@code groupId:artifactId}
 * configures one.
 */
final class DependencyModules {
  /** The dependency type that marks a WebAssembly module. */
  static final String TYPE = "wasm";

  private static final String PREFIX = "dependencies/";

  private DependencyModules() {}

  /** A module from a dependency: its file and how it is named in messages. */
  record Module(File file, String displayName, ModuleSettings defaults) {}

  /**
   * Finds the project's {@code wasm} dependencies.
   *
   * @param artifacts the project's resolved artifacts
   * @return each module by key, sorted
   */
  static Map<String, Module> find(Collection<Artifact> artifacts) {
    Map<String, Module> result = new TreeMap<>();
    for (Artifact a : artifacts) {
      if (!TYPE.equals(a.getType()) || a.getFile() == null) {
        continue;
      }
      ModuleSettings defaults =
          new ModuleSettings(
              JavaNames.packageOf(a.getGroupId().replace('.', '/')),
              JavaNames.type(a.getArtifactId(), "Module"),
              null,
              -1,
              "");
      result.put(
          key(a.getGroupId(), a.getArtifactId()),
          new Module(
              a.getFile(),
              a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion() + ":" + TYPE,
              defaults));
    }
    return result;
  }

  /** The key of a dependency module. */
  static String key(String groupId, String artifactId) {
    return PREFIX + groupId + "/" + artifactId + ".wasm";
  }

  /**
   * Turns a {@code <path>} of the form {@code groupId:artifactId} into its key; leaves file paths
   * as they are.
   *
   * @param path the configured path
   * @return the key or the path
   */
  static String keyOf(String path) {
    int colon = path.indexOf(':');
    if (colon > 0 && colon == path.lastIndexOf(':') && !path.contains("/")) {
      return key(path.substring(0, colon), path.substring(colon + 1));
    }
    return path;
  }

  /**
   * Names keys as {@code groupId:artifactId}, for messages.
   *
   * @param keys dependency keys
   * @return the names
   */
  static List<String> names(Collection<String> keys) {
    List<String> names = new ArrayList<>();
    for (String k : keys) {
      String rest = k.substring(PREFIX.length(), k.length() - ".wasm".length());
      int slash = rest.lastIndexOf('/');
      names.add(rest.substring(0, slash) + ":" + rest.substring(slash + 1));
    }
    return names;
  }
}

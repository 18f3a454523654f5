package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test support: everything observable about a host directory tree, for before/after checks. Shared
 * with the plugin's WASI tests through this module's test jar.
 */
public final class TreeSnapshot {
  private TreeSnapshot() {}

  /** Maps each relative path to its type, size, times and content (or link target). */
  public static Map<String, String> of(Path root) {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        BasicFileAttributes a =
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String what;
        if (a.isSymbolicLink()) {
          what = "link -> " + Files.readSymbolicLink(path);
        } else if (a.isDirectory()) {
          what = "dir mtime " + a.lastModifiedTime();
        } else {
          what =
              "file "
                  + a.size()
                  + " mtime "
                  + a.lastModifiedTime()
                  + " "
                  + Arrays.hashCode(Files.readAllBytes(path));
        }
        tree.put(root.relativize(path).toString(), what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree;
  }
}

package dev.teracage.compiler.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a spec test suite (a directory of {@code .wast} scripts) from a system property, with a
 * default beside the checkout. A missing suite skips the tests with a message saying how to supply
 * it, except on CI ({@code CI=true}), where it fails the build.
 *
 * @param name the suite's name, its directory name (for example {@code wasm-testsuite-2.0})
 * @param dir the directory
 */
record SpecSuite(String name, Path dir) {

  /**
   * Locates a suite.
   *
   * @param property the system property naming its directory
   * @param defaultName the directory's name under {@code ../shared} when the property is unset
   * @return the suite; aborts or fails the calling test when the directory is missing
   */
  static SpecSuite locate(String property, String defaultName) {
    String configured = System.getProperty(property);
    Path dir =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of("..", "..", "shared", defaultName);
    dir = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      String message =
          "spec suite "
              + defaultName
              + " not found at "
              + dir
              + "; supply it with -D"
              + property
              + "=/path/to/"
              + defaultName;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + " (CI=true: a missing suite fails the build)");
      }
      Assumptions.abort(message);
    }
    return new SpecSuite(dir.getFileName().toString(), dir);
  }

  /**
   * Returns every {@code .wast} script, sorted, as paths relative to the suite directory with
   * forward slashes.
   *
   * @return the scripts
   */
  List<String> scripts() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".wast") && Files.isRegularFile(p))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

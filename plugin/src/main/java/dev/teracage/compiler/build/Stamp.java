package dev.teracage.compiler.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the last build of one module was made from and what it wrote: a text file whose first line
 * is the inputs' SHA-256 (or {@link #NONE} while a build is under way or after it failed) and whose
 * other lines are the output paths.
 *
 * @param key the inputs' digest
 * @param outputs the files written
 */
record Stamp(String key, List<Path> outputs) {
  /** The file name suffix of stamps. */
  static final String SUFFIX = ".sha256";

  /** The key of a stamp that matches no inputs. */
  static final String NONE = "-";

  /** Copies the list. */
  Stamp {
    outputs = List.copyOf(outputs);
  }

  /**
   * Reads a stamp.
   *
   * @param file the stamp file
   * @return the stamp, or {@code null} when there is none
   * @throws IOException if it cannot be read
   */
  static Stamp read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return null;
    }
    return new Stamp(lines.get(0), lines.subList(1, lines.size()).stream().map(Path::of).toList());
  }

  /**
   * Writes the stamp.
   *
   * @param file where
   * @throws IOException if it cannot be written
   */
  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(key).append('\n');
    for (Path p : outputs) {
      text.append(p).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

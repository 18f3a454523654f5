package dev.teracage.compiler.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The one list of spec commands Teracage does not run, each with a reason a reader can check. Read
 * from {@code spec-exclusions.txt} beside this class: one line per command, {@code <script>:<line>
 * <reason>}, where script is relative to the suite directory; {@code #} starts a comment.
 */
final class SpecExclusions {
  private final Map<String, String> reasons;

  private SpecExclusions(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  static SpecExclusions load() {
    Map<String, String> reasons = new HashMap<>();
    try (InputStream in = SpecExclusions.class.getResourceAsStream("spec-exclusions.txt")) {
      if (in == null) {
        throw new IllegalStateException("spec-exclusions.txt missing from the test classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        if (space < 0 || !line.substring(0, space).matches(".+\\.wast:\\d+")) {
          throw new IllegalStateException(
              "spec-exclusions.txt:" + number + ": expected '<script>:<line> <reason>'");
        }
        reasons.put(line.substring(0, space), line.substring(space + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpecExclusions(reasons);
  }

  /** Returns why a command is excluded, or {@code null} when it runs. */
  String reason(String script, int line) {
    return reasons.get(script + ":" + line);
  }
}

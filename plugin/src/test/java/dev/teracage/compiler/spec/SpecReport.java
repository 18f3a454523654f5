package dev.teracage.compiler.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts outcomes per script and writes them as {@code target/spec-report-<suite>.json}:
 *
 * <pre>{"suite": "...", "files": {"x.wast": {"passed": 0, "failed": 0, "notRun": 0}, ...},
 * "totals": {"passed": 0, "failed": 0, "notRun": 0}}</pre>
 */
final class SpecReport {
  private final String suite;
  private final Map<String, int[]> files = new TreeMap<>();

  SpecReport(String suite) {
    this.suite = suite;
  }

  /** Registers a script so that it appears in the report even with no commands. */
  synchronized void script(String file) {
    files.computeIfAbsent(file, f -> new int[3]);
  }

  synchronized void record(String file, Outcome outcome) {
    files.computeIfAbsent(file, f -> new int[3])[outcome.ordinal()]++;
  }

  synchronized int[] totals() {
    int[] t = new int[3];
    for (int[] c : files.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  /** Returns the one-line summary: {@code spec <suite>: N passed, M failed, K not run}. */
  String summary() {
    int[] t = totals();
    return "spec " + suite + ": " + t[0] + " passed, " + t[1] + " failed, " + t[2] + " not run";
  }

  synchronized String toJson() {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"suite\": ").append(quote(suite)).append(", \"files\": {");
    String sep = "";
    for (var e : files.entrySet()) {
      sb.append(sep)
          .append("\n  ")
          .append(quote(e.getKey()))
          .append(": ")
          .append(counts(e.getValue()));
      sep = ",";
    }
    sb.append("\n}, \"totals\": ").append(counts(totals())).append("}\n");
    return sb.toString();
  }

  /** Writes the JSON report into {@code dir} and returns its path. */
  Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("spec-report-" + suite + ".json");
      Files.writeString(file, toJson());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String counts(int[] c) {
    return "{\"passed\": " + c[0] + ", \"failed\": " + c[1] + ", \"notRun\": " + c[2] + "}";
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format("\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}

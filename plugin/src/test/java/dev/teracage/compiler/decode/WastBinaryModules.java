package dev.teracage.compiler.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test utility: finds the {@code (module binary "...")} forms of spec test scripts with a regular
 * expression and decodes their strings, telling which sit inside {@code assert_malformed}.
 */
final class WastBinaryModules {
  private static final Pattern MODULE =
      Pattern.compile("\\(module(?:\\s+\\$[^\\s()]+)?\\s+binary\\b");
  private static final Pattern MALFORMED_BEFORE = Pattern.compile("\\(assert_malformed\\s*$");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * One binary module of a script.
   *
   * @param file the script
   * @param line the 1-based line of {@code (module}
   * @param bytes the module
   * @param malformed whether it is the module of an {@code assert_malformed}
   * @param reason the expected message of an {@code assert_malformed}, else {@code null}
   */
  record Found(Path file, int line, byte[] bytes, boolean malformed, String reason) {
    @Override
    public String toString() {
      return file.getFileName() + ":" + line;
    }
  }

  private WastBinaryModules() {}

  /**
   * Returns the 2.0 test suite directory: system property {@code teracage.spec.dir}, else {@code
   * ../shared/wasm-testsuite-2.0} relative to the module, else {@code
   * ../../shared/wasm-testsuite-2.0}.
   *
   * @return the directory holding the 2.0 scripts
   */
  static Path suiteDir() {
    return find(System.getProperty("teracage.spec.dir"), "wasm-testsuite-2.0");
  }

  /**
   * Returns the 3.0 test suite directory: system property {@code teracage.spec3.dir}, else {@code
   * ../../shared/wasm-testsuite} (beside the checkout).
   *
   * @return the directory holding the 3.0 scripts
   */
  static Path suite3Dir() {
    return find(System.getProperty("teracage.spec3.dir"), "wasm-testsuite");
  }

  private static Path find(String property, String name) {
    List<Path> candidates = new ArrayList<>();
    if (property != null) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("../../shared", name));
    for (Path p : candidates) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("spec test suite not found in " + candidates);
  }

  /**
   * Lists the binary modules of every {@code .wast} under a directory.
   *
   * @param dir the directory
   * @return the modules
   */
  static List<Found> all(Path dir) {
    List<Found> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
        result.addAll(in(f, Files.readString(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  static List<Found> in(Path file, String text) {
    List<Found> result = new ArrayList<>();
    Matcher m = MODULE.matcher(text);
    while (m.find()) {
      int lineStart = text.lastIndexOf('\n', m.start()) + 1;
      if (text.substring(lineStart, m.start()).contains(";;")) {
        continue;
      }
      int end = closing(text, m.start());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Matcher s = STRING.matcher(stripComments(text.substring(m.end(), end)));
      while (s.find()) {
        unescape(s.group(1), bytes);
      }
      String before = stripComments(text.substring(Math.max(0, m.start() - 200), m.start()));
      boolean malformed = MALFORMED_BEFORE.matcher(before).find();
      String reason = null;
      if (malformed) {
        Matcher r =
            STRING.matcher(
                stripComments(text.substring(end + 1, Math.min(text.length(), end + 300))));
        reason = r.find() ? r.group(1) : null;
      }
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      result.add(new Found(file, line, bytes.toByteArray(), malformed, reason));
    }
    return result;
  }

  private static String stripComments(String s) {
    StringBuilder sb = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          sb.append(s.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        sb.append(c);
      } else if (c == ';' && i + 1 < s.length() && s.charAt(i + 1) == ';') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
        sb.append('\n');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int closing(String text, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == ';' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
        i = text.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced module at " + open);
  }

  private static void unescape(String s, ByteArrayOutputStream out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.writeBytes(utf8);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case 'r' -> out.write('\r');
        case '\\', '\'', '"' -> out.write(e);
        case 'u' -> {
          int close = s.indexOf('}', i);
          int cp = Integer.parseInt(s.substring(i + 2, close).replace("_", ""), 16);
          out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
          i = close;
        }
        default -> {
          out.write(Integer.parseInt(s.substring(i, i + 2), 16));
          i++;
        }
      }
    }
  }
}

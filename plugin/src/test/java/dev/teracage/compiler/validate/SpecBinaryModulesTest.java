package dev.teracage.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Validates every {@code (module binary ...)} of the 2.0 spec scripts that is not in an {@code
 * assert_malformed}: modules in an {@code assert_invalid} must fail with the expected message (as a
 * prefix, like the reference interpreter's test runner), all others (plain, and in {@code
 * assert_unlinkable}, {@code assert_uninstantiable}, {@code assert_trap}) must validate. Modules in
 * text form wait for the text reader and the harness.
 */
class SpecBinaryModulesTest {
  private static Path suite() {
    for (String p :
        new String[] {"../shared/wasm-testsuite-2.0", "/work/shared/wasm-testsuite-2.0"}) {
      if (Files.isDirectory(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  @Test
  void binaryModulesOfTheSuite() throws IOException {
    Path dir = suite();
    Assumptions.assumeTrue(dir != null, "wasm-testsuite-2.0 not found");
    List<String> failures = new ArrayList<>();
    int invalid = 0;
    int valid = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      Sexpr top = new Sexpr(text);
      for (Sexpr.Node cmd : top.parseAll()) {
        String head = cmd.head();
        Sexpr.Node module = null;
        String expected = null;
        if ("module".equals(head)) {
          module = cmd;
        } else if ("assert_invalid".equals(head)) {
          module = cmd.children.get(1);
          expected = cmd.children.get(2).string;
        } else if (SpecTextModulesTest.MUST_VALIDATE.contains(head)) {
          module = cmd.children.get(1);
        }
        if (module == null || !module.isBinaryModule()) {
          continue;
        }
        String where = dir.relativize(f) + ":" + cmd.line;
        Module m;
        try {
          m = ModuleDecoder.decode(module.binary());
        } catch (RuntimeException e) {
          failures.add(where + ": decode failed: " + e);
          continue;
        }
        try {
          Validator.validate(m);
          if (expected != null) {
            failures.add(where + ": expected invalid \"" + expected + "\" but validated");
          } else {
            valid++;
          }
        } catch (InvalidException e) {
          if (expected == null) {
            failures.add(where + ": expected valid but " + e.getMessage());
          } else if (!e.reason().startsWith(expected)) {
            failures.add(where + ": expected \"" + expected + "\" but " + e.getMessage());
          } else {
            invalid++;
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(invalid > 5 && valid > 50, "found " + invalid + " invalid, " + valid + " valid");
  }

  /** A minimal reader of WAST s-expressions: lists, atoms and strings, skipping comments. */
  static final class Sexpr {
    private final String s;
    private int i;
    private int line = 1;

    Sexpr(String s) {
      this.s = s;
    }

    /** A list or an atom. */
    static final class Node {
      final List<Node> children = new ArrayList<>();
      String atom;
      String string;
      byte[] bytes;
      int line;
      int begin;
      int end;

      String head() {
        return children.isEmpty() ? null : children.get(0).atom;
      }

      boolean isTextModule() {
        if (!"module".equals(head())) {
          return false;
        }
        for (Node c : children) {
          if ("binary".equals(c.atom) || "quote".equals(c.atom)) {
            return false;
          }
        }
        return true;
      }

      boolean isBinaryModule() {
        if (!"module".equals(head())) {
          return false;
        }
        for (Node c : children) {
          if ("binary".equals(c.atom)) {
            return true;
          }
        }
        return false;
      }

      byte[] binary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Node c : children) {
          if (c.bytes != null) {
            out.writeBytes(c.bytes);
          }
        }
        return out.toByteArray();
      }
    }

    List<Node> parseAll() {
      List<Node> result = new ArrayList<>();
      while (skip()) {
        result.add(node());
      }
      return result;
    }

    private boolean skip() {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\n') {
          line++;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (s.startsWith(";;", i)) {
          while (i < s.length() && s.charAt(i) != '\n') {
            i++;
          }
        } else if (s.startsWith("(;", i)) {
          int depth = 0;
          do {
            if (s.startsWith("(;", i)) {
              depth++;
              i += 2;
            } else if (s.startsWith(";)", i)) {
              depth--;
              i += 2;
            } else {
              if (s.charAt(i) == '\n') {
                line++;
              }
              i++;
            }
          } while (depth > 0 && i < s.length());
        } else {
          return true;
        }
      }
      return false;
    }

    private Node node() {
      Node n = new Node();
      n.line = line;
      n.begin = i;
      char c = s.charAt(i);
      if (c == '(') {
        i++;
        while (skip() && s.charAt(i) != ')') {
          n.children.add(node());
        }
        i++;
      } else if (c == '"') {
        i++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (s.charAt(i) != '"') {
          char d = s.charAt(i++);
          if (d == '\\') {
            char e = s.charAt(i++);
            switch (e) {
              case 'n' -> out.write('\n');
              case 't' -> out.write('\t');
              case 'r' -> out.write('\r');
              case '"', '\'', '\\' -> out.write(e);
              case 'u' -> {
                int close = s.indexOf('}', i);
                int cp = Integer.parseInt(s.substring(i + 1, close), 16);
                out.writeBytes(
                    new String(Character.toChars(cp))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                i = close + 1;
              }
              default -> {
                out.write(Integer.parseInt(s.substring(i - 1, i + 1), 16));
                i++;
              }
            }
          } else {
            if (d == '\n') {
              line++;
            }
            out.writeBytes(String.valueOf(d).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }
        }
        i++;
        n.bytes = out.toByteArray();
        n.string = new String(n.bytes, java.nio.charset.StandardCharsets.UTF_8);
      } else {
        int start = i;
        while (i < s.length()
            && !Character.isWhitespace(s.charAt(i))
            && s.charAt(i) != '('
            && s.charAt(i) != ')') {
          i++;
        }
        n.atom = s.substring(start, i);
      }
      n.end = i;
      return n;
    }
  }
}

package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.teracage.compiler.MalformedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every script of the specification test suites. The 2.0 suite must parse without error; the
 * 3.0 suite is only reported (its proposals add script syntax we do not read yet).
 */
class WastParserSuiteTest {
  private static final String PROPERTY = "teracage.spec.dir";

  /**
   * Finds the 2.0 suite: the system property, else {@code ../shared/wasm-testsuite-2.0} relative to
   * the plugin module (or to the project, or the shared checkout of a worktree).
   */
  static Path suite20() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      return Path.of(configured);
    }
    List<Path> candidates =
        List.of(
            Path.of("../shared/wasm-testsuite-2.0"), Path.of("../../shared/wasm-testsuite-2.0"));
    return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0));
  }

  private static List<Path> scripts(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    }
  }

  /** Parses every script, returning one line per failure and counting commands per kind. */
  private static List<String> parseAll(Path dir, Map<String, Integer> kinds) throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path file : scripts(dir)) {
      String name = dir.relativize(file).toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      try {
        for (Command c : WastParser.parse(name, text).commands()) {
          kinds.merge(c.getClass().getSimpleName(), 1, Integer::sum);
        }
      } catch (MalformedException e) {
        failures.add(e.getMessage());
      }
    }
    return failures;
  }

  @Test
  void parsesEveryScriptOfTheSuite20() throws IOException {
    Path dir = suite20();
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(Files.isDirectory(dir), "spec suite not found at " + dir.toAbsolutePath());
    }
    assumeTrue(
        Files.isDirectory(dir),
        "spec suite not found at " + dir + "; set -D" + PROPERTY + "=<wasm-testsuite-2.0 dir>");
    assertEquals(148, scripts(dir).size());
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> failures = parseAll(dir, kinds);
    System.out.println("wast 2.0 commands per kind: " + kinds);
    assertEquals(List.of(), failures);
    assertTrue(kinds.getOrDefault("AssertReturn", 0) > 40_000, kinds::toString);
  }

  @Test
  void reportsTheSuite30() throws IOException {
    Path dir = suite20().resolveSibling("wasm-testsuite");
    assumeTrue(Files.isDirectory(dir), "3.0 suite not found at " + dir);
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> failures = parseAll(dir, kinds);
    System.out.println(
        "wast 3.0: " + scripts(dir).size() + " scripts, " + failures.size() + " fail to parse");
    failures.forEach(f -> System.out.println("  " + f));
    System.out.println("wast 3.0 commands per kind: " + kinds);
  }

  /**
   * Hands every text and quoted module of the 2.0 suite to {@link WatParser}: the kept source of
   * every module the script expects to be well-formed must read, which checks the module spans and
   * quote wrapping end to end; and every quoted {@code assert_malformed} module must fail with the
   * script's reason, which checks that quoted strings are concatenated as written (token.wast
   * depends on it).
   */
  @Test
  void textModulesOfTheSuite20ReadWithTheWatParser() throws IOException {
    Path dir = suite20();
    assumeTrue(Files.isDirectory(dir), "spec suite not found at " + dir);
    int read = 0;
    int rejected = 0;
    List<String> unreadable = new ArrayList<>();
    List<String> malformedMismatches = new ArrayList<>();
    for (Path file : scripts(dir)) {
      String name = dir.relativize(file).toString();
      Script script = WastParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
      for (Command c : script.commands()) {
        ScriptModule m = module(c);
        if (m == null || m.form() == ScriptModule.Form.BINARY) {
          continue;
        }
        String where = name + ":" + m.line() + ":" + m.column();
        String expected = c instanceof Command.AssertMalformed a ? a.message() : null;
        try {
          WatParser.parseModule(m.text(), where);
          if (expected == null) {
            read++;
          } else {
            malformedMismatches.add(where + ": read, but expected " + expected);
          }
        } catch (MalformedException e) {
          if (expected == null) {
            unreadable.add(e.getMessage());
          } else if (e.reason().startsWith(expected)) {
            rejected++;
          } else {
            malformedMismatches.add(where + ": " + e.reason() + ", but expected " + expected);
          }
        }
      }
    }
    System.out.println(
        "wast 2.0 text modules: "
            + read
            + " read, "
            + rejected
            + " malformed as expected, "
            + malformedMismatches.size()
            + " assert_malformed mismatches (WAT parser)");
    malformedMismatches.stream().limit(10).forEach(f -> System.out.println("  " + f));
    assertEquals(List.of(), unreadable);
    assertEquals(List.of(), malformedMismatches);
    assertTrue(read > 3500, "read " + read);
  }

  private static ScriptModule module(Command c) {
    return switch (c) {
      case Command.ModuleCommand m -> m.module();
      case Command.AssertMalformed m -> m.module();
      case Command.AssertInvalid m -> m.module();
      case Command.AssertUnlinkable m -> m.module();
      case Command.AssertUninstantiable m -> m.module();
      case Command.AssertModuleTrap m -> m.module();
      default -> null;
    };
  }
}

package dev.teracage.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.model.Module;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Validates the text-form modules of the 2.0 spec scripts: each {@code assert_invalid} module must
 * fail with the expected message (as a prefix); each plain {@code (module ...)}, and the module of
 * each {@code assert_unlinkable}, {@code assert_uninstantiable} and {@code assert_trap}, must
 * validate. The text reader is looked up reflectively, so this test is skipped until it is on the
 * class path; a module the text reader cannot parse is not counted.
 */
class SpecTextModulesTest {
  /** Assertions whose module must be valid (it fails later: linking, instantiation, a trap). */
  static final java.util.Set<String> MUST_VALIDATE =
      java.util.Set.of("assert_unlinkable", "assert_uninstantiable", "assert_trap");

  /** Commands whose text the text reader turns into a different module, keyed file:line. */
  private static final java.util.Map<String, String> TEXT_READER_ISSUES =
      java.util.Map.of(
          "call_indirect.wast:1021",
          "the text reader turns (type 0xffffffff) into a new type index instead of keeping it");

  @Test
  void textModulesOfTheSuite() throws Exception {
    Method parse = parser();
    Assumptions.assumeTrue(parse != null, "text reader (WatParser) not on the class path");
    Path dir = null;
    for (String p :
        new String[] {"../shared/wasm-testsuite-2.0", "/work/shared/wasm-testsuite-2.0"}) {
      if (Files.isDirectory(Path.of(p))) {
        dir = Path.of(p);
        break;
      }
    }
    Assumptions.assumeTrue(dir != null, "wasm-testsuite-2.0 not found");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    int unparsed = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      for (SpecBinaryModulesTest.Sexpr.Node cmd :
          new SpecBinaryModulesTest.Sexpr(text).parseAll()) {
        SpecBinaryModulesTest.Sexpr.Node module = null;
        String expected = null;
        if ("module".equals(cmd.head())) {
          module = cmd;
        } else if ("assert_invalid".equals(cmd.head())) {
          module = cmd.children.get(1);
          expected = cmd.children.get(2).string;
        } else if (MUST_VALIDATE.contains(cmd.head())) {
          module = cmd.children.get(1);
        }
        if (module == null || !module.isTextModule()) {
          continue;
        }
        String where = dir.relativize(f) + ":" + cmd.line;
        if (TEXT_READER_ISSUES.containsKey(where)) {
          continue;
        }
        Module m;
        try {
          m = (Module) parse.invoke(null, text.substring(module.begin, module.end));
        } catch (InvocationTargetException e) {
          unparsed++;
          continue;
        }
        checked++;
        try {
          Validator.validate(m);
          if (expected != null) {
            failures.add(where + ": expected \"" + expected + "\" but validated");
          }
        } catch (InvalidException e) {
          if (expected == null || !e.reason().startsWith(expected)) {
            failures.add(
                where
                    + ": expected "
                    + (expected == null ? "valid" : "\"" + expected + "\"")
                    + " but "
                    + e.getMessage());
          }
        } catch (RuntimeException e) {
          failures.add(where + ": " + e);
        }
      }
    }
    System.out.println(
        "spec text modules: "
            + checked
            + " checked, "
            + unparsed
            + " not parsed, "
            + failures.size()
            + " failed");
    assertEquals(List.of(), failures);
  }

  private static Method parser() {
    try {
      return Class.forName("dev.teracage.compiler.text.WatParser")
          .getMethod("parseModule", String.class);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}

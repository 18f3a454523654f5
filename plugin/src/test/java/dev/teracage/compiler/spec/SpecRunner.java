package dev.teracage.compiler.spec;

import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.Script;
import dev.teracage.compiler.text.WastParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one spec runner: turns every script of a suite into a container of dynamic tests, one per
 * command, records each outcome in a {@link SpecReport}, and applies {@link SpecExclusions}. Suites
 * get thin entry points ({@link Spec2Test}).
 */
final class SpecRunner {
  private final SpecSuite suite;
  private final SpecReport report;
  private final SpecExclusions exclusions = SpecExclusions.load();

  SpecRunner(SpecSuite suite) {
    this.suite = suite;
    this.report = new SpecReport(suite.name());
  }

  SpecReport report() {
    return report;
  }

  /**
   * Returns one container per script; {@code -Dteracage.spec.only=<regex>} keeps the scripts whose
   * path (relative to the suite, e.g. {@code simd/simd_i8x16_arith.wast}) matches, for working on
   * one area.
   */
  Stream<DynamicNode> tests() {
    String only = System.getProperty("teracage.spec.only", "");
    return only.isEmpty() ? tests(s -> true) : tests(s -> s.matches(only));
  }

  Stream<DynamicNode> tests(java.util.function.Predicate<String> scripts) {
    return suite.scripts().stream().filter(scripts).map(this::scriptTests);
  }

  private DynamicNode scriptTests(String file) {
    report.script(file);
    Path path = suite.dir().resolve(file);
    Script script;
    try {
      script = WastParser.parse(file, Files.readString(path, StandardCharsets.UTF_8));
    } catch (ModuleException e) {
      return DynamicTest.dynamicTest(
          file + ": script",
          path.toUri(),
          () -> {
            report.record(file, Outcome.FAILED);
            throw new AssertionFailedError("script does not parse: " + e.getMessage(), e);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ScriptRunner runner = new ScriptRunner(file);
    List<DynamicNode> tests = new ArrayList<>();
    for (Command command : script.commands()) {
      String name = "line " + command.line() + ": " + kind(command);
      tests.add(
          DynamicTest.dynamicTest(name, path.toUri(), () -> runCommand(file, runner, command)));
    }
    return DynamicContainer.dynamicContainer(file, path.toUri(), tests.stream());
  }

  private void runCommand(String file, ScriptRunner runner, Command command) {
    String excluded = exclusions.reason(file, command.line());
    if (excluded != null) {
      report.record(file, Outcome.NOT_RUN);
      throw new TestAbortedException("excluded: " + excluded);
    }
    try {
      runner.run(command);
      report.record(file, Outcome.PASSED);
    } catch (TestAbortedException e) {
      report.record(file, Outcome.NOT_RUN);
      throw e;
    } catch (Throwable e) {
      report.record(file, Outcome.FAILED);
      throw e;
    }
  }

  private static String kind(Command command) {
    String name = command.getClass().getSimpleName();
    return switch (command) {
      case Command.ModuleCommand c -> "module";
      case Command.Register c -> "register";
      case Command.ActionCommand c -> "action";
      case Command.AssertModuleTrap c -> "assert_trap (module)";
      default -> name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    };
  }
}

package dev.teracage.compiler.spec;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.validate.Validator;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the commands of a script that the front end can judge on its own: modules must read and
 * validate, {@code assert_malformed} must fail to read and {@code assert_invalid} to validate, each
 * with the expected reason (a prefix match, as the reference interpreter checks). Commands that
 * need execution are not run: they abort, and count as "not run".
 */
final class FrontEndRunner {
  private final String script;

  FrontEndRunner(String script) {
    this.script = script;
  }

  /**
   * Runs one command.
   *
   * @throws AssertionFailedError when the assertion does not hold
   * @throws TestAbortedException when the command needs execution
   */
  void run(Command command) {
    switch (command) {
      case Command.ModuleCommand c -> readAndValidate(c.module());
      case Command.AssertMalformed c -> expectMalformed(c.module(), c.message());
      case Command.AssertInvalid c -> expectInvalid(c.module(), c.message());
      default -> throw new TestAbortedException("needs execution, not implemented yet");
    }
  }

  private Module readAndValidate(ScriptModule module) {
    try {
      Module m = ScriptModules.read(module, script);
      Validator.validate(m);
      return m;
    } catch (ModuleException e) {
      throw new AssertionFailedError("module must be valid, got " + describe(e), e);
    }
  }

  private void expectMalformed(ScriptModule module, String expected) {
    Module m;
    try {
      m = ScriptModules.read(module, script);
    } catch (MalformedException e) {
      checkReason(e, expected);
      return;
    }
    try {
      Validator.validate(m);
    } catch (ModuleException e) {
      throw new AssertionFailedError(
          "expected malformed \"" + expected + "\", read fine but got " + describe(e), e);
    }
    throw new AssertionFailedError("expected malformed \"" + expected + "\", module is valid");
  }

  private void expectInvalid(ScriptModule module, String expected) {
    Module m;
    try {
      m = ScriptModules.read(module, script);
    } catch (MalformedException e) {
      throw new AssertionFailedError(
          "expected invalid \"" + expected + "\", got " + describe(e), e);
    }
    try {
      Validator.validate(m);
    } catch (InvalidException e) {
      checkReason(e, expected);
      return;
    }
    throw new AssertionFailedError("expected invalid \"" + expected + "\", module is valid");
  }

  private static void checkReason(ModuleException e, String expected) {
    if (!e.reason().startsWith(expected)) {
      throw new AssertionFailedError(
          "expected reason \"" + expected + "\", got " + describe(e), expected, e.reason(), e);
    }
  }

  private static String describe(ModuleException e) {
    String kind = e instanceof MalformedException ? "malformed" : "invalid";
    return kind + " \"" + e.reason() + "\" (" + e.getMessage() + ")";
  }
}

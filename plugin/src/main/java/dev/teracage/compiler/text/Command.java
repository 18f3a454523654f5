package dev.teracage.compiler.text;

import java.util.List;

/** One top-level command of a WAST script. Every command knows its line in the script. */
public sealed interface Command {
  /**
   * Returns where the command starts.
   *
   * @return the 1-based line
   */
  int line();

  /**
   * Defines and instantiates a module.
   *
   * @param line the line
   * @param module the module
   */
  record ModuleCommand(int line, ScriptModule module) implements Command {}

  /**
   * {@code (register "name" $m)}: makes an instance's exports importable under a module name.
   *
   * @param line the line
   * @param as the import module name
   * @param moduleName the instance, or {@code null} for the most recent
   */
  record Register(int line, String as, String moduleName) implements Command {}

  /**
   * A bare action whose result is ignored.
   *
   * @param line the line
   * @param action the action
   */
  record ActionCommand(int line, Action action) implements Command {}

  /**
   * {@code assert_return}.
   *
   * @param line the line
   * @param action the action
   * @param expected one pattern per result
   */
  record AssertReturn(int line, Action action, List<Expected> expected) implements Command {
    /** Creates a command, copying the list. */
    public AssertReturn {
      expected = List.copyOf(expected);
    }
  }

  /**
   * {@code assert_trap} of an action.
   *
   * @param line the line
   * @param action the action
   * @param message the expected trap message
   */
  record AssertTrap(int line, Action action, String message) implements Command {}

  /**
   * {@code assert_trap} of a module: instantiation (the start function) traps.
   *
   * @param line the line
   * @param module the module
   * @param message the expected trap message
   */
  record AssertModuleTrap(int line, ScriptModule module, String message) implements Command {}

  /**
   * {@code assert_exhaustion}: the action exhausts the call stack.
   *
   * @param line the line
   * @param action the action
   * @param message the expected message
   */
  record AssertExhaustion(int line, Action action, String message) implements Command {}

  /**
   * {@code assert_malformed}: reading the module fails.
   *
   * @param line the line
   * @param module the module
   * @param message the expected reason
   */
  record AssertMalformed(int line, ScriptModule module, String message) implements Command {}

  /**
   * {@code assert_invalid}: the module reads but fails validation.
   *
   * @param line the line
   * @param module the module
   * @param message the expected reason
   */
  record AssertInvalid(int line, ScriptModule module, String message) implements Command {}

  /**
   * {@code assert_unlinkable}: instantiation fails while resolving imports.
   *
   * @param line the line
   * @param module the module
   * @param message the expected reason
   */
  record AssertUnlinkable(int line, ScriptModule module, String message) implements Command {}

  /**
   * {@code assert_uninstantiable}: instantiation fails after linking (segment out of bounds, start
   * function trap).
   *
   * @param line the line
   * @param module the module
   * @param message the expected reason
   */
  record AssertUninstantiable(int line, ScriptModule module, String message) implements Command {}

  /**
   * {@code (module definition $m ...)} (3.0): defines a module without instantiating it.
   *
   * @param line the line
   * @param module the module
   */
  record ModuleDefinition(int line, ScriptModule module) implements Command {}

  /**
   * {@code (module instance $i $m)} (3.0): instantiates a defined module.
   *
   * @param line the line
   * @param instanceName the new instance's {@code $name}, or {@code null}
   * @param moduleName the defined module's {@code $name}, or {@code null} for the most recent
   */
  record ModuleInstance(int line, String instanceName, String moduleName) implements Command {}

  /**
   * {@code assert_exception} (3.0): the action throws a WebAssembly exception.
   *
   * @param line the line
   * @param action the action
   */
  record AssertException(int line, Action action) implements Command {}

  /**
   * {@code assert_malformed_custom} (3.0 annotations): a custom annotation is malformed; the module
   * itself may be read by an engine that ignores the annotation.
   *
   * @param line the line
   * @param module the module
   * @param message the expected reason
   */
  record AssertMalformedCustom(int line, ScriptModule module, String message) implements Command {}

  /**
   * {@code assert_invalid_custom} (3.0 annotations): a custom annotation is invalid; the module
   * itself may be valid for an engine that ignores the annotation.
   *
   * @param line the line
   * @param module the module
   * @param message the expected reason
   */
  record AssertInvalidCustom(int line, ScriptModule module, String message) implements Command {}
}

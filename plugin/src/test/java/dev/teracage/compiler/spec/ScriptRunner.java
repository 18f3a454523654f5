package dev.teracage.compiler.spec;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.Action;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.ExportedFunction;
import dev.teracage.runtime.Global;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.UninstantiableException;
import dev.teracage.runtime.UnlinkableException;
import dev.teracage.runtime.WasmException;
import dev.teracage.runtime.trap.TrapException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the commands of one script through the real pipeline, in order: each module is read,
 * validated, compiled to a class and an image, loaded by the runtime and instantiated; actions call
 * its exports. Reasons and trap messages are matched by prefix, as the reference interpreter does.
 * A command that needs something Teracage does not compile yet (3.0 features) aborts: "not run".
 */
final class ScriptRunner {
  private final String script;
  private final ModuleLoader loader;
  private final Imports imports = Spectest.bind(new Imports());
  private final Map<String, Instance> named = new HashMap<>();
  private Instance current;
  private String currentUnsupported;
  private final Set<String> unsupportedRegistrations = new HashSet<>();

  ScriptRunner(String script) {
    this.script = script;
    this.loader = new ModuleLoader(script);
  }

  /**
   * Runs one command.
   *
   * @throws AssertionFailedError when the assertion does not hold
   * @throws TestAbortedException when the command needs what is not compiled yet
   */
  void run(Command command) {
    try {
      switch (command) {
        case Command.ModuleCommand c -> define(c.module());
        case Command.Register c -> register(c);
        case Command.ActionCommand c -> perform(c.action());
        case Command.AssertReturn c -> assertReturn(c);
        case Command.AssertTrap c -> expectTrap(() -> perform(c.action()), c.message());
        case Command.AssertExhaustion c -> expectTrap(() -> perform(c.action()), c.message());
        case Command.AssertModuleTrap c -> expectTrap(() -> instantiate(c.module()), c.message());
        case Command.AssertMalformed c -> expectMalformed(c.module(), c.message());
        case Command.AssertInvalid c -> expectInvalid(c.module(), c.message());
        case Command.AssertUnlinkable c -> expectUnlinkable(c.module(), c.message());
        case Command.AssertUninstantiable c ->
            expectTrap(() -> instantiate(c.module()), c.message());
        default -> throw new Results.Unsupported(command.getClass().getSimpleName() + " (3.0)");
      }
    } catch (Results.Unsupported e) {
      throw new TestAbortedException("not compiled yet: " + e.getMessage());
    }
  }

  private void define(ScriptModule module) {
    current = null;
    currentUnsupported = null;
    try {
      current = instantiate(module);
    } catch (Results.Unsupported e) {
      currentUnsupported = e.getMessage();
      throw e;
    } catch (WasmException e) {
      throw new AssertionFailedError("module must instantiate, got " + describe(e), e);
    }
    if (module.name() != null) {
      named.put(module.name(), current);
    }
  }

  private Instance instantiate(ScriptModule module) {
    Module m = ScriptModules.read(module, script);
    Validator.validate(m);
    for (Import i : m.imports()) {
      if (unsupportedRegistrations.contains(i.module())) {
        throw new Results.Unsupported("imports from \"" + i.module() + "\", not compiled yet");
      }
    }
    return loader.instantiate(m, imports);
  }

  private void register(Command.Register c) {
    Instance instance;
    try {
      instance = instance(c.moduleName());
    } catch (Results.Unsupported e) {
      unsupportedRegistrations.add(c.as());
      throw e;
    }
    imports.instance(c.as(), instance);
  }

  private Instance instance(String name) {
    if (name == null) {
      if (current == null) {
        if (currentUnsupported != null) {
          throw new Results.Unsupported(currentUnsupported);
        }
        throw new AssertionFailedError("no module instantiated before this command");
      }
      return current;
    }
    Instance instance = named.get(name);
    if (instance == null) {
      throw new AssertionFailedError("no module named " + name);
    }
    return instance;
  }

  private Object[] perform(Action action) {
    Instance instance = instance(action.moduleName());
    return switch (action) {
      case Action.Invoke i -> {
        ExportedFunction f = instance.function(i.field());
        Object[] args = new Object[i.args().size()];
        for (int k = 0; k < args.length; k++) {
          args[k] = Results.argument(i.args().get(k));
        }
        yield f.apply(args);
      }
      case Action.Get g -> {
        Global global = instance.global(g.field());
        yield new Object[] {value(global)};
      }
    };
  }

  private static Object value(Global global) {
    return switch (global.valueType()) {
      case 0x7F -> (int) global.bits();
      case 0x7E -> global.bits();
      case 0x7D -> Float.intBitsToFloat((int) global.bits());
      case 0x7C -> Double.longBitsToDouble(global.bits());
      case 0x7B -> global.value();
      default -> global.value();
    };
  }

  private void assertReturn(Command.AssertReturn c) {
    Object[] actual;
    try {
      actual = perform(c.action());
    } catch (WasmException e) {
      throw new AssertionFailedError("expected a return, got " + describe(e), e);
    }
    List<String> mismatches = new ArrayList<>();
    if (actual.length != c.expected().size()) {
      mismatches.add("expected " + c.expected().size() + " results, got " + actual.length);
    } else {
      for (int k = 0; k < actual.length; k++) {
        if (!Results.matches(c.expected().get(k), actual[k])) {
          mismatches.add(
              "result "
                  + k
                  + ": expected "
                  + c.expected().get(k)
                  + ", got "
                  + Results.show(actual[k]));
        }
      }
    }
    if (!mismatches.isEmpty()) {
      throw new AssertionFailedError(String.join("; ", mismatches));
    }
  }

  private void expectTrap(Runnable body, String expected) {
    try {
      body.run();
    } catch (TrapException | UninstantiableException e) {
      checkReason(e, expected);
      return;
    } catch (WasmException e) {
      throw new AssertionFailedError("expected trap \"" + expected + "\", got " + describe(e), e);
    }
    throw new AssertionFailedError("expected trap \"" + expected + "\", completed normally");
  }

  private void expectUnlinkable(ScriptModule module, String expected) {
    try {
      instantiate(module);
    } catch (UnlinkableException e) {
      checkReason(e, expected);
      return;
    } catch (WasmException e) {
      throw new AssertionFailedError(
          "expected unlinkable \"" + expected + "\", got " + describe(e), e);
    }
    throw new AssertionFailedError("expected unlinkable \"" + expected + "\", it linked");
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

  private static void checkReason(WasmException e, String expected) {
    if (!e.reason().startsWith(expected)) {
      throw new AssertionFailedError(
          "expected reason \"" + expected + "\", got " + describe(e), expected, e.reason(), e);
    }
  }

  private static String describe(WasmException e) {
    String kind =
        switch (e) {
          case MalformedException m -> "malformed";
          case InvalidException i -> "invalid";
          case UnlinkableException u -> "unlinkable";
          case UninstantiableException u -> "uninstantiable";
          case TrapException t -> "trap";
          default -> e.getClass().getSimpleName();
        };
    return kind + " \"" + e.reason() + "\" (" + e.getMessage() + ")";
  }
}

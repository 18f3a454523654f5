package dev.teracage.compiler.spec;

import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.text.WatParser;

/** Reads a module of a script the way a user's build would: decode or parse, no validation. */
final class ScriptModules {
  private ScriptModules() {}

  static Module read(ScriptModule module, String script) {
    return switch (module.form()) {
      case BINARY -> ModuleDecoder.decode(module.binary());
      case TEXT, QUOTE -> WatParser.parseModule(module.text(), script);
    };
  }
}

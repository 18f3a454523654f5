package dev.teracage.compiler;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;

/** Which features of a valid module the compiler can compile yet. */
final class Features {
  private static final String SIMD = "SIMD (v128) is not compiled yet";

  private Features() {}

  /** Throws {@link UnsupportedFeatureException} at the first use of a feature not compiled yet. */
  static void requireCompilable(Module module) {
    for (FuncType type : module.types()) {
      if (type.params().contains(ValType.V128) || type.results().contains(ValType.V128)) {
        throw new UnsupportedFeatureException(SIMD, Location.UNKNOWN);
      }
    }
    for (Global global : module.globals()) {
      if (global.type().valType().equals(ValType.V128)) {
        throw new UnsupportedFeatureException(SIMD, Location.UNKNOWN);
      }
    }
    CodeReader reader = new CodeReader(true);
    int imported = module.importedFunctionCount();
    for (int i = 0; i < module.codes().size(); i++) {
      FunctionBody body = module.codes().get(i);
      Location where =
          Location.UNKNOWN.inFunction(imported + i, module.names().functionName(imported + i));
      for (Local local : body.locals()) {
        if (local.type().equals(ValType.V128)) {
          throw new UnsupportedFeatureException(SIMD, where);
        }
      }
      reader.reset(body.body());
      while (reader.hasNext()) {
        if (reader.next().prefix() == Opcode.SIMD_PREFIX) {
          throw new UnsupportedFeatureException(SIMD, where);
        }
      }
    }
  }
}

package dev.teracage.compiler;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Opcode;

/** Which features of a valid module the compiler can compile yet. */
final class Features {
  private static final String RELAXED_SIMD = "relaxed SIMD (WebAssembly 3.0) is not compiled yet";

  /** The first relaxed SIMD opcode after the {@code 0xFD} prefix. */
  private static final int RELAXED_SIMD_FIRST = 0x100;

  private Features() {}

  /** Throws {@link UnsupportedFeatureException} at the first use of a feature not compiled yet. */
  static void requireCompilable(Module module) {
    CodeReader reader = new CodeReader(true);
    int imported = module.importedFunctionCount();
    for (int i = 0; i < module.codes().size(); i++) {
      FunctionBody body = module.codes().get(i);
      reader.reset(body.body());
      while (reader.hasNext()) {
        Opcode op = reader.next();
        if (op.prefix() == Opcode.SIMD_PREFIX && op.code() >= RELAXED_SIMD_FIRST) {
          Location where =
              Location.UNKNOWN.inFunction(imported + i, module.names().functionName(imported + i));
          throw new UnsupportedFeatureException(RELAXED_SIMD, where);
        }
      }
    }
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;

/**
 * Reads the global section (id 6): global types with their initializer expressions.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#global-section">Global
 *     section</a>
 */
final class GlobalSection {
  private GlobalSection() {}

  static void read(DecodeState s) {
    int n = s.in.length();
    for (int i = 0; i < n; i++) {
      GlobalType type = TypeReader.globalType(s.in);
      s.module.globals.add(new Global(type, s.scanner.constant()));
    }
  }
}

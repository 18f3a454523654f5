package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.ExternKind;

/**
 * Reads the export section (id 7): name, kind byte, index.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#export-section">Export
 *     section</a>
 */
final class ExportSection {
  private ExportSection() {}

  static void read(DecodeState s) {
    ByteReader in = s.in;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      String name = in.name();
      int at = in.position();
      ExternKind kind = ExternKind.of(in.u8());
      if (kind == null || (kind == ExternKind.TAG && !s.wasm3)) {
        throw in.error("malformed export kind", at);
      }
      s.module.exports.add(new Export(name, kind, in.u32()));
    }
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;

/**
 * Reads the import section (id 2): module name, field name, and a description whose first byte says
 * the kind (0 function, 1 table, 2 memory, 3 global, 4 tag).
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#import-section">Import
 *     section</a>
 */
final class ImportSection {
  private ImportSection() {}

  static void read(DecodeState s) {
    ByteReader in = s.in;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      String module = in.name();
      String name = in.name();
      int at = in.position();
      int kind = in.u8();
      if (kind == 4 && !s.wasm3) {
        throw in.error("malformed import kind", at);
      }
      ImportDesc desc =
          switch (kind) {
            case 0 -> new ImportDesc.Func(in.u32());
            case 1 -> new ImportDesc.Table(TypeReader.tableType(in, s.wasm3));
            case 2 -> new ImportDesc.Memory(TypeReader.memoryType(in, s.wasm3));
            case 3 -> new ImportDesc.Global(TypeReader.globalType(in));
            case 4 -> new ImportDesc.Tag(TagSection.tagType(in));
            default -> throw in.error("malformed import kind", at);
          };
      s.module.imports.add(new Import(module, name, desc));
    }
  }
}

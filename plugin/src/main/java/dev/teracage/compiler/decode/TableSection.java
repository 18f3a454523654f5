package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;

/**
 * Reads the table section (id 4): table types, or under 3.0 also {@code 0x40 0x00} followed by a
 * table type and an initializer expression.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#table-section">Table
 *     section</a>
 */
final class TableSection {
  private TableSection() {}

  static void read(DecodeState s) {
    ByteReader in = s.in;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      if (s.wasm3 && in.peek() == 0x40) {
        in.u8();
        int at = in.position();
        if (in.u8() != 0) {
          throw in.error("malformed table", at);
        }
        TableType type = TypeReader.tableType(in, true);
        Expr init = s.scanner.constant();
        s.module.tables.add(new Table(type, init));
      } else {
        s.module.tables.add(new Table(TypeReader.tableType(in, s.wasm3), null));
      }
    }
  }
}

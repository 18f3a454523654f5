package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.ExternKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportSectionTest {
  @Test
  void readsExports() {
    var m = Wasm.decode(7, "03 0161 00 00 0162 02 01 0163 03 e807");
    assertEquals(
        List.of(
            new Export("a", ExternKind.FUNC, 0),
            new Export("b", ExternKind.MEMORY, 1),
            new Export("c", ExternKind.GLOBAL, 1000)),
        m.exports());
  }

  @Test
  void rejectsBadExports() {
    Wasm.fails("malformed export kind", 7, "01 0161 05 00");
    Wasm.fails("malformed export kind", 7, "01 0161 04 00");
    Wasm.fails("malformed UTF-8 encoding", 7, "01 02c0af 00 00");
  }
}

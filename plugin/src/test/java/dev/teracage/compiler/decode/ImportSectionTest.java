package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSectionTest {
  @Test
  void readsEveryKind() {
    var m =
        Wasm.decode(
            1, "01 60 00 00",
            2,
                "04 016d 0166 00 00  016d 0174 01 70 01 01 02  016d 016d 02 00 05  016d 0167 03 7e 01");
    assertEquals(
        List.of(
            new Import("m", "f", new ImportDesc.Func(0)),
            new Import(
                "m", "t", new ImportDesc.Table(new TableType(ValType.FUNCREF, Limits.of(1, 2)))),
            new Import(
                "m", "m", new ImportDesc.Memory(new MemoryType(Limits.of(5, Limits.NO_MAX)))),
            new Import("m", "g", new ImportDesc.Global(new GlobalType(ValType.I64, true)))),
        m.imports());
  }

  @Test
  void rejectsBadImports() {
    Wasm.fails("malformed import kind", 2, "01 016d 0166 05 00");
    Wasm.fails("malformed import kind", 2, "01 016d 0166 04 00 00");
    Wasm.fails("malformed UTF-8 encoding", 2, "01 01ff 0166 00 00");
    Wasm.fails("malformed mutability", 2, "01 016d 0167 03 7f 02");
    Wasm.fails("integer too large", 2, "01 016d 016d 02 02 00");
    Wasm.fails("unexpected end of section or function", 2, "02 016d 0166 00 00");
  }

  @Test
  void tagImportsUnderWasm3() {
    byte[] bytes = Wasm.module(1, "01 60 00 00", 2, "01 016d 0174 04 00 00");
    var m = ModuleDecoder.wasm3().read(bytes, null);
    assertEquals(new ImportDesc.Tag(0), m.imports().get(0).desc());
  }
}

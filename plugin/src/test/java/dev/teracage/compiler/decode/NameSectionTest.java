package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.Names;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameSectionTest {
  private static final String NAME = "046e616d65";

  @Test
  void readsModuleFunctionAndLocalNames() {
    String module = "00 03 02 6d6d";
    String functions = "01 07 02 00 0166 05 0167";
    String locals = "02 06 01 00 01 01 0178";
    var m = Wasm.decode(0, NAME + module + functions + locals + "07 01 00");
    assertEquals(new Names("mm", Map.of(0, "f", 5, "g"), Map.of(0, Map.of(1, "x"))), m.names());
    assertEquals(0, m.customs().size());
  }

  @Test
  void malformedNameSectionIsIgnored() {
    assertEquals(Names.NONE, Wasm.decode(0, NAME + "01 05 01 00 02 c0af").names());
    assertEquals(Names.NONE, Wasm.decode(0, NAME + "01 09 01").names());
    assertEquals(Names.NONE, Wasm.decode(0, NAME + "00 02 01 6d ff").names());
  }
}

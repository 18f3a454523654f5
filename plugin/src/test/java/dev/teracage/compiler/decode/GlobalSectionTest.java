package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.ValType;
import org.junit.jupiter.api.Test;

class GlobalSectionTest {
  @Test
  void readsGlobals() {
    var m = Wasm.decode(6, "02 7f 00 41 2a 0b 7c 01 44 000000000000f03f 0b");
    assertEquals(new GlobalType(ValType.I32, false), m.globals().get(0).type());
    assertArrayEquals(Wasm.hex("412a0b"), m.globals().get(0).init().code());
    assertEquals(new GlobalType(ValType.F64, true), m.globals().get(1).type());
    assertEquals(8 + 2 + 1 + 2, m.globals().get(0).init().sourceOffset());
  }

  @Test
  void rejectsBadGlobals() {
    Wasm.fails("malformed mutability", 6, "01 7f 02 41 00 0b");
    Wasm.fails("illegal opcode 06", 6, "01 7f 00 41 00 06 0b");
    Wasm.fails("unexpected end of section or function", 6, "01 7f 00 41 00");
    Wasm.fails("END opcode expected", 6, "01 7f 00 41 00 05 0b");
  }
}

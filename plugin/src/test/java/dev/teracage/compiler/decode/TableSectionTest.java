package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.ValType;
import org.junit.jupiter.api.Test;

class TableSectionTest {
  @Test
  void readsTables() {
    var m = Wasm.decode(4, "02 70 00 0a 6f 01 01 ffffffff0f");
    assertEquals(ValType.FUNCREF, m.tables().get(0).type().elementType());
    assertEquals(Limits.of(10, Limits.NO_MAX), m.tables().get(0).type().limits());
    assertEquals(Limits.of(1, 0xFFFF_FFFFL), m.tables().get(1).type().limits());
    assertNull(m.tables().get(0).init());
  }

  @Test
  void readsInitializersUnderWasm3() {
    byte[] bytes = Wasm.module(4, "01 40 00 70 00 01 d0 70 0b");
    var m = ModuleDecoder.wasm3().read(bytes, null);
    assertEquals(3, m.tables().get(0).init().length());
    Wasm.fails("malformed reference type", bytes);
  }

  @Test
  void rejectsBadTables() {
    Wasm.fails("malformed reference type", 4, "01 7f 00 00");
    Wasm.fails("integer too large", 4, "01 70 02 00");
    Wasm.fails("integer representation too long", 4, "01 70 81 00 00");
    Wasm.fails("unexpected end of section or function", 4, "01 70 01 00");
  }
}

package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Limits;
import org.junit.jupiter.api.Test;

class MemorySectionTest {
  @Test
  void readsMemories() {
    var m = Wasm.decode(5, "02 00 01 01 02 80 02");
    assertEquals(Limits.of(1, Limits.NO_MAX), m.memories().get(0).limits());
    assertEquals(Limits.of(2, 256), m.memories().get(1).limits());
  }

  @Test
  void memory64UnderWasm3() {
    byte[] bytes = Wasm.module(5, "01 05 01 ffffffffff01");
    var m = ModuleDecoder.wasm3().read(bytes, null);
    assertEquals(new Limits(1, 0xF_FFFF_FFFFL, true, false), m.memories().get(0).limits());
    Wasm.fails("integer too large", bytes);
    MalformedException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            MalformedException.class,
            () -> ModuleDecoder.wasm3().read(Wasm.module(5, "01 08 00"), null));
    assertEquals("malformed limits flags", e.reason());
  }

  @Test
  void rejectsBadMemories() {
    Wasm.fails("integer too large", 5, "01 00 8080808010");
    Wasm.fails("unexpected end of section or function", 5, "02 00 00");
  }
}

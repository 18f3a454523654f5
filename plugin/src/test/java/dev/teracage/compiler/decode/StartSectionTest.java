package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartSectionTest {
  @Test
  void readsStart() {
    assertEquals(-1, Wasm.decode().start());
    assertEquals(300, Wasm.decode(8, "ac02").start());
  }

  @Test
  void rejectsBadStart() {
    Wasm.fails("section size mismatch", 8, "00 00");
    Wasm.fails("unexpected content after last section", 8, "00", 8, "00");
  }
}

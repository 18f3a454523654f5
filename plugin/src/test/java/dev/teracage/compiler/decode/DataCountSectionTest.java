package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DataCountSectionTest {
  @Test
  void readsCount() {
    assertEquals(1, Wasm.decode(12, "01", 11, "01 01 00").dataCount());
    assertEquals(0, Wasm.decode(12, "00").dataCount());
  }

  @Test
  void mustMatchDataSection() {
    String reason = "data count and data section have inconsistent lengths";
    Wasm.fails(reason, 12, "01");
    Wasm.fails(reason, 12, "02", 11, "01 01 00");
    Wasm.fails("unexpected content after last section", 12, "01", 12, "01");
    Wasm.fails("unexpected content after last section", 10, "00", 12, "00");
  }
}

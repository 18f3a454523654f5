package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionSectionTest {
  @Test
  void readsTypeIndices() {
    var m = Wasm.decode(1, "01 60 00 00", 3, "02 00 80 01", 10, "02 02 00 0b 02 00 0b");
    assertEquals(List.of(0, 128), m.functions());
  }

  @Test
  void countMustMatchCode() {
    Wasm.fails("function and code section have inconsistent lengths", 3, "01 00");
    Wasm.fails("function and code section have inconsistent lengths", 10, "01 02 00 0b");
    Wasm.fails(
        "function and code section have inconsistent lengths", 3, "02 00 00", 10, "01 02 00 0b");
  }
}

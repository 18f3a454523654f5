package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomSectionsTest {
  @Test
  void keptWithTheSectionTheyFollow() {
    var m = Wasm.decode(0, "0161 0102", 1, "00", 0, "0162", 3, "00", 0, "0163 ff");
    assertEquals(List.of("a", "b", "c"), m.customs().stream().map(c -> c.name()).toList());
    assertEquals(List.of(0, 1, 3), m.customs().stream().map(c -> c.after()).toList());
    assertArrayEquals(Wasm.hex("0102"), m.customs().get(0).data());
  }

  @Test
  void rejectsBadCustomSections() {
    Wasm.fails("unexpected end of section or function", Wasm.hex("0061736d0100000000"));
    Wasm.fails("unexpected end of section or function", Wasm.hex("0061736d010000000000"));
    Wasm.fails(
        "unexpected end of section or function", Wasm.hex("0061736d01000000000000050100070000"));
    Wasm.fails("malformed UTF-8 encoding", 0, "01ff");
    Wasm.fails("length out of bounds", Wasm.hex("0061736d01000000000561"));
  }
}

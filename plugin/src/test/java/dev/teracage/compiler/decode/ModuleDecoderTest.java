package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.MalformedException;
import org.junit.jupiter.api.Test;

class ModuleDecoderTest {
  @Test
  void header() {
    assertEquals(0, Wasm.decode().types().size());
    Wasm.fails("unexpected end", Wasm.hex(""));
    Wasm.fails("unexpected end", Wasm.hex("0061736d01"));
    Wasm.fails("magic header not detected", Wasm.hex("0061736e01000000"));
    Wasm.fails("unknown binary version", Wasm.hex("0061736d02000000"));
  }

  @Test
  void sectionIdsOrderAndSizes() {
    Wasm.fails("malformed section id", Wasm.hex("0061736d010000000d0100"));
    Wasm.fails("malformed section id", Wasm.hex("0061736d01000000800100"));
    Wasm.fails("unexpected content after last section", 3, "00", 1, "00");
    Wasm.fails("unexpected content after last section", 1, "00", 1, "00");
    Wasm.fails("length out of bounds", Wasm.hex("0061736d01000000010500"));
    Wasm.fails("section size mismatch", Wasm.hex("0061736d010000000102000000"));
  }

  @Test
  void errorsSayWhere() {
    MalformedException e =
        assertThrows(
            MalformedException.class,
            () -> ModuleDecoder.wasm2().read(Wasm.module(1, "01 61"), "m.wasm"));
    assertEquals("malformed function type", e.reason());
    assertEquals(11, e.offset());
    assertEquals("m.wasm", e.location().source());
    assertEquals("m.wasm at offset 0xb: malformed function type", e.getMessage());
  }
}

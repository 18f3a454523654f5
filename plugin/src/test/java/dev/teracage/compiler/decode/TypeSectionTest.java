package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeSectionTest {
  @Test
  void readsFunctionTypes() {
    var m = Wasm.decode(1, "02 60 02 7f 7e 01 7d 60 00 02 70 6f");
    assertEquals(
        List.of(
            new FuncType(List.of(ValType.I32, ValType.I64), List.of(ValType.F32)),
            new FuncType(List.of(), List.of(ValType.FUNCREF, ValType.EXTERNREF))),
        m.types());
  }

  @Test
  void readsTypedReferences() {
    var m = Wasm.decode(1, "02 60 00 00 60 01 64 00 01 63 70");
    assertEquals(ValType.ref(false, 0), m.types().get(1).params().get(0));
    assertEquals(ValType.FUNCREF, m.types().get(1).results().get(0));
  }

  @Test
  void rejectsMalformedTypes() {
    Wasm.fails("malformed function type", 1, "01 61 00 00");
    Wasm.fails("malformed value type", 1, "01 60 01 7a 00");
    Wasm.fails("integer representation too long", 1, "01 e0 7f 00 00");
    Wasm.fails("length out of bounds", 1, "05 60 00 00");
    Wasm.fails("section size mismatch", 1, "01 60 00 00 00");
  }
}

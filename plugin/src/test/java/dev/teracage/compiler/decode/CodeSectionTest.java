package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSectionTest {
  private static final String TYPE = "01 60 00 00";

  @Test
  void readsBodiesAndMergesLocals() {
    var m = Wasm.decode(1, TYPE, 3, "01 00", 10, "01 0d 04 02 7f 00 7e 03 7f 01 7e 20 00 1a 0b");
    var body = m.codes().get(0);
    assertEquals(List.of(new Local(5, ValType.I32), new Local(1, ValType.I64)), body.locals());
    assertArrayEquals(Wasm.hex("20001a0b"), body.body().code());
    assertEquals(m.codes().get(0).body().sourceOffset(), 8 + 6 + 4 + 4 + 9);
  }

  @Test
  void nestingAndEnd() {
    Wasm.decode(1, TYPE, 3, "01 00", 10, "01 0e 00 02 40 03 40 41 00 04 40 05 0b 0b 0b 0b");
    Wasm.fails("END opcode expected", 1, TYPE, 3, "01 00", 10, "01 04 00 02 40 05 0b 0b");
    Wasm.fails("END opcode expected", 1, TYPE, 3, "01 00", 10, "01 08 00 41 00 04 40 05 05 0b");
    Wasm.fails("unexpected end of section or function", 1, TYPE, 3, "01 00", 10, "01 03 00 01 01");
    Wasm.fails("section size mismatch", 1, TYPE, 3, "01 00", 10, "01 03 00 0b 0b");
  }

  @Test
  void tooManyLocals() {
    Wasm.fails("too many locals", 1, TYPE, 3, "01 00", 10, "01 0a 02 ffffffff0f 7f 01 7e 0b");
    Wasm.decode(1, TYPE, 3, "01 00", 10, "01 0a 02 feffffff0f 7f 01 7e 0b");
  }

  @Test
  void errorsNameTheFunction() {
    MalformedException e =
        Wasm.fails(
            "illegal opcode 06",
            1,
            TYPE,
            2,
            "01 016d 0166 00 00",
            3,
            "02 00 00",
            10,
            "02 02 00 0b 03 00 06 0b");
    assertEquals(2, e.functionIndex());
    assertEquals(8 + 6 + 9 + 5 + 2 + 1 + 3 + 2, e.offset());
  }

  @Test
  void dataCountRequired() {
    Wasm.fails(
        "data count section required",
        1,
        TYPE,
        3,
        "01 00",
        5,
        "01 00 00",
        10,
        "01 05 00 fc 09 00 0b");
    Wasm.decode(
        1, TYPE, 3, "01 00", 5, "01 00 00", 12, "01", 10, "01 05 00 fc 09 00 0b", 11, "01 01 00");
  }
}

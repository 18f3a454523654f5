package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.ValType;
import org.junit.jupiter.api.Test;

class ElementSectionTest {
  private static ElementSegment only(String hex) {
    return Wasm.decode(9, "01 " + hex).elements().get(0);
  }

  @Test
  void allEightKinds() {
    ElementSegment e0 = only("00 41 00 0b 02 00 81 01");
    assertEquals(SegmentMode.ACTIVE, e0.mode());
    assertEquals(0, e0.tableIndex());
    assertEquals(ValType.FUNCREF, e0.type());
    assertArrayEquals(Wasm.hex("d281010b"), e0.init().get(1).code());

    ElementSegment e1 = only("01 00 01 05");
    assertEquals(SegmentMode.PASSIVE, e1.mode());
    assertNull(e1.offset());
    assertArrayEquals(Wasm.hex("d2050b"), e1.init().get(0).code());

    ElementSegment e2 = only("02 03 41 00 0b 00 01 05");
    assertEquals(3, e2.tableIndex());
    assertEquals(SegmentMode.ACTIVE, e2.mode());

    assertEquals(SegmentMode.DECLARATIVE, only("03 00 01 05").mode());

    ElementSegment e4 = only("04 41 00 0b 02 d2 05 0b d0 70 0b");
    assertEquals(ValType.FUNCREF, e4.type());
    assertArrayEquals(Wasm.hex("d0700b"), e4.init().get(1).code());

    ElementSegment e5 = only("05 6f 01 d0 6f 0b");
    assertEquals(SegmentMode.PASSIVE, e5.mode());
    assertEquals(ValType.EXTERNREF, e5.type());

    ElementSegment e6 = only("06 02 41 00 0b 70 00");
    assertEquals(2, e6.tableIndex());
    assertEquals(0, e6.init().size());

    assertEquals(SegmentMode.DECLARATIVE, only("07 70 01 d2 00 0b").mode());
  }

  @Test
  void functionIndexAndExpressionFormsAreEqual() {
    assertEquals(only("00 41 00 0b 01 07"), only("04 41 00 0b 01 d2 07 0b"));
  }

  @Test
  void rejectsBadSegments() {
    Wasm.fails("malformed elements segment kind", 9, "01 08");
    Wasm.fails("malformed element kind", 9, "01 01 01 00");
    Wasm.fails("malformed reference type", 9, "01 05 7f 00");
    Wasm.fails("illegal opcode f3", 9, "01 05 70 01 f3 00 0b");
    Wasm.fails("unexpected end of section or function", 9, "02 00 41 00 0b 01 00");
  }
}

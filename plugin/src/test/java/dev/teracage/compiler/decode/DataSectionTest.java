package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.SegmentMode;
import org.junit.jupiter.api.Test;

class DataSectionTest {
  @Test
  void readsAllThreeKinds() {
    var m = Wasm.decode(5, "01 00 01", 11, "03 00 41 08 0b 02 6869 01 01 21 02 00 41 00 0b 00");
    assertEquals(SegmentMode.ACTIVE, m.data().get(0).mode());
    assertArrayEquals(Wasm.hex("41080b"), m.data().get(0).offset().code());
    assertArrayEquals("hi".getBytes(), m.data().get(0).init());
    assertEquals(SegmentMode.PASSIVE, m.data().get(1).mode());
    assertEquals(0, m.data().get(2).init().length);
    assertEquals(-1, m.dataCount());
  }

  @Test
  void rejectsBadSegments() {
    Wasm.fails("malformed data segment kind", 11, "01 03");
    Wasm.fails("unexpected end of section or function", 11, "01 00 41 03 0b 07 616263646566");
    Wasm.fails("length out of bounds", 11, "01 01 08 616263646566");
  }
}

package dev.teracage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class V128Test {
  @Test
  void lanesAreLittleEndianFromTheLowHalf() {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 16; i++) {
      bytes[i] = (byte) (0xF0 + i);
    }
    V128 v = V128.ofBytes(bytes);
    assertEquals(0xF7F6F5F4F3F2F1F0L, v.low());
    assertEquals(0xFFFEFDFCFBFAF9F8L, v.high());
    assertArrayEquals(bytes, v.toBytes());
    assertEquals((byte) 0xF9, v.byteLane(9));
    assertEquals((short) 0xF5F4, v.shortLane(2));
    assertEquals(0xFBFAF9F8, v.intLane(2));
    assertEquals(0xFFFEFDFCFBFAF9F8L, v.longLane(1));
  }

  @Test
  void intAndFloatLanesRoundTripWithTheirBits() {
    V128 v = V128.ofInts(1, -2, 0x7FC0_0001, 4);
    assertEquals(new V128(0xFFFF_FFFE_0000_0001L, 0x0000_0004_7FC0_0001L), v);
    assertEquals(0x7FC0_0001, Float.floatToRawIntBits(v.floatLane(2)));
    assertEquals(v, V128.ofFloats(v.floatLane(0), v.floatLane(1), v.floatLane(2), v.floatLane(3)));
    V128 d = V128.ofDoubles(-0.0, Double.longBitsToDouble(0x7FF0_0000_0000_0001L));
    assertEquals(0x8000_0000_0000_0000L, d.low());
    assertEquals(0x7FF0_0000_0000_0001L, Double.doubleToRawLongBits(d.doubleLane(1)));
    assertEquals("i32x4 0x00000001 0xfffffffe 0x7fc00001 0x00000004", v.toString());
  }

  @Test
  void badShapesAndLanesSayWhat() {
    assertEquals(
        "a v128 has 16 bytes, got 3",
        assertThrows(IllegalArgumentException.class, () -> V128.ofBytes(new byte[3])).getMessage());
    assertThrows(IllegalArgumentException.class, () -> V128.ofInts(1, 2));
    assertEquals(
        "lane 4 of 4",
        assertThrows(IndexOutOfBoundsException.class, () -> V128.ZERO.intLane(4)).getMessage());
  }
}

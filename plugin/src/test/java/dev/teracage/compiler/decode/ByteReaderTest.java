package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.MalformedException;
import java.util.HexFormat;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ByteReaderTest {
  static ByteReader reader(String hex) {
    return new ByteReader(HexFormat.of().parseHex(hex));
  }

  static void fails(String hex, Function<ByteReader, Object> read, String reason, long offset) {
    MalformedException e = assertThrows(MalformedException.class, () -> read.apply(reader(hex)));
    assertEquals(reason, e.reason());
    assertEquals(offset, e.offset());
  }

  @Test
  void u32() {
    assertEquals(0, reader("00").u32());
    assertEquals(127, reader("7f").u32());
    assertEquals(128, reader("8001").u32());
    assertEquals(0, reader("8080808000").u32());
    assertEquals(-1, reader("ffffffff0f").u32());
    ByteReader r = reader("e58e26ff");
    assertEquals(624485, r.u32());
    assertEquals(3, r.position());
  }

  @Test
  void u32Errors() {
    fails("ffffffff1f", ByteReader::u32, "integer too large", 4);
    fails("ffffffff4f", ByteReader::u32, "integer too large", 4);
    fails("808080808000", ByteReader::u32, "integer representation too long", 5);
    fails("8080", ByteReader::u32, "unexpected end of section or function", 2);
    fails("", ByteReader::u32, "unexpected end of section or function", 0);
  }

  @Test
  void s32() {
    assertEquals(-1, reader("7f").s32());
    assertEquals(63, reader("3f").s32());
    assertEquals(-64, reader("40").s32());
    assertEquals(Integer.MAX_VALUE, reader("ffffffff07").s32());
    assertEquals(Integer.MIN_VALUE, reader("8080808078").s32());
    assertEquals(-1, reader("ffffffff7f").s32());
    fails("ffffffff0f", ByteReader::s32, "integer too large", 4);
    fails("8080808070", ByteReader::s32, "integer too large", 4);
    fails("ffffffffff7f", ByteReader::s32, "integer representation too long", 5);
  }

  @Test
  void s33AndS64() {
    assertEquals(0xFFFF_FFFFL, reader("ffffffff0f").s33());
    assertEquals(-(1L << 32), reader("8080808070").s33());
    fails("ffffffff1f", ByteReader::s33, "integer too large", 4);
    assertEquals(Long.MAX_VALUE, reader("ffffffffffffffffff00").s64());
    assertEquals(Long.MIN_VALUE, reader("8080808080808080807f").s64());
    assertEquals(-1L, reader("ffffffffffffffffff7f").s64());
    fails("ffffffffffffffffff01", ByteReader::s64, "integer too large", 9);
    fails("8080808080808080807e", ByteReader::s64, "integer too large", 9);
    fails("ffffffffffffffffff8000", ByteReader::s64, "integer representation too long", 10);
  }

  @Test
  void u64() {
    assertEquals(-1L, reader("ffffffffffffffffff01").u64());
    assertEquals(1L << 63, reader("80808080808080808001").u64());
    fails("ffffffffffffffffff02", ByteReader::u64, "integer too large", 9);
    fails("ffffffffffffffffff8100", ByteReader::u64, "integer representation too long", 10);
  }

  @Test
  void floats() {
    assertEquals(Float.floatToRawIntBits(1.5f), reader("0000c03f").f32());
    assertEquals(Double.doubleToRawLongBits(-2.0), reader("00000000000000c0").f64());
    fails("0000c0", ByteReader::f32, "unexpected end of section or function", 3);
  }

  @Test
  void lengthsAndBytes() {
    assertArrayEquals(new byte[] {1, 2}, reader("020102").byteVector());
    // one past the end: the reference interpreter counts the length byte itself
    fails("030102", ByteReader::byteVector, "unexpected end of section or function", 3);
    fails("040102", ByteReader::byteVector, "length out of bounds", 0);
    fails("ffffffff0f", ByteReader::length, "length out of bounds", 0);
  }

  @Test
  void names() {
    assertEquals("abc", reader("03616263").name());
    assertEquals("\u00e9\u20ac\ud83d\ude00", reader("09c3a9e282acf09f9880").name());
    assertEquals("", reader("00").name());
    fails("02c080", ByteReader::name, "malformed UTF-8 encoding", 1);
    fails("03eda080", ByteReader::name, "malformed UTF-8 encoding", 1);
    fails("04f4908080", ByteReader::name, "malformed UTF-8 encoding", 1);
    fails("02e282", ByteReader::name, "malformed UTF-8 encoding", 1);
    fails("0180", ByteReader::name, "malformed UTF-8 encoding", 1);
    fails("02c341", ByteReader::name, "malformed UTF-8 encoding", 1);
    fails("03e08080", ByteReader::name, "malformed UTF-8 encoding", 1);
  }

  @Test
  void rangeAndBaseOffset() {
    ByteReader r = new ByteReader(HexFormat.of().parseHex("ff0102ff"), 1, 3, 100);
    assertEquals(1, r.u8());
    assertEquals(2, r.u8());
    MalformedException e = assertThrows(MalformedException.class, r::u8);
    assertEquals(103, e.offset());
  }
}

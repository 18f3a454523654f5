package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CodeReaderTest {
  private static final long V128_LOW = 0x0706050403020100L;
  private static final long V128_HIGH = 0x0F0E0D0C0B0A0908L;

  /** Writes an opcode with fixed sample immediates (3.0 memory encoding). */
  static void write(ByteWriter w, Opcode op) {
    if (op.prefix() != Opcode.NO_PREFIX) {
      w.u8(op.prefix()).u32(op.code());
    } else {
      w.u8(op.code());
    }
    switch (op.immediate()) {
      case NONE -> {}
      case BLOCK -> w.s64(300);
      case LABEL -> w.u32(3);
      case BR_TABLE -> w.u32(3).u32(1).u32(2).u32(200).u32(7);
      case FUNC -> w.u32(1000);
      case CALL_INDIRECT -> w.u32(4).u32(2);
      case TYPE -> w.u32(9);
      case TAG -> w.u32(6);
      case TRY_TABLE -> w.u8(0x40).u32(2).u8(0).u32(1).u32(2).u8(2).u32(3);
      case SELECT_T -> w.u32(1).u8(0x7F);
      case LOCAL -> w.u32(70000);
      case GLOBAL -> w.u32(5);
      case TABLE -> w.u32(3);
      case MEMARG -> w.u32(0x40 | 2).u32(1).u64(1234);
      case MEMORY -> w.u32(2);
      case I32 -> w.s64(-12345);
      case I64 -> w.s64(Long.MIN_VALUE);
      case F32 -> w.f32(Float.floatToRawIntBits(1.5f));
      case F64 -> w.f64(Double.doubleToRawLongBits(-2.5));
      case HEAP_TYPE -> w.u8(0x70);
      case MEMORY_INIT -> w.u32(3).u32(1);
      case DATA -> w.u32(4);
      case MEMORY_COPY -> w.u32(1).u32(2);
      case TABLE_INIT -> w.u32(5).u32(6);
      case ELEM -> w.u32(7);
      case TABLE_COPY -> w.u32(1).u32(2);
      case V128 -> w.f64(V128_LOW).f64(V128_HIGH);
      case SHUFFLE -> {
        for (int i = 0; i < 16; i++) {
          w.u8(31 - i);
        }
      }
      case LANE -> w.u8(3);
      case MEMARG_LANE -> w.u32(2).u64(8).u8(1);
    }
  }

  static void check(CodeReader r, Opcode op) {
    switch (op.immediate()) {
      case NONE -> {}
      case BLOCK -> {
        assertEquals(300, r.blockTypeIndex());
        assertNull(r.blockValType());
      }
      case LABEL -> assertEquals(3, r.labelIndex());
      case BR_TABLE -> {
        assertEquals(3, r.targetCount());
        assertEquals(200, r.targets()[2]);
        assertEquals(7, r.defaultTarget());
      }
      case FUNC -> assertEquals(1000, r.functionIndex());
      case CALL_INDIRECT -> {
        assertEquals(4, r.typeIndex());
        assertEquals(2, r.tableIndex());
      }
      case TYPE -> assertEquals(9, r.typeIndex());
      case TAG -> assertEquals(6, r.tagIndex());
      case TRY_TABLE -> {
        assertEquals(-1, r.blockTypeIndex());
        assertEquals(2, r.catchCount());
        assertEquals(CodeReader.CATCH, r.catchKind(0));
        assertEquals(1, r.catchTag(0));
        assertEquals(2, r.catchLabel(0));
        assertEquals(CodeReader.CATCH_ALL, r.catchKind(1));
        assertEquals(3, r.catchLabel(1));
      }
      case SELECT_T -> {
        assertEquals(1, r.selectTypeCount());
        assertEquals(ValType.I32, r.selectType(0));
      }
      case LOCAL -> assertEquals(70000, r.localIndex());
      case GLOBAL -> assertEquals(5, r.globalIndex());
      case TABLE -> assertEquals(3, r.tableIndex());
      case MEMARG -> {
        assertEquals(2, r.alignExponent());
        assertEquals(1, r.memoryIndex());
        assertEquals(1234, r.memoryOffset());
      }
      case MEMORY -> assertEquals(2, r.memoryIndex());
      case I32 -> assertEquals(-12345, r.i32Value());
      case I64 -> assertEquals(Long.MIN_VALUE, r.i64Value());
      case F32 -> assertEquals(Float.floatToRawIntBits(1.5f), r.f32Bits());
      case F64 -> assertEquals(Double.doubleToRawLongBits(-2.5), r.f64Bits());
      case HEAP_TYPE -> assertEquals(ValType.FUNC, r.heapType());
      case MEMORY_INIT -> {
        assertEquals(3, r.dataIndex());
        assertEquals(1, r.memoryIndex());
      }
      case DATA -> assertEquals(4, r.dataIndex());
      case MEMORY_COPY -> {
        assertEquals(1, r.memoryIndex());
        assertEquals(2, r.sourceMemoryIndex());
      }
      case TABLE_INIT -> {
        assertEquals(5, r.elemIndex());
        assertEquals(6, r.tableIndex());
      }
      case ELEM -> assertEquals(7, r.elemIndex());
      case TABLE_COPY -> {
        assertEquals(1, r.tableIndex());
        assertEquals(2, r.sourceTableIndex());
      }
      case V128 -> {
        assertEquals(V128_LOW, r.v128Low());
        assertEquals(V128_HIGH, r.v128High());
      }
      case SHUFFLE -> {
        assertEquals(31, r.shuffleLanes()[0]);
        assertEquals(16, r.shuffleLanes()[15]);
      }
      case LANE -> assertEquals(3, r.lane());
      case MEMARG_LANE -> {
        assertEquals(2, r.alignExponent());
        assertEquals(8, r.memoryOffset());
        assertEquals(1, r.lane());
      }
    }
  }

  @Test
  void everyOpcodeRoundTrips() {
    CodeReader r = new CodeReader(true);
    for (Opcode op : Opcode.values()) {
      ByteWriter w = new ByteWriter();
      w.u8(Opcode.NOP.code());
      write(w, op);
      int end = w.size();
      w.u8(Opcode.END.code());
      r.reset(new Expr(w.toByteArray(), 1000, null));
      assertEquals(Opcode.NOP, r.next());
      assertEquals(op, r.next(), op.mnemonic());
      assertEquals(1, r.position(), op.mnemonic());
      assertEquals(1001, r.offset(), op.mnemonic());
      assertEquals(end, r.nextPosition(), op.mnemonic());
      check(r, op);
      assertEquals(Opcode.END, r.next());
      assertFalse(r.hasNext());
    }
  }

  private static CodeReader reader(boolean wasm3, String hex) {
    CodeReader r = new CodeReader(wasm3);
    byte[] code = HexFormat.of().parseHex(hex);
    r.reset(code, 0, code.length, 0);
    return r;
  }

  private static void fails(boolean wasm3, String hex, String reason, long offset) {
    CodeReader r = reader(wasm3, hex);
    MalformedException e =
        assertThrows(
            MalformedException.class,
            () -> {
              while (r.hasNext()) {
                r.next();
              }
            });
    assertEquals(reason, e.reason());
    assertEquals(offset, e.offset());
  }

  @Test
  void blockTypes() {
    CodeReader r = reader(false, "0240037f047e");
    r.next();
    assertEquals(-1, r.blockTypeIndex());
    assertNull(r.blockValType());
    r.next();
    assertEquals(ValType.I32, r.blockValType());
    r.next();
    assertEquals(ValType.I64, r.blockValType());
    fails(false, "0279", "malformed value type", 1);
  }

  @Test
  void wasm2MemoryImmediates() {
    CodeReader r = reader(false, "2802103f00fc0a0000fc080500");
    assertEquals(Opcode.I32_LOAD, r.next());
    assertEquals(2, r.alignExponent());
    assertEquals(16, r.memoryOffset());
    assertEquals(0, r.memoryIndex());
    r.next();
    r.next();
    assertEquals(Opcode.MEMORY_INIT, r.next());
    assertEquals(5, r.dataIndex());
    fails(false, "4001", "zero byte expected", 1);
    fails(false, "408000", "zero byte expected", 1);
    fails(false, "fc0b01", "zero byte expected", 2);
    fails(false, "282000", "malformed memop flags", 1);
    fails(false, "284100", "malformed memop flags", 1);
    fails(true, "28800100", "malformed memop flags", 1);
  }

  @Test
  void illegalOpcodes() {
    fails(false, "06", "illegal opcode 06", 0);
    fails(false, "01ff", "illegal opcode ff", 1);
    fails(false, "fc12", "illegal opcode fc 12", 0);
    fails(false, "fd8002", "illegal opcode fd 100", 0);
    fails(false, "fcffffffff0f", "illegal opcode fc ffffffff", 0);
    fails(false, "1200", "illegal opcode 12", 0);
    assertEquals(Opcode.RETURN_CALL, reader(true, "1200").next());
    fails(false, "fd8102", "illegal opcode fd 101", 0);
    assertEquals(Opcode.I8X16_RELAXED_SWIZZLE, reader(true, "fd8002").next());
  }

  @Test
  void truncatedImmediates() {
    fails(false, "41", "unexpected end of section or function", 1);
    fails(false, "fd0c0001", "unexpected end of section or function", 4);
    fails(false, "0e04000102", "unexpected end of section or function", 5);
    fails(false, "0e0600", "length out of bounds", 1);
  }

  @Test
  void brTableGrowsItsBuffer() {
    ByteWriter w = new ByteWriter();
    w.u8(0x0E).u32(100);
    for (int i = 0; i < 100; i++) {
      w.u32(i);
    }
    w.u32(5);
    byte[] code = w.toByteArray();
    CodeReader r = new CodeReader(false);
    r.reset(code, 0, code.length, 0);
    r.next();
    assertEquals(100, r.targetCount());
    assertEquals(99, r.targets()[99]);
    assertEquals(5, r.defaultTarget());
  }
}

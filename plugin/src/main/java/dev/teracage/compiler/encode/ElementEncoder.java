package dev.teracage.compiler.encode;

import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.ValType;
import java.util.Arrays;

/**
 * Writes element segments, choosing among the eight binary forms: the compact function-index forms
 * (flags 0..3) when the type is {@code funcref} and every element is exactly {@code ref.func i;
 * end} in canonical encoding, the expression forms (4..7) otherwise; the table index is written
 * only when it is not 0, the element type only when the form requires it.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/binary/modules.html#element-section">Element
 *     section</a>
 */
final class ElementEncoder {
  private ElementEncoder() {}

  static void write(ByteWriter out, ElementSegment e) {
    int[] indices = functionIndices(e);
    boolean expressions = indices == null;
    boolean active = e.mode() == SegmentMode.ACTIVE;
    boolean explicit =
        active && (e.tableIndex() != 0 || (expressions && !e.type().equals(ValType.FUNCREF)));
    int flags =
        switch (e.mode()) {
          case ACTIVE -> explicit ? 2 : 0;
          case PASSIVE -> 1;
          case DECLARATIVE -> 3;
        };
    if (expressions) {
      flags |= 4;
    }
    out.u8(flags);
    if (explicit) {
      out.u32(e.tableIndex());
    }
    if (active) {
      out.bytes(e.offset().code());
    }
    if (flags != 0 && flags != 4) {
      if (expressions) {
        TypeEncoder.valType(out, e.type());
      } else {
        out.u8(0x00);
      }
    }
    out.u32(e.init().size());
    if (expressions) {
      for (Expr x : e.init()) {
        out.bytes(x.code());
      }
    } else {
      for (int i : indices) {
        out.u32(i);
      }
    }
  }

  /** Returns the function index of every element, or null when some element is not canonical. */
  private static int[] functionIndices(ElementSegment e) {
    if (!e.type().equals(ValType.FUNCREF)) {
      return null;
    }
    int[] result = new int[e.init().size()];
    for (int k = 0; k < result.length; k++) {
      byte[] code = e.init().get(k).code();
      if (code.length < 3 || (code[0] & 0xFF) != 0xD2) {
        return null;
      }
      long index = 0;
      int shift = 0;
      int p = 1;
      while (p < code.length - 1 && shift < 35) {
        int b = code[p++];
        index |= (long) (b & 0x7F) << shift;
        shift += 7;
        if (b >= 0) {
          break;
        }
      }
      if (index > 0xFFFF_FFFFL) {
        return null;
      }
      ByteWriter w = new ByteWriter(8);
      w.u8(0xD2).u32((int) index).u8(0x0B);
      if (!Arrays.equals(w.toByteArray(), code)) {
        return null;
      }
      result[k] = (int) index;
    }
    return result;
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the element section (id 9). A segment starts with a u32 of flags 0..7: bit 0 passive or
 * declarative (with bit 1) rather than active, bit 1 (active) an explicit table index and element
 * kind, bit 2 elements as expressions rather than function indices. Function indices become {@code
 * ref.func i; end} expressions, so the model has one form.
 *
 * <pre>
 * 0: expr vec(funcidx)                 4: expr vec(expr)
 * 1: elemkind vec(funcidx)   passive   5: reftype vec(expr)          passive
 * 2: table expr elemkind vec(funcidx)  6: table expr reftype vec(expr)
 * 3: elemkind vec(funcidx)   declare   7: reftype vec(expr)          declare
 * </pre>
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/binary/modules.html#element-section">Element
 *     section</a>
 */
final class ElementSection {
  private ElementSection() {}

  static void read(DecodeState s) {
    ByteReader in = s.in;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      s.module.elements.add(segment(s));
    }
  }

  private static ElementSegment segment(DecodeState s) {
    ByteReader in = s.in;
    int at = in.position();
    int flags = in.u32();
    if (flags < 0 || flags > 7) {
      throw in.error("malformed elements segment kind", at);
    }
    SegmentMode mode =
        (flags & 1) == 0
            ? SegmentMode.ACTIVE
            : (flags & 2) == 0 ? SegmentMode.PASSIVE : SegmentMode.DECLARATIVE;
    int table = 0;
    Expr offset = null;
    if (mode == SegmentMode.ACTIVE) {
      if ((flags & 2) != 0) {
        table = in.u32();
      }
      offset = s.scanner.constant();
    }
    boolean expressions = (flags & 4) != 0;
    ValType type = ValType.FUNCREF;
    if (flags != 0 && flags != 4) {
      if (expressions) {
        type = TypeReader.refType(in);
      } else {
        int kindAt = in.position();
        if (in.u8() != 0) {
          throw in.error("malformed element kind", kindAt);
        }
      }
    }
    int count = in.length();
    List<Expr> init = new ArrayList<>(Math.min(count, 1024));
    for (int k = 0; k < count; k++) {
      if (expressions) {
        init.add(s.scanner.constant());
      } else {
        long entryOffset = in.offset();
        init.add(refFunc(in.u32(), entryOffset));
      }
    }
    return new ElementSegment(mode, table, offset, type, init);
  }

  /**
   * Returns the expression {@code ref.func index; end}.
   *
   * @param index the function index
   * @param sourceOffset where the index was read, or -1
   * @return the expression
   */
  static Expr refFunc(int index, long sourceOffset) {
    byte[] code = new byte[7];
    int p = 0;
    code[p++] = (byte) 0xD2;
    long v = Integer.toUnsignedLong(index);
    do {
      int b = (int) (v & 0x7F);
      v >>>= 7;
      code[p++] = (byte) (v != 0 ? b | 0x80 : b);
    } while (v != 0);
    code[p++] = 0x0B;
    return new Expr(code, 0, p, sourceOffset, null);
  }
}

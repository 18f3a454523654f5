package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.SegmentMode;

/**
 * Reads the data section (id 11). A segment starts with a u32 of flags: 0 active in memory 0 with
 * an offset expression, 1 passive, 2 active with an explicit memory index; then the bytes.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#data-section">Data
 *     section</a>
 */
final class DataSection {
  private DataSection() {}

  static void read(DecodeState s) {
    ByteReader in = s.in;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      int at = in.position();
      int flags = in.u32();
      DataSegment segment =
          switch (flags) {
            case 0 -> new DataSegment(SegmentMode.ACTIVE, 0, s.scanner.constant(), in.byteVector());
            case 1 -> new DataSegment(SegmentMode.PASSIVE, 0, null, in.byteVector());
            case 2 -> {
              int memory = in.u32();
              Expr offset = s.scanner.constant();
              yield new DataSegment(SegmentMode.ACTIVE, memory, offset, in.byteVector());
            }
            default -> throw in.error("malformed data segment kind", at);
          };
      s.module.data.add(segment);
    }
  }
}

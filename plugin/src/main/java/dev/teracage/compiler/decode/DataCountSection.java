package dev.teracage.compiler.decode;

/**
 * Reads the data count section (id 12): the number of data segments, announced before the code
 * section so that {@code memory.init} and {@code data.drop} can be checked in one pass.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/binary/modules.html#data-count-section">Data
 *     count section</a>
 */
final class DataCountSection {
  private DataCountSection() {}

  static void read(DecodeState s) {
    s.module.dataCount = s.in.u32();
    s.hasDataCount = true;
  }
}

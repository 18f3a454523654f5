package dev.teracage.compiler.decode;

/**
 * Reads the start section (id 8): one function index.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#start-section">Start
 *     section</a>
 */
final class StartSection {
  private StartSection() {}

  static void read(DecodeState s) {
    s.module.start = s.in.u32();
  }
}

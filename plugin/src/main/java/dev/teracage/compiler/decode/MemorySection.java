package dev.teracage.compiler.decode;

/**
 * Reads the memory section (id 5): memory types.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#memory-section">Memory
 *     section</a>
 */
final class MemorySection {
  private MemorySection() {}

  static void read(DecodeState s) {
    int n = s.in.length();
    for (int i = 0; i < n; i++) {
      s.module.memories.add(TypeReader.memoryType(s.in, s.wasm3));
    }
  }
}

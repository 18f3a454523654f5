package dev.teracage.compiler.decode;

/**
 * Reads the function section (id 3): the type index of each function the code section defines.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/binary/modules.html#function-section">Function
 *     section</a>
 */
final class FunctionSection {
  private FunctionSection() {}

  static void read(DecodeState s) {
    int n = s.in.length();
    for (int i = 0; i < n; i++) {
      s.module.functions.add(s.in.u32());
    }
    s.functionCount = n;
  }
}

package dev.teracage.compiler.decode;

/**
 * Reads the type section (id 1): a vector of function types.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#type-section">Type
 *     section</a>
 */
final class TypeSection {
  private TypeSection() {}

  static void read(DecodeState s) {
    int n = s.in.length();
    for (int i = 0; i < n; i++) {
      s.module.types.add(TypeReader.funcType(s.in));
    }
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Tag;

/**
 * Reads the tag section (id 13, WebAssembly 3.0 exception handling): tag types, each an attribute
 * byte {@code 0x00} and a type index.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#tag-section">Tag
 *     section</a>
 */
final class TagSection {
  private TagSection() {}

  static void read(DecodeState s) {
    int n = s.in.length();
    for (int i = 0; i < n; i++) {
      s.module.tags.add(new Tag(tagType(s.in)));
    }
  }

  /**
   * Reads a tag type: attribute {@code 0x00}, then a type index.
   *
   * @param in the reader
   * @return the type index
   */
  static int tagType(ByteReader in) {
    int at = in.position();
    if (in.u8() != 0) {
      throw in.error("malformed tag attribute", at);
    }
    return in.u32();
  }
}

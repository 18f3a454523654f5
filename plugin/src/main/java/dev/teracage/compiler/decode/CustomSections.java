package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.CustomSection;
import dev.teracage.compiler.model.Names;
import java.util.Arrays;

/**
 * Reads a custom section (id 0): a name, then bytes up to the section's end. The {@code name}
 * section goes to {@link NameSection}, read leniently; the others are kept as bytes with the id of
 * the section they follow, so the encoder can put them back in place.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#custom-section">Custom
 *     section</a>
 */
final class CustomSections {
  private CustomSections() {}

  static void read(DecodeState s, int end, int after) {
    ByteReader in = s.in;
    if (end > in.limit()) {
      throw in.error("unexpected end of section or function", in.limit());
    }
    String name = in.name();
    if (in.position() > end) {
      throw in.error("unexpected end of section or function", end);
    }
    int begin = in.position();
    in.position(end);
    if (name.equals("name") && s.module.names == Names.NONE) {
      s.module.names = NameSection.read(in.bytes(), begin, end);
      return;
    }
    byte[] data = Arrays.copyOfRange(in.bytes(), begin, end);
    s.module.customs.add(new CustomSection(name, data, after));
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the {@code name} custom section: subsection 0 (module name), 1 (function names) and 2
 * (local names); other subsections are skipped. The section is only a debugging aid, so a malformed
 * one is ignored rather than fatal: {@link Names#NONE} is returned.
 *
 * @see <a href="https://webassembly.github.io/spec/core/appendix/custom.html#name-section">Name
 *     section</a>
 */
final class NameSection {
  private NameSection() {}

  static Names read(byte[] bytes, int begin, int end) {
    try {
      ByteReader in = new ByteReader(bytes, begin, end, 0);
      String moduleName = null;
      Map<Integer, String> functions = new HashMap<>();
      Map<Integer, Map<Integer, String>> locals = new HashMap<>();
      while (!in.atEnd()) {
        int id = in.u8();
        int size = in.length();
        int subEnd = in.position() + size;
        if (subEnd > end) {
          return Names.NONE;
        }
        switch (id) {
          case 0 -> moduleName = in.name();
          case 1 -> nameMap(in, functions);
          case 2 -> {
            int n = in.length();
            for (int i = 0; i < n; i++) {
              int function = in.u32();
              Map<Integer, String> map = new HashMap<>();
              nameMap(in, map);
              locals.put(function, map);
            }
          }
          default -> in.position(subEnd);
        }
        if (in.position() != subEnd) {
          return Names.NONE;
        }
      }
      return new Names(moduleName, functions, locals);
    } catch (MalformedException e) {
      return Names.NONE;
    }
  }

  private static void nameMap(ByteReader in, Map<Integer, String> into) {
    int n = in.length();
    for (int i = 0; i < n; i++) {
      int index = in.u32();
      into.put(index, in.name());
    }
  }
}

package dev.teracage.compiler.encode;

import dev.teracage.compiler.model.Names;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the content of the {@code name} custom section: module name (subsection 0), function names
 * (1) and local names (2), each map sorted by index as the format requires.
 *
 * @see <a href="https://webassembly.github.io/spec/core/appendix/custom.html#name-section">Name
 *     section</a>
 */
final class NameEncoder {
  private NameEncoder() {}

  static boolean isEmpty(Names names) {
    return names.moduleName() == null
        && names.functionNames().isEmpty()
        && names.localNames().isEmpty();
  }

  static void write(ByteWriter out, Names names) {
    if (names.moduleName() != null) {
      out.u8(0).sized(new ByteWriter().name(names.moduleName()));
    }
    if (!names.functionNames().isEmpty()) {
      ByteWriter sub = new ByteWriter();
      nameMap(sub, names.functionNames());
      out.u8(1).sized(sub);
    }
    if (!names.localNames().isEmpty()) {
      ByteWriter sub = new ByteWriter();
      Map<Integer, Map<Integer, String>> sorted = sortedByIndex(names.localNames());
      sub.u32(sorted.size());
      sorted.forEach((function, locals) -> {
        sub.u32(function);
        nameMap(sub, locals);
      });
      out.u8(2).sized(sub);
    }
  }

  private static void nameMap(ByteWriter out, Map<Integer, String> map) {
    Map<Integer, String> sorted = sortedByIndex(map);
    out.u32(sorted.size());
    sorted.forEach((index, name) -> out.u32(index).name(name));
  }

  private static <V> Map<Integer, V> sortedByIndex(Map<Integer, V> map) {
    Map<Integer, V> sorted = new TreeMap<>(Integer::compareUnsigned);
    sorted.putAll(map);
    return sorted;
  }
}

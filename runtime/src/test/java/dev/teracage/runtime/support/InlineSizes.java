package dev.teracage.runtime.support;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;

/** The bytecode sizes of a helper class's public static methods, read from its class file. */
final class InlineSizes {
  /** HotSpot inlines any callee of at most this many bytecode bytes (MaxInlineSize), hot or not. */
  static final int MAX_INLINE_SIZE = 35;

  /**
   * What a class's public static methods weigh.
   *
   * @param count how many there are
   * @param tooBig {@code "name size"} of each over {@link #MAX_INLINE_SIZE}
   */
  record Report(int count, List<String> tooBig) {}

  private InlineSizes() {}

  static Report of(Class<?> helpers) throws IOException {
    byte[] bytes;
    try (InputStream in = helpers.getResourceAsStream(helpers.getSimpleName() + ".class")) {
      bytes = in.readAllBytes();
    }
    List<String> tooBig = new ArrayList<>();
    int count = 0;
    for (MethodModel method : ClassFile.of().parse(bytes).methods()) {
      if (!method.flags().has(AccessFlag.PUBLIC) || !method.flags().has(AccessFlag.STATIC)) {
        continue;
      }
      count++;
      int size = method.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
      if (size > MAX_INLINE_SIZE) {
        tooBig.add(method.methodName() + " " + size);
      }
    }
    return new Report(count, tooBig);
  }
}

package dev.teracage.compiler.decode;

import java.util.List;

/** Test access to the spec suite's binary modules for tests in other packages. */
public final class SpecBinaries {
  private SpecBinaries() {}

  /**
   * Returns the binary modules of the 2.0 suite that are not inside {@code assert_malformed}.
   *
   * @return the modules' bytes
   */
  public static List<byte[]> wellFormed() {
    return wellFormed(WastBinaryModules.suiteDir());
  }

  /**
   * Returns the binary modules of the 3.0 suite that are not inside {@code assert_malformed}.
   *
   * @return the modules' bytes
   */
  public static List<byte[]> wellFormed3() {
    return wellFormed(WastBinaryModules.suite3Dir());
  }

  private static List<byte[]> wellFormed(java.nio.file.Path dir) {
    return WastBinaryModules.all(dir).stream()
        .filter(f -> !f.malformed())
        .map(WastBinaryModules.Found::bytes)
        .toList();
  }
}

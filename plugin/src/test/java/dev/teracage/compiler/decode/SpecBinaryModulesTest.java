package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decodes every binary module of the 2.0 spec test scripts: those inside {@code assert_malformed}
 * must fail with {@link MalformedException} (the reason starting with the expected text, as the
 * reference interpreter's script runner checks), all others must decode.
 */
class SpecBinaryModulesTest {
  @Test
  void everyBinaryModuleOfTheSuite() {
    List<WastBinaryModules.Found> found = WastBinaryModules.all(WastBinaryModules.suiteDir());
    List<String> mismatches = new ArrayList<>();
    List<String> wrongReason = new ArrayList<>();
    int good = 0;
    int bad = 0;
    for (WastBinaryModules.Found f : found) {
      if (f.malformed()) {
        bad++;
        try {
          ModuleDecoder.decode(f.bytes());
          mismatches.add(f + ": decoded, expected \"" + f.reason() + "\"");
        } catch (MalformedException e) {
          if (f.reason() == null || !e.reason().startsWith(f.reason())) {
            wrongReason.add(
                f
                    + " "
                    + java.util.HexFormat.of().formatHex(f.bytes())
                    + ": \""
                    + e.reason()
                    + "\", expected \""
                    + f.reason()
                    + "\"");
          }
        } catch (RuntimeException e) {
          mismatches.add(f + ": " + e);
        }
      } else {
        good++;
        try {
          ModuleDecoder.decode(f.bytes());
        } catch (RuntimeException e) {
          mismatches.add(f + ": " + e);
        }
      }
    }
    System.out.printf(
        "spec binary modules: %d well-formed, %d malformed, %d mismatches, %d other reasons%n",
        good, bad, mismatches.size(), wrongReason.size());
    mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
    wrongReason.forEach(m -> System.out.println("  REASON " + m));
    assertTrue(good > 50 && bad > 500, "too few modules found: " + good + ", " + bad);
    assertEquals(List.of(), mismatches);
    assertEquals(List.of(), wrongReason);
  }
}

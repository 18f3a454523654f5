package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decodes every binary module of the spec test scripts: those inside {@code assert_malformed} must
 * fail with {@link MalformedException} whose reason starts with the expected text (as the reference
 * interpreter's script runner checks), all others must decode.
 */
class SpecBinaryModulesTest {
  /** 3.0 suite scripts left out, with the reason. */
  private static final Map<String, String> EXCLUDED_3 =
      Map.of(
          "binary-gc.wast", "GC type definitions (rec, sub, struct, array) are not in the model",
          "binary-descriptors.wast", "custom descriptors proposal, beyond 3.0",
          "exact.wast", "custom descriptors proposal (exact types), beyond 3.0",
          "ref_get_desc.wast", "custom descriptors proposal, beyond 3.0",
          "wide-arithmetic.wast", "wide arithmetic proposal, beyond 3.0",
          "custom-page-sizes-invalid.wast", "custom page sizes proposal, beyond 3.0");

  @Test
  void wasm2Suite() {
    check(WastBinaryModules.suiteDir(), ModuleDecoder.wasm2(), Map.of(), 50, 500);
  }

  @Test
  void wasm3Suite() {
    check(WastBinaryModules.suite3Dir(), ModuleDecoder.wasm3(), EXCLUDED_3, 100, 500);
  }

  private static void check(
      Path dir, ModuleDecoder decoder, Map<String, String> excluded, int minGood, int minBad) {
    List<String> mismatches = new ArrayList<>();
    List<String> wrongReason = new ArrayList<>();
    int good = 0;
    int bad = 0;
    for (WastBinaryModules.Found f : WastBinaryModules.all(dir)) {
      if (excluded.containsKey(f.file().getFileName().toString())) {
        continue;
      }
      if (f.malformed()) {
        bad++;
        try {
          decoder.read(f.bytes(), null);
          mismatches.add(f + ": decoded, expected \"" + f.reason() + "\"");
        } catch (MalformedException e) {
          if (f.reason() == null || !e.reason().startsWith(f.reason())) {
            wrongReason.add(
                f
                    + " "
                    + HexFormat.of().formatHex(f.bytes())
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
          decoder.read(f.bytes(), null);
        } catch (RuntimeException e) {
          mismatches.add(f + ": " + e);
        }
      }
    }
    System.out.printf(
        "%s: %d well-formed, %d malformed binary modules, %d mismatches, %d other reasons%n",
        dir, good, bad, mismatches.size(), wrongReason.size());
    mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
    wrongReason.forEach(m -> System.out.println("  REASON " + m));
    assertTrue(good >= minGood && bad >= minBad, "too few modules found: " + good + ", " + bad);
    assertEquals(List.of(), mismatches);
    assertEquals(List.of(), wrongReason);
  }
}

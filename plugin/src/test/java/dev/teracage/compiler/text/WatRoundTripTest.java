package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.encode.ModuleEncoder;
import dev.teracage.compiler.model.Module;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every well-formed text module of the 2.0 suite, parsed, encoded to binary and decoded again,
 * gives the same model: the instructions the text reader encodes are well-formed binary, and every
 * name it keeps is one the name section carries.
 */
class WatRoundTripTest {
  @Test
  void textModelEqualsDecodedBinary() throws IOException {
    List<SuiteModules.Source> sources = SuiteModules.wellFormed();
    List<String> failures = new ArrayList<>();
    int same = 0;
    for (SuiteModules.Source s : sources) {
      try {
        Module text = WatParser.parseModule(s.text(), s.where());
        Module decoded = ModuleDecoder.wasm3().read(ModuleEncoder.encode(text), s.where());
        if (decoded.equals(text)) {
          same++;
        } else {
          failures.add(s.where() + ": " + difference(text, decoded));
        }
      } catch (RuntimeException e) {
        failures.add(s.where() + ": " + e);
      }
    }
    System.out.println("WatRoundTripTest: " + same + " of " + sources.size() + " round-trip");
    failures.stream().limit(40).forEach(System.out::println);
    assertEquals(List.of(), failures.stream().limit(10).toList());
    assertTrue(sources.isEmpty() || same > 3500);
  }

  private static String difference(Module a, Module b) {
    var ca = a.getClass().getRecordComponents();
    StringBuilder sb = new StringBuilder();
    for (var c : ca) {
      try {
        Object x = c.getAccessor().invoke(a);
        Object y = c.getAccessor().invoke(b);
        if (!java.util.Objects.equals(x, y)) {
          sb.append(c.getName()).append(": ").append(x).append(" vs ").append(y).append("; ");
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return sb.toString();
  }
}

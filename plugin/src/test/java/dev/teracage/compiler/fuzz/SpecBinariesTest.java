package dev.teracage.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecBinariesTest {
  @Test
  void readsBinaryModulesWithIdsEscapesAndComments() {
    String script =
        """
        (module $M binary "\\00asm" "\\01\\00\\00\\00")
        ;; (module binary "\\ff")
        (; (module binary "\\fe") ;)
        (assert_malformed
          (module binary
            "\\00asm"   ;; magic
            "\\01\\00\\00\\00"
            "a\\n\\t\\\\\\"\\u{e9}")
          "unexpected end")
        (module quote "(module binary \\"x\\")")
        (module (func))
        """;
    List<byte[]> modules = SpecBinaries.inScript(script);
    assertEquals(2, modules.size());
    assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, modules.get(0));
    byte[] tail = "a\n\t\\\"é".getBytes(StandardCharsets.UTF_8);
    byte[] second = modules.get(1);
    assertEquals(8 + tail.length, second.length);
    for (int i = 0; i < tail.length; i++) {
      assertEquals(tail[i], second[8 + i]);
    }
  }

  @Test
  void readsTextModulesWithNestedParenthesesStringsAndComments() {
    String script =
        """
        (module $M (func (export ")") (nop)) ;; )
          (; ) ;) (data "(("))
        (module binary "\\00asm")
        (assert_invalid (module (func (result i32))) "type mismatch")
        (module quote "(func)")
        """;
    List<String> modules = SpecBinaries.textModules(script);
    assertEquals(2, modules.size());
    assertTrue(modules.get(0).startsWith("(module $M"));
    assertTrue(modules.get(0).endsWith("(data \"((\"))"), modules.get(0));
    assertEquals("(module (func (result i32)))", modules.get(1));
  }

  @Test
  void findsNothingWithoutBinaryModules() {
    assertTrue(SpecBinaries.inScript("(module (memory 1) (data \"(module binary\"))").isEmpty());
  }
}

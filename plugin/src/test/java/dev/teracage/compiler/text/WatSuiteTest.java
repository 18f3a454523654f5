package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every text module of the WebAssembly 2.0 spec test scripts that is not expected to be
 * malformed ({@code (module ...)} and {@code (module quote ...)} outside {@code assert_malformed}),
 * and every malformed quoted module, which must fail with the expected reason.
 */
class WatSuiteTest {
  private static final Path SUITE = Path.of("/work/shared/wasm-testsuite-2.0");

  private int parsed;
  private int malformedOk;
  private final List<String> failures = new ArrayList<>();

  @Test
  void parsesEveryWellFormedModuleOfTheSuite() throws IOException {
    if (!Files.isDirectory(SUITE)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(SUITE), Files.list(SUITE.resolve("simd")))) {
      files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    }
    for (Path f : files) {
      scanScript(f);
    }
    System.out.println(
        "WatSuiteTest: "
            + parsed
            + " modules parsed, "
            + malformedOk
            + " malformed modules rejected as expected, "
            + failures.size()
            + " failures");
    failures.stream().limit(200).forEach(System.out::println);
    assertTrue(parsed > 3500, "parsed " + parsed);
    assertEquals(List.of(), failures.stream().limit(20).toList());
  }

  private void scanScript(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Lexer lx = new Lexer(text, file.getFileName().toString());
    TokenReader r = new TokenReader(lx);
    while (r.peek() == TokenKind.LPAREN) {
      int start = r.position();
      r.next();
      String cmd = r.peekText(0);
      r.seek(start);
      switch (cmd) {
        case "module" -> module(file, r, null);
        case "assert_malformed" -> {
          r.next();
          r.next();
          if (r.peekParen("module") && r.peekText(2).equals("quote")) {
            int m = r.position();
            r.skipSexpr();
            String reason = lx.name(r.expect(TokenKind.STRING));
            r.seek(m);
            module(file, r, reason);
          }
          r.seek(start);
          r.skipSexpr();
        }
        case "assert_invalid", "assert_unlinkable", "assert_trap", "assert_uninstantiable" -> {
          r.next();
          r.next();
          if (r.peekParen("module")) {
            module(file, r, null);
          }
          r.seek(start);
          r.skipSexpr();
        }
        default -> r.skipSexpr();
      }
    }
  }

  private void module(Path file, TokenReader r, String expectedFailure) {
    int start = r.position();
    String where = file.getFileName() + ":" + r.lexer().line(start);
    String kind = r.peekText(2).equals("$") ? "" : r.peekText(2);
    if (r.lexer().kind(start + 2) == TokenKind.ID) {
      kind = r.peekText(3);
    }
    try {
      if (kind.equals("binary")) {
        return;
      }
      if (kind.equals("quote")) {
        r.next();
        r.next();
        if (r.peek() == TokenKind.ID) {
          r.next();
        }
        r.next();
        StringBuilder sb = new StringBuilder();
        while (r.peek() == TokenKind.STRING) {
          sb.append(new String(r.expectBytes(), StandardCharsets.UTF_8)).append(' ');
        }
        WatParser.parseModule(sb.toString(), where);
      } else {
        WatParser.parseModule(r);
        r.seek(start);
      }
      if (expectedFailure != null) {
        failures.add(where + ": expected malformed \"" + expectedFailure + "\" but parsed");
      } else {
        parsed++;
      }
    } catch (MalformedException e) {
      if (expectedFailure == null) {
        failures.add(where + ": " + e.getMessage());
      } else if (!e.reason().startsWith(expectedFailure)) {
        failures.add(where + ": expected \"" + expectedFailure + "\" got \"" + e.reason() + "\"");
      } else {
        malformedOk++;
      }
    } catch (RuntimeException e) {
      failures.add(where + ": " + e);
    } finally {
      r.seek(start);
      r.skipSexpr();
    }
  }
}

package dev.teracage.compiler.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the well-formed text modules, {@code (module ...)}, of the 2.0 spec test scripts. */
final class SuiteModules {
  static final Path SUITE =
      Path.of(System.getProperty("teracage.spec.dir", "../../shared/wasm-testsuite-2.0"));

  /**
   * A module's source text and where it is.
   *
   * @param where file:line
   * @param text the {@code (module ...)} text
   */
  record Source(String where, String text) {}

  private SuiteModules() {}

  /**
   * Returns every {@code (module ...)} that is neither binary nor quoted, outside {@code
   * assert_malformed}.
   *
   * @return the modules, or an empty list when the suite is not there
   * @throws IOException when a script cannot be read
   */
  static List<Source> wellFormed() throws IOException {
    List<Source> result = new ArrayList<>();
    if (!Files.isDirectory(SUITE)) {
      return result;
    }
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(SUITE), Files.list(SUITE.resolve("simd")))) {
      files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      TokenReader r = new TokenReader(new Lexer(text));
      while (r.peek() == TokenKind.LPAREN) {
        int start = r.position();
        String cmd = r.peekText(1);
        if (cmd.equals("module")) {
          add(result, f, r, text);
        } else if (!cmd.equals("assert_malformed")) {
          r.next();
          r.next();
          if (r.peekParen("module")) {
            add(result, f, r, text);
          }
        }
        r.seek(start);
        r.skipSexpr();
      }
    }
    return result;
  }

  private static void add(List<Source> out, Path f, TokenReader r, String text) {
    int start = r.position();
    int kind = r.lexer().kind(start + 2) == TokenKind.ID ? start + 3 : start + 2;
    String k = r.lexer().text(kind);
    r.skipSexpr();
    if (!k.equals("binary") && !k.equals("quote")) {
      int begin = r.lexer().start(start);
      int end = r.lexer().end(r.position() - 1);
      String where = f.getFileName() + ":" + r.lexer().line(start);
      out.add(new Source(where, text.substring(begin, end)));
    }
    r.seek(start);
  }
}

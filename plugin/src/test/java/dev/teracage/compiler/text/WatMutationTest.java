package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.MalformedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates well-formed suite modules at the token level (delete, duplicate, replace with a token
 * that often confuses parsers) and checks that the text reader either reads each one or rejects it
 * with a {@link MalformedException}: never another exception.
 */
class WatMutationTest {
  private static final String[] POOL = {
    "(",
    ")",
    "$x",
    "$f",
    "0",
    "-1",
    "0xffffffff",
    "4294967296",
    "1.5",
    "nan:0x1",
    "\"\\ff\"",
    "\"a\"",
    "i32",
    "funcref",
    "func",
    "param",
    "result",
    "local",
    "type",
    "end",
    "else",
    "then",
    "block",
    "if",
    "loop",
    "br_table",
    "offset=99999999999",
    "align=0",
    "align=3",
    "i8x16",
    "v128.const",
    "i8x16.shuffle",
    "select",
    "item",
    "declare",
    "memory",
    "table",
    "elem",
    "data",
    "(ref",
    "null",
    "extern",
    "export",
    "import",
    "mut",
    "call_indirect",
    "memory.init",
    ".5"
  };

  @Test
  void mutantsParseOrAreMalformed() throws IOException {
    List<SuiteModules.Source> sources = SuiteModules.wellFormed();
    if (sources.isEmpty()) {
      return;
    }
    Random random = new Random(20261125);
    List<String> failures = new ArrayList<>();
    int malformed = 0;
    for (int i = 0; i < 4000; i++) {
      SuiteModules.Source s = sources.get(random.nextInt(sources.size()));
      String mutant = mutate(s.text(), random);
      try {
        WatParser.parseModule(mutant);
      } catch (MalformedException e) {
        malformed++;
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(s.where() + ": " + e + "\n" + mutant);
      }
    }
    System.out.println("WatMutationTest: " + malformed + " of " + 4000 + " mutants malformed");
    failures.stream().limit(5).forEach(System.out::println);
    assertEquals(List.of(), failures.stream().limit(3).toList());
  }

  private static String mutate(String text, Random random) {
    Lexer lx = new Lexer(text);
    int n = lx.count() - 1;
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      Lexer cur = new Lexer(sb.toString());
      n = cur.count() - 1;
      if (n <= 0) {
        break;
      }
      int t = random.nextInt(n);
      int begin = cur.start(t);
      int end = cur.end(t);
      switch (random.nextInt(3)) {
        case 0 -> sb.replace(begin, end, " ");
        case 1 -> sb.insert(end, " " + cur.text(t) + " ");
        default -> sb.replace(begin, end, " " + POOL[random.nextInt(POOL.length)] + " ");
      }
    }
    return sb.toString();
  }
}

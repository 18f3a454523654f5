package dev.teracage.compiler.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static String kinds(Lexer lx) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lx.count(); i++) {
      sb.append(lx.kind(i)).append(i + 1 < lx.count() ? " " : "");
    }
    return sb.toString();
  }

  @Test
  void splitsTokensAndKinds() {
    Lexer lx = new Lexer("(module $m (func 12 -3 +inf nan:0x1 -nan 0x) .5 a{b)");
    assertEquals(
        "LPAREN KEYWORD ID LPAREN KEYWORD NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER RPAREN"
            + " RESERVED RESERVED RPAREN EOF",
        kinds(lx));
    assertEquals("$m", lx.text(2));
    assertTrue(lx.isKeyword(4, "func"));
    assertEquals("-3", lx.text(6));
  }

  @Test
  void skipsCommentsAndAnnotations() {
    Lexer lx = new Lexer(";; line\n(; block (; nested ;) ;) (@custom \"x\" (a b)) nop");
    assertEquals("KEYWORD EOF", kinds(lx));
    assertEquals(2, lx.line(0));
    assertEquals(46, lx.column(0));
  }

  @Test
  void tracksLinesAndColumns() {
    Lexer lx = new Lexer("(a\n  b\n\t\"c\")");
    assertEquals(1, lx.line(0));
    assertEquals(1, lx.column(0));
    assertEquals(2, lx.line(2));
    assertEquals(3, lx.column(2));
    assertEquals(3, lx.line(3));
    assertEquals(2, lx.column(3));
  }

  @Test
  void decodesStringEscapes() {
    Lexer lx = new Lexer("\"a\\t\\n\\r\\\"\\'\\\\\\00\\ff\\u{41}\\u{1_F600}é\"");
    assertArrayEquals(
        new byte[] {
          'a',
          '\t',
          '\n',
          '\r',
          '"',
          '\'',
          '\\',
          0,
          (byte) 0xff,
          'A',
          (byte) 0xF0,
          (byte) 0x9F,
          (byte) 0x98,
          (byte) 0x80,
          (byte) 0xC3,
          (byte) 0xA9
        },
        lx.bytes(0));
  }

  @Test
  void namesMustBeUtf8() {
    Lexer lx = new Lexer("\"ok\" \"\\ff\"");
    assertEquals("ok", lx.name(0));
    MalformedException e = assertThrows(MalformedException.class, () -> lx.name(1));
    assertEquals("malformed UTF-8 encoding", e.reason());
    assertEquals(6, e.location().column());
  }

  @Test
  void reportsLexicalErrors() {
    assertEquals("unclosed string literal", reason("\"abc"));
    assertEquals("illegal escape", reason("\"\\q\""));
    assertEquals("illegal escape", reason("\"\\u{D800}\""));
    assertEquals("illegal escape", reason("\"\\u{110000}\""));
    assertEquals("illegal control character in string literal", reason("\"a\u0001\""));
    assertEquals("unclosed comment", reason("(; (; ;)"));
    assertEquals("empty identifier", reason("(func $ )"));
    assertEquals("empty annotation id", reason("(@ x)"));
    assertEquals("empty annotation id", reason("(@\"\")"));
    assertEquals("illegal character", reason("a \u0001"));
    assertEquals("empty identifier", reason("$\"a\u0001\""));
    assertEquals("empty annotation id", reason("(@\"a"));
    assertEquals("malformed UTF-8 encoding", reason("(@\"\\ef\")"));
    assertEquals("unclosed annotation", reason("(@a (b)"));
    assertEquals("illegal character", reason("a \u00e9 b"));
    assertEquals("unknown operator", reason("abc\"x\""));
  }

  @Test
  void errorLocationIsLineColumn() {
    MalformedException e = assertThrows(MalformedException.class, () -> new Lexer("\n  \"\\q\""));
    assertEquals(2, e.location().line());
    assertEquals(4, e.location().column());
  }

  @Test
  void readerExpectationsAndErrors() {
    TokenReader r = new TokenReader(new Lexer("(module $m \"n\" .5) func"));
    assertTrue(r.peekParen("module"));
    assertTrue(r.acceptParen("module"));
    assertEquals("$m", r.acceptId());
    assertEquals("n", r.expectName());
    assertEquals("unknown operator .5", r.unexpected().reason());
    r.next();
    r.expectRParen();
    assertEquals(
        "unexpected token", assertThrows(MalformedException.class, r::expectRParen).reason());
    r.next();
    assertEquals("unexpected end of input", r.unexpected().reason());
  }

  private static String reason(String text) {
    return assertThrows(MalformedException.class, () -> new Lexer(text)).reason();
  }
}

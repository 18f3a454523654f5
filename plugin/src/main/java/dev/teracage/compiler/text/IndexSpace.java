package dev.teracage.compiler.text;

import java.util.HashMap;
import java.util.Map;

/**
 * One index space of a module (types, functions, tables, ...) or of a function (locals): counts its
 * entries and maps their {@code $identifiers} to indices.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html#indices">Indices</a>
 */
final class IndexSpace {
  private final String kind;
  private final Map<String, Integer> ids = new HashMap<>();
  private int count;

  /**
   * Creates an empty space.
   *
   * @param kind the word used in errors: "duplicate func", "unknown func $f"
   */
  IndexSpace(String kind) {
    this.kind = kind;
  }

  /**
   * Returns the number of entries.
   *
   * @return the count
   */
  int count() {
    return count;
  }

  /**
   * Adds an entry.
   *
   * @param r the reader, for the error location
   * @param idToken the token index of the entry's identifier, or -1 when it has none
   * @return the new entry's index
   */
  int add(TokenReader r, int idToken) {
    return add(idToken < 0 ? null : r.lexer().id(idToken), r.lexer(), idToken);
  }

  /**
   * Adds an entry.
   *
   * @param id the identifier with {@code $}, or {@code null}
   * @param lexer the tokens, for the error location
   * @param token where to report a duplicate
   * @return the new entry's index
   */
  int add(String id, Lexer lexer, int token) {
    if (id != null && ids.putIfAbsent(id, count) != null) {
      throw lexer.error(token, "duplicate " + kind);
    }
    return count++;
  }

  /**
   * Returns the index of an identifier.
   *
   * @param id the identifier, with {@code $}
   * @return the index, or -1 when unknown
   */
  int lookup(String id) {
    Integer i = ids.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Tells whether the next token can be an index: an identifier or a number.
   *
   * @param r the reader
   * @return true when it can
   */
  static boolean atIndex(TokenReader r) {
    TokenKind k = r.peek();
    return k == TokenKind.ID || k == TokenKind.NUMBER;
  }

  /**
   * Reads an index: a {@code u32} or a known identifier.
   *
   * @param r the reader
   * @return the index
   */
  int resolve(TokenReader r) {
    int t = r.position();
    if (r.peek() == TokenKind.ID) {
      r.next();
      String id = r.lexer().id(t);
      int i = lookup(id);
      if (i < 0) {
        throw r.lexer().error(t, "unknown " + kind + " " + id);
      }
      return i;
    }
    if (r.peek() != TokenKind.NUMBER) {
      throw r.unexpected();
    }
    return readU32(r);
  }

  /**
   * Reads a {@code u64} number token.
   *
   * @param r the reader
   * @return the value
   */
  static long readU64(TokenReader r) {
    int t = r.expect(TokenKind.NUMBER);
    try {
      return NumberLiterals.u64(r.lexer().text(t));
    } catch (dev.teracage.compiler.MalformedException e) {
      throw e.at(r.lexer().location(t));
    }
  }

  /**
   * Reads a {@code u32} number token.
   *
   * @param r the reader
   * @return the value
   */
  static int readU32(TokenReader r) {
    int t = r.expect(TokenKind.NUMBER);
    try {
      return NumberLiterals.u32(r.lexer().text(t));
    } catch (dev.teracage.compiler.MalformedException e) {
      throw e.at(r.lexer().location(t));
    }
  }
}

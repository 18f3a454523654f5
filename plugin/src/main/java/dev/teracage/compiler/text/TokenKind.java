package dev.teracage.compiler.text;

/**
 * The kinds of tokens of the text format.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/lexical.html#tokens">Tokens</a>
 */
public enum TokenKind {
  /** {@code (} */
  LPAREN,
  /** {@code )} */
  RPAREN,
  /** A keyword: starts with a lowercase letter, for example {@code module}, {@code i32.add}. */
  KEYWORD,
  /** An identifier: {@code $} followed by at least one identifier character. */
  ID,
  /** A string literal; its decoded bytes come from {@link Lexer#bytes(int)}. */
  STRING,
  /**
   * Looks like a number: starts with a digit, or a sign and a digit, or is {@code inf}, {@code
   * nan}, {@code nan:0x...} with an optional sign. The text is kept raw; {@link NumberLiterals}
   * checks the full syntax.
   */
  NUMBER,
  /** Any other run of identifier characters; using one is an error ("unknown operator"). */
  RESERVED,
  /** The end of the input; always the last token. */
  EOF
}

package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;

/**
 * A cursor over a {@link Lexer}'s tokens, with the small look-ahead and expectation helpers the WAT
 * and WAST parsers share. The cursor ({@link #position()}) is the index of the next token; it never
 * moves past the final {@link TokenKind#EOF}.
 *
 * <p>Error wording follows the reference interpreter: a token that does not fit is "unexpected
 * token", the end of input where more is needed is "unexpected end of input", a {@link
 * TokenKind#RESERVED} token, malformed number or unknown keyword is "unknown operator" followed by
 * the token.
 */
public final class TokenReader {
  private final Lexer lexer;
  private int pos;

  /**
   * Creates a reader at the first token.
   *
   * @param lexer the tokens
   */
  public TokenReader(Lexer lexer) {
    this(lexer, 0);
  }

  /**
   * Creates a reader at a token.
   *
   * @param lexer the tokens
   * @param position index of the first token to read
   */
  public TokenReader(Lexer lexer, int position) {
    this.lexer = lexer;
    this.pos = position;
  }

  /**
   * Returns the tokens.
   *
   * @return the lexer
   */
  public Lexer lexer() {
    return lexer;
  }

  /**
   * Returns the index of the next token.
   *
   * @return the position
   */
  public int position() {
    return pos;
  }

  /**
   * Moves the cursor.
   *
   * @param position the index of the next token to read
   */
  public void seek(int position) {
    pos = position;
  }

  /**
   * Returns the kind of the next token.
   *
   * @return the kind
   */
  public TokenKind peek() {
    return lexer.kind(pos);
  }

  /**
   * Returns the kind of a token ahead.
   *
   * @param ahead 0 for the next token, 1 for the one after, ...
   * @return the kind ({@link TokenKind#EOF} past the end)
   */
  public TokenKind peek(int ahead) {
    int i = pos + ahead;
    return i < lexer.count() ? lexer.kind(i) : TokenKind.EOF;
  }

  /**
   * Tells whether the next token is a keyword.
   *
   * @param keyword the keyword
   * @return true when it is
   */
  public boolean peekKeyword(String keyword) {
    return lexer.isKeyword(pos, keyword);
  }

  /**
   * Tells whether the next tokens are {@code (} and a keyword.
   *
   * @param keyword the keyword
   * @return true when they are
   */
  public boolean peekParen(String keyword) {
    return lexer.kind(pos) == TokenKind.LPAREN
        && pos + 1 < lexer.count()
        && lexer.isKeyword(pos + 1, keyword);
  }

  /**
   * Returns the raw text of a token ahead.
   *
   * @param ahead 0 for the next token
   * @return the text ("" past the end)
   */
  public String peekText(int ahead) {
    int i = pos + ahead;
    return i < lexer.count() ? lexer.text(i) : "";
  }

  /**
   * Consumes the next token.
   *
   * @return its index
   */
  public int next() {
    int t = pos;
    if (lexer.kind(pos) != TokenKind.EOF) {
      pos++;
    }
    return t;
  }

  /**
   * Consumes the next token, which must be of a kind.
   *
   * @param kind the kind
   * @return its index
   * @throws MalformedException when it is not
   */
  public int expect(TokenKind kind) {
    if (lexer.kind(pos) != kind) {
      throw unexpected();
    }
    return next();
  }

  /**
   * Consumes {@code (}.
   *
   * @throws MalformedException when the next token is not {@code (}
   */
  public void expectLParen() {
    expect(TokenKind.LPAREN);
  }

  /**
   * Consumes {@code )}.
   *
   * @throws MalformedException when the next token is not {@code )}
   */
  public void expectRParen() {
    expect(TokenKind.RPAREN);
  }

  /**
   * Consumes a keyword.
   *
   * @param keyword the keyword
   * @throws MalformedException when the next token is not that keyword
   */
  public void expectKeyword(String keyword) {
    if (!lexer.isKeyword(pos, keyword)) {
      throw unexpected();
    }
    pos++;
  }

  /**
   * Consumes the next token if it is a keyword.
   *
   * @param keyword the keyword
   * @return true when consumed
   */
  public boolean acceptKeyword(String keyword) {
    if (lexer.isKeyword(pos, keyword)) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * Consumes {@code (} and a keyword if they come next.
   *
   * @param keyword the keyword
   * @return true when consumed
   */
  public boolean acceptParen(String keyword) {
    if (peekParen(keyword)) {
      pos += 2;
      return true;
    }
    return false;
  }

  /**
   * Consumes an identifier if one comes next.
   *
   * @return its canonical text including the {@code $} (see {@link Lexer#id(int)}), or {@code null}
   */
  public String acceptId() {
    if (lexer.kind(pos) == TokenKind.ID) {
      return lexer.id(pos++);
    }
    return null;
  }

  /**
   * Consumes a string token and decodes it as a UTF-8 name.
   *
   * @return the name
   * @throws MalformedException when the next token is not a string, or not valid UTF-8
   */
  public String expectName() {
    return lexer.name(expect(TokenKind.STRING));
  }

  /**
   * Consumes a string token and decodes its bytes.
   *
   * @return the bytes
   * @throws MalformedException when the next token is not a string
   */
  public byte[] expectBytes() {
    return lexer.bytes(expect(TokenKind.STRING));
  }

  /**
   * Skips a balanced S-expression: the next token must be {@code (}.
   *
   * @throws MalformedException on unbalanced input
   */
  public void skipSexpr() {
    expectLParen();
    int depth = 1;
    while (depth > 0) {
      switch (lexer.kind(pos)) {
        case LPAREN -> depth++;
        case RPAREN -> depth--;
        case EOF -> throw unexpected();
        default -> {}
      }
      pos++;
    }
  }

  /**
   * Creates the error for the next token not fitting: "unknown operator" for a reserved token,
   * "unexpected end of input" at the end, else "unexpected token".
   *
   * @return the exception, to throw
   */
  public MalformedException unexpected() {
    return switch (lexer.kind(pos)) {
      case RESERVED -> lexer.error(pos, "unknown operator " + lexer.text(pos));
      case KEYWORD ->
          lexer.error(
              pos,
              InstructionParser.isKnownKeyword(lexer.text(pos))
                  ? "unexpected token"
                  : "unknown operator " + lexer.text(pos));
      case NUMBER ->
          lexer.error(
              pos,
              NumberLiterals.isNumber(lexer.text(pos))
                  ? "unexpected token"
                  : "unknown operator " + lexer.text(pos));
      case EOF -> lexer.error(pos, "unexpected end of input");
      default -> lexer.error(pos, "unexpected token");
    };
  }

  /**
   * Creates an error located at the next token.
   *
   * @param reason the specification's wording
   * @return the exception, to throw
   */
  public MalformedException error(String reason) {
    return lexer.error(pos, reason);
  }
}

package dev.teracage.compiler.text;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;
import java.util.Arrays;

/**
 * Splits text-format source into tokens, eagerly and all at once, into parallel arrays: no object
 * per token. Tokens are addressed by index ({@code 0 .. count()-1}); the last one is always {@link
 * TokenKind#EOF}. White space, line comments ({@code ;; ...}), nested block comments ({@code (; ...
 * ;)}) and annotations ({@code (@id ...)}, balanced) are skipped.
 *
 * <p>Every token has a 1-based line and column ({@link #line(int)}, {@link #column(int)}); columns
 * count UTF-16 chars. Strings are checked for valid escapes while lexing and decoded on demand:
 * {@link #bytes(int)} gives the raw bytes (for data segments, custom sections), {@link #name(int)}
 * the UTF-8-checked text (for names: "malformed UTF-8 encoding" otherwise). Numbers keep their raw
 * text ({@link #text(int)}); {@link NumberLiterals} parses them.
 *
 * <p>Errors are {@link MalformedException}s located at line:column with the reference interpreter's
 * wording ("unclosed string literal", "illegal escape", "unclosed comment", ...). Parsers report
 * their own errors at a token with {@link #error(int, String)}.
 *
 * <p>Typical use: {@code Lexer lx = new Lexer(text, "a.wast"); TokenReader r = new
 * TokenReader(lx);}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/lexical.html">Lexical format</a>
 */
public final class Lexer {
  private final String text;
  private final String source;
  private static final TokenKind[] KINDS = TokenKind.values();
  private byte[] kinds;
  private int[] starts;
  private int[] ends;
  private int[] lineStarts = new int[64];
  private int lineCount = 1;
  private int count;

  private int pos;
  private int line = 1;
  private int lineStart;

  /**
   * Tokenizes text.
   *
   * @param text the source text
   * @throws MalformedException on a lexical error
   */
  public Lexer(String text) {
    this(text, null);
  }

  /**
   * Tokenizes text from a named source.
   *
   * @param text the source text
   * @param source the file or module name for error locations, or {@code null}
   * @throws MalformedException on a lexical error
   */
  public Lexer(String text, String source) {
    this.text = text;
    this.source = source;
    int capacity = Math.max(64, text.length() / 5);
    kinds = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    run();
  }

  /**
   * Returns the source text.
   *
   * @return the text given to the constructor
   */
  public String source() {
    return text;
  }

  /**
   * Returns the number of tokens, including the final {@link TokenKind#EOF}.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns a token's kind.
   *
   * @param token the token index
   * @return the kind
   */
  public TokenKind kind(int token) {
    return KINDS[kinds[token]];
  }

  /**
   * Returns a token's raw text (for a string, with its quotes and escapes).
   *
   * @param token the token index
   * @return the text
   */
  public String text(int token) {
    return text.substring(starts[token], ends[token]);
  }

  /**
   * Returns an identifier token's canonical form: {@code $} and its name, where the quoted form
   * {@code $"name"} (WebAssembly 3.0) is decoded, so {@code $"x"} and {@code $x} are the same.
   *
   * @param token the index of a {@link TokenKind#ID} token
   * @return the identifier, with {@code $}
   * @throws MalformedException when a quoted name is empty or not valid UTF-8
   */
  public String id(int token) {
    if (text.charAt(starts[token] + 1) != '"') {
      return text(token);
    }
    String name = name(token, 1);
    if (name.isEmpty()) {
      throw error(token, "empty identifier");
    }
    return "$" + name;
  }

  /**
   * Tells whether a token is the given keyword.
   *
   * @param token the token index
   * @param keyword the keyword
   * @return true when the token is a {@link TokenKind#KEYWORD} with exactly this text
   */
  public boolean isKeyword(int token, String keyword) {
    int len = ends[token] - starts[token];
    return kinds[token] == TokenKind.KEYWORD.ordinal()
        && len == keyword.length()
        && text.startsWith(keyword, starts[token]);
  }

  /**
   * Returns the char index where a token begins in the source text.
   *
   * @param token the token index
   * @return the index
   */
  public int start(int token) {
    return starts[token];
  }

  /**
   * Returns the char index just after a token in the source text.
   *
   * @param token the token index
   * @return the index
   */
  public int end(int token) {
    return ends[token];
  }

  /**
   * Returns a token's 1-based line.
   *
   * @param token the token index
   * @return the line
   */
  public int line(int token) {
    return lineOf(starts[token]) + 1;
  }

  /**
   * Returns a token's 1-based column.
   *
   * @param token the token index
   * @return the column
   */
  public int column(int token) {
    return starts[token] - lineStarts[lineOf(starts[token])] + 1;
  }

  /**
   * Returns where a token is.
   *
   * @param token the token index
   * @return the location (source name, line, column)
   */
  public Location location(int token) {
    Location l = Location.atText(line(token), column(token));
    return source == null ? l : l.inSource(source);
  }

  /**
   * Creates an error located at a token.
   *
   * @param token the token index
   * @param reason the specification's wording
   * @return the exception, to throw
   */
  public MalformedException error(int token, String reason) {
    return new MalformedException(reason, location(token));
  }

  /**
   * Decodes a string token into its bytes: UTF-8 for plain characters and <code>&#92;u{...}</code>,
   * the byte itself for {@code \hh}.
   *
   * @param token the index of a {@link TokenKind#STRING} token
   * @return the bytes
   */
  public byte[] bytes(int token) {
    return StringLiterals.decode(text, starts[token] + 1, ends[token] - 1);
  }

  private byte[] bytes(int token, int skip) {
    return StringLiterals.decode(text, starts[token] + skip + 1, ends[token] - 1);
  }

  /**
   * Decodes a string token used as a name: its bytes must be valid UTF-8.
   *
   * @param token the index of a {@link TokenKind#STRING} token
   * @return the name
   * @throws MalformedException "malformed UTF-8 encoding"
   */
  public String name(int token) {
    return name(token, 0);
  }

  private String name(int token, int skip) {
    byte[] b = bytes(token, skip);
    String s = Utf8Check.decode(b);
    if (s == null) {
      throw error(token, "malformed UTF-8 encoding");
    }
    return s;
  }

  private MalformedException errorHere(int at, String reason) {
    int col = at - lineStart + 1;
    Location l = Location.atText(line, col);
    return new MalformedException(reason, source == null ? l : l.inSource(source));
  }

  /** Returns the 0-based line of a char index: the last line start at or before it. */
  private int lineOf(int index) {
    int i = Arrays.binarySearch(lineStarts, 0, lineCount, index);
    return i >= 0 ? i : -i - 2;
  }

  private void add(TokenKind kind, int start, int end) {
    if (count == kinds.length) {
      int n = count + (count >> 1) + 16;
      kinds = Arrays.copyOf(kinds, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
    }
    kinds[count] = (byte) kind.ordinal();
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  private void newline(int at) {
    line++;
    lineStart = at + 1;
    if (lineCount == lineStarts.length) {
      lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
    }
    lineStarts[lineCount++] = lineStart;
  }

  private void run() {
    int n = text.length();
    while (true) {
      skipSpace();
      if (pos >= n) {
        add(TokenKind.EOF, n, n);
        return;
      }
      int start = pos;
      char c = text.charAt(pos);
      if (c == '(') {
        pos++;
        add(TokenKind.LPAREN, start, pos);
      } else if (c == ')') {
        pos++;
        add(TokenKind.RPAREN, start, pos);
      } else if (c == '"') {

        pos = StringLiterals.scan(text, pos, this::errorHere);
        if (pos < text.length() && (text.charAt(pos) == '"' || isIdChar(text.charAt(pos)))) {
          throw errorHere(pos, "unknown operator");
        }
        add(TokenKind.STRING, start, pos);
      } else if (c == '$' && pos + 1 < n && text.charAt(pos + 1) == '"') {
        pos =
            StringLiterals.scan(
                text, pos + 1, (at, reason) -> errorHere(start, "empty identifier"));
        if (pos < text.length() && (text.charAt(pos) == '"' || isIdChar(text.charAt(pos)))) {
          throw errorHere(pos, "unknown operator");
        }
        add(TokenKind.ID, start, pos);
      } else if (isTokenChar(c)) {
        boolean reserved = false;
        while (pos < n && isTokenChar(text.charAt(pos)) && !atLineComment()) {
          reserved |= !isIdChar(text.charAt(pos));
          pos++;
        }
        if (pos < n && text.charAt(pos) == '"') {
          throw errorHere(pos, "unknown operator");
        }
        if (pos - start == 1 && c == '$') {
          throw errorHere(start, "empty identifier");
        }
        add(reserved ? TokenKind.RESERVED : classify(start, pos), start, pos);
      } else {
        throw errorHere(pos, "illegal character");
      }
    }
  }

  private TokenKind classify(int start, int end) {
    char c = text.charAt(start);
    if (c == '$') {
      return end - start > 1 ? TokenKind.ID : TokenKind.RESERVED;
    }
    if (c >= 'a' && c <= 'z') {
      return isSpecialFloat(start, end) ? TokenKind.NUMBER : TokenKind.KEYWORD;
    }
    if (c >= '0' && c <= '9') {
      return TokenKind.NUMBER;
    }
    if ((c == '+' || c == '-') && end - start > 1) {
      char d = text.charAt(start + 1);
      if (d >= '0' && d <= '9' || isSpecialFloat(start + 1, end)) {
        return TokenKind.NUMBER;
      }
    }
    return TokenKind.RESERVED;
  }

  private boolean isSpecialFloat(int start, int end) {
    int len = end - start;
    if (len == 3) {
      return text.startsWith("inf", start) || text.startsWith("nan", start);
    }
    return len > 6 && text.startsWith("nan:0x", start);
  }

  /**
   * Tells whether a char may appear in keywords, identifiers and numbers.
   *
   * @param c the char
   * @return true for {@code idchar}
   */
  public static boolean isIdChar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return switch (c) {
      case '!',
          '#',
          '$',
          '%',
          '&',
          '\'',
          '*',
          '+',
          '-',
          '.',
          '/',
          ':',
          '<',
          '=',
          '>',
          '?',
          '@',
          '\\',
          '^',
          '_',
          '`',
          '|',
          '~' ->
          true;
      default -> false;
    };
  }

  /** Identifier characters and the other characters of reserved tokens: {@code , ; [ ] { }}. */
  private static boolean isTokenChar(char c) {
    return isIdChar(c) || c == ',' || c == ';' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  private boolean atLineComment() {
    return text.charAt(pos) == ';' && pos + 1 < text.length() && text.charAt(pos + 1) == ';';
  }

  private void skipSpace() {
    skipSpace(true);
  }

  /** Skips white space and comments, and annotations when {@code annotations} is true. */
  private void skipSpace(boolean annotations) {
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\n') {
        newline(pos);
        pos++;
      } else if (c == ';' && pos + 1 < n && text.charAt(pos + 1) == ';') {
        // A line comment ends at a newline: U+0A, U+0D, or both.
        while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
          pos++;
        }
      } else if (c == '(' && pos + 1 < n && text.charAt(pos + 1) == ';') {
        skipBlockComment();
      } else if (annotations && c == '(' && pos + 1 < n && text.charAt(pos + 1) == '@') {
        skipAnnotation();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int n = text.length();
    int begin = pos;
    int depth = 0;
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == '(' && pos + 1 < n && text.charAt(pos + 1) == ';') {
        depth++;
        pos += 2;
      } else if (c == ';' && pos + 1 < n && text.charAt(pos + 1) == ')') {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        if (c == '\n') {
          newline(pos);
        }
        pos++;
      }
    }
    throw errorHere(begin, "unclosed comment");
  }

  private void skipAnnotation() {
    int n = text.length();
    int begin = pos;
    pos += 2;
    if (pos + 1 < n && text.charAt(pos) == '"' && text.charAt(pos + 1) != '"') {
      int open = pos;
      pos = StringLiterals.scan(text, pos, (at, reason) -> errorHere(begin, "empty annotation id"));
      if (!Utf8Check.isValid(StringLiterals.decode(text, open + 1, pos - 1))) {
        throw errorHere(begin, "malformed UTF-8 encoding");
      }
    } else if (pos >= n || !isIdChar(text.charAt(pos))) {
      throw errorHere(begin, "empty annotation id");
    }
    int depth = 1;
    while (depth > 0) {
      skipSpace(false);
      if (pos >= n) {
        throw errorHere(begin, "unclosed annotation");
      }
      char c = text.charAt(pos);
      if (c == '(') {
        depth++;
        pos++;
      } else if (c == ')') {
        depth--;
        pos++;
      } else if (c == '"') {
        pos = StringLiterals.scan(text, pos, this::errorHere);
      } else if (isTokenChar(c)) {
        while (pos < n && isTokenChar(text.charAt(pos)) && !atLineComment()) {
          pos++;
        }
      } else {
        throw errorHere(pos, "illegal character");
      }
    }
  }
}

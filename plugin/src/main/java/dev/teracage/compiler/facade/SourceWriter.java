package dev.teracage.compiler.facade;

/** Java source text, line by line, with two-space indentation and {@code \n} line ends. */
final class SourceWriter {
  private final StringBuilder text = new StringBuilder();
  private int depth;

  /**
   * Appends one line at the current depth.
   *
   * @param line the text, without line end
   * @return this
   */
  SourceWriter line(String line) {
    if (!line.isEmpty()) {
      text.append("  ".repeat(depth));
    }
    text.append(line).append('\n');
    return this;
  }

  /**
   * Appends a line ending in <code>{</code> and indents.
   *
   * @param line the text before the brace
   * @return this
   */
  SourceWriter open(String line) {
    line(line + " {");
    depth++;
    return this;
  }

  /**
   * Outdents and appends <code>}</code> followed by a suffix.
   *
   * @param suffix text after the brace, often empty
   * @return this
   */
  SourceWriter close(String suffix) {
    depth--;
    return line("}" + suffix);
  }

  /**
   * Appends a javadoc comment.
   *
   * @param lines its lines, already escaped
   * @return this
   */
  SourceWriter doc(String... lines) {
    line("/**");
    for (String l : lines) {
      line(l.isEmpty() ? " *" : " * " + l);
    }
    return line(" */");
  }

  /**
   * Escapes text for a javadoc comment: no comment end, no HTML, no unicode escapes, no inline
   * tags; other characters as HTML character references.
   *
   * @param s any text
   * @return safe text
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("&#92;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '*', '@', '{', '}' -> sb.append("&#").append((int) c).append(';');
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            sb.append(c);
          } else {
            sb.append("&#").append((int) c).append(';');
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Returns a Java string literal of any text, with non-ASCII characters escaped.
   *
   * @param s the text
   * @return the literal, quotes included
   */
  static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public String toString() {
    return text.toString();
  }
}

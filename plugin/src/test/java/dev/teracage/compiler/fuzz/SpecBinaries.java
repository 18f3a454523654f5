package dev.teracage.compiler.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extracts the binary modules a spec script spells out as {@code (module $id? binary "..." ...)},
 * wherever they stand (top level or inside an assertion), as the bytes their strings denote. A
 * small scanner, not a WAST parser: it skips comments and other strings, and decodes the string
 * escapes of the text format ({@code \hh}, {@code \n}, {@code \t}, {@code \\}, {@code \'}, {@code
 * \"}, {@code &#92;u{...}}).
 */
public final class SpecBinaries {
  private SpecBinaries() {}

  /**
   * Returns every binary module of every {@code .wast} file under a directory, in a stable order
   * (files sorted by path, modules in file order).
   *
   * @param dir the suite directory
   * @return the modules' bytes
   */
  public static List<byte[]> inDirectory(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<byte[]> result = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
        result.addAll(inScript(Files.readString(file, StandardCharsets.UTF_8)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the binary modules of one script's text.
   *
   * @param text the script
   * @return the modules' bytes, in order
   */
  public static List<byte[]> inScript(String text) {
    List<byte[]> result = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ';' && i + 1 < n && text.charAt(i + 1) == ';') {
        i = lineEnd(text, i);
      } else if (c == '(' && i + 1 < n && text.charAt(i + 1) == ';') {
        i = blockCommentEnd(text, i);
      } else if (c == '"') {
        i = stringEnd(text, i, null);
      } else if (text.startsWith("(module", i) && isDelimiter(text, i + 7)) {
        i = module(text, i + 7, result);
      } else {
        i++;
      }
    }
    return result;
  }

  /**
   * Returns the text of every module a script writes in the text format, {@code (module ...)} with
   * its fields (not the binary or quote forms), as WAT module sources.
   *
   * @param text the script
   * @return the modules' texts, in order
   */
  public static List<String> textModules(String text) {
    List<String> result = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ';' && i + 1 < n && text.charAt(i + 1) == ';') {
        i = lineEnd(text, i);
      } else if (c == '(' && i + 1 < n && text.charAt(i + 1) == ';') {
        i = blockCommentEnd(text, i);
      } else if (c == '"') {
        i = stringEnd(text, i, null);
      } else if (text.startsWith("(module", i) && isDelimiter(text, i + 7)) {
        int end = groupEnd(text, i);
        String module = text.substring(i, end);
        if (!isBinaryOrQuote(text, i + 7)) {
          result.add(module);
        }
        i = end;
      } else {
        i++;
      }
    }
    return result;
  }

  /**
   * Returns the text modules of every {@code .wast} file under a directory, in a stable order.
   *
   * @param dir the suite directory
   * @return the modules' texts
   */
  public static List<String> textModulesInDirectory(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> result = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
        result.addAll(textModules(Files.readString(file, StandardCharsets.UTF_8)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBinaryOrQuote(String text, int i) {
    i = skipSpace(text, i);
    if (i < text.length() && text.charAt(i) == '$') {
      while (i < text.length() && !isDelimiter(text, i)) {
        i++;
      }
      i = skipSpace(text, i);
    }
    return (text.startsWith("binary", i) && isDelimiter(text, i + 6))
        || (text.startsWith("quote", i) && isDelimiter(text, i + 5));
  }

  /** Returns the index after the parenthesis that closes the one at i. */
  private static int groupEnd(String text, int i) {
    int depth = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ';' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
        i = lineEnd(text, i);
      } else if (c == '(' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
        i = blockCommentEnd(text, i);
      } else if (c == '"') {
        i = stringEnd(text, i, null);
      } else {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        i++;
        if (depth == 0) {
          return i;
        }
      }
    }
    return i;
  }

  /** Reads after "(module": an optional $id, then "binary" and strings; adds the bytes. */
  private static int module(String text, int i, List<byte[]> result) {
    i = skipSpace(text, i);
    if (i < text.length() && text.charAt(i) == '$') {
      while (i < text.length() && !isDelimiter(text, i)) {
        i++;
      }
      i = skipSpace(text, i);
    }
    if (!text.startsWith("binary", i) || !isDelimiter(text, i + 6)) {
      return i;
    }
    i = skipSpace(text, i + 6);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (i < text.length() && text.charAt(i) == '"') {
      i = skipSpace(text, stringEnd(text, i, bytes));
    }
    result.add(bytes.toByteArray());
    return i;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == ';' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
        i = lineEnd(text, i);
      } else if (c == '(' && i + 1 < text.length() && text.charAt(i + 1) == ';') {
        i = blockCommentEnd(text, i);
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean isDelimiter(String text, int i) {
    return i >= text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ')';
  }

  private static int lineEnd(String text, int i) {
    int end = text.indexOf('\n', i);
    return end < 0 ? text.length() : end + 1;
  }

  private static int blockCommentEnd(String text, int i) {
    int depth = 0;
    while (i < text.length()) {
      if (text.startsWith("(;", i)) {
        depth++;
        i += 2;
      } else if (text.startsWith(";)", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return i;
  }

  /** Skips the string starting at the quote at i; appends its bytes to out when not null. */
  private static int stringEnd(String text, int i, ByteArrayOutputStream out) {
    i++;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c != '\\') {
        int cp = text.codePointAt(i);
        write(out, new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
        continue;
      }
      char e = text.charAt(i + 1);
      switch (e) {
        case 'n' -> write(out, '\n');
        case 't' -> write(out, '\t');
        case 'r' -> write(out, '\r');
        case '\\', '\'', '"' -> write(out, e);
        case 'u' -> {
          int close = text.indexOf('}', i);
          int cp = Integer.parseInt(text.substring(i + 3, close).replace("_", ""), 16);
          write(out, new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          i = close + 1;
          continue;
        }
        default -> {
          write(out, Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 3;
          continue;
        }
      }
      i += 2;
    }
    return i;
  }

  private static void write(ByteArrayOutputStream out, int b) {
    if (out != null) {
      out.write(b);
    }
  }

  private static void write(ByteArrayOutputStream out, byte[] b) {
    if (out != null) {
      out.writeBytes(b);
    }
  }
}

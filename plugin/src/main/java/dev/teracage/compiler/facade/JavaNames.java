package dev.teracage.compiler.facade;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Java identifiers made from WebAssembly names (any UTF-8 string): letters and digits kept,
 * everything else a word break, keywords and literals suffixed with {@code _}, a leading digit
 * prefixed with {@code _}. {@code $} never appears in a made name, so generated private members may
 * use it freely.
 */
public final class JavaNames {
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_",
          "var",
          "yield",
          "record",
          "sealed",
          "permits",
          "when");

  private JavaNames() {}

  /**
   * Returns a method, field or parameter name: lower camel case ({@code "get-value"} becomes {@code
   * getValue}, {@code "add"} stays {@code add}).
   *
   * @param wasmName any name
   * @param fallback the name when nothing usable remains
   * @return a valid identifier
   */
  static String member(String wasmName, String fallback) {
    String camel = camel(wasmName, false);
    return identifier(camel.isEmpty() ? fallback : camel);
  }

  /**
   * Returns a type name: upper camel case ({@code "wasi_snapshot_preview1"} becomes {@code
   * WasiSnapshotPreview1}).
   *
   * @param wasmName any name
   * @param fallback the name when nothing usable remains
   * @return a valid identifier
   */
  public static String type(String wasmName, String fallback) {
    String camel = camel(wasmName, true);
    return identifier(camel.isEmpty() ? fallback : camel);
  }

  /**
   * Tells whether a string is a valid Java package name (possibly empty: the unnamed package).
   *
   * @param name a candidate
   * @return whether it is one
   */
  public static boolean isPackageName(String name) {
    if (name.isEmpty()) {
      return true;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a string is a valid simple Java identifier, not a keyword.
   *
   * @param name a candidate
   * @return whether it is one
   */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name)) {
      return false;
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Character::isJavaIdentifierPart);
  }

  /**
   * Returns a package name made from directory names: each becomes one identifier, characters that
   * cannot appear in one replaced by {@code _} ({@code my-lib/v2} gives {@code my_lib.v2}).
   *
   * @param directories directory names separated by {@code /}
   * @return a valid package name
   */
  public static String packageOf(String directories) {
    StringBuilder sb = new StringBuilder();
    for (String dir : directories.split("/")) {
      if (dir.isEmpty()) {
        continue;
      }
      StringBuilder part = new StringBuilder();
      dir.codePoints()
          .forEach(cp ->
              part.appendCodePoint(Character.isJavaIdentifierPart(cp) && cp != '$' ? cp : '_'));
      sb.append(sb.isEmpty() ? "" : ".").append(identifier(part.toString()));
    }
    return sb.toString();
  }

  private static String identifier(String name) {
    if (Character.isDigit(name.charAt(0))) {
      return "_" + name;
    }
    return KEYWORDS.contains(name) ? name + "_" : name;
  }

  private static String camel(String name, boolean upperFirst) {
    StringBuilder sb = new StringBuilder();
    boolean breakBefore = upperFirst;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) && cp < 0x80 || Character.isLetter(cp)) {
        if (breakBefore && !sb.isEmpty() || upperFirst && sb.isEmpty()) {
          sb.appendCodePoint(Character.toUpperCase(cp));
        } else {
          sb.appendCodePoint(cp);
        }
        breakBefore = false;
      } else {
        breakBefore = true;
      }
    }
    return sb.toString();
  }

  /** Hands out names unique within one Java scope, in request order. */
  static final class Scope {
    private final Set<String> used = new HashSet<>();

    /**
     * Creates a scope with names already taken.
     *
     * @param reserved names not to hand out
     */
    Scope(Set<String> reserved) {
      for (String r : reserved) {
        used.add(r.toLowerCase(Locale.ROOT));
      }
    }

    /**
     * Returns the name, or the name with {@code _2}, {@code _3}... when taken. Names are compared
     * ignoring case, so that two generated nested types never clash on a case-insensitive file
     * system.
     *
     * @param name a valid identifier
     * @return a unique valid identifier
     */
    String unique(String name) {
      String candidate = name;
      for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = name + "_" + n;
      }
      return candidate;
    }
  }
}

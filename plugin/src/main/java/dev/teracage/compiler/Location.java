package dev.teracage.compiler;

/**
 * Where in a module a problem is. Any part may be unknown: -1 for numbers, {@code null} for text.
 * Printed as {@code source:line:column: func[3] "name" at offset 0x1a}, leaving out unknown parts.
 *
 * @param source the file or module name, or {@code null}
 * @param functionIndex the function index, or -1
 * @param functionName the function's name, or {@code null}
 * @param offset byte offset in the binary, or -1
 * @param line 1-based line in text, or -1
 * @param column 1-based column in text, or -1
 */
public record Location(
    String source, int functionIndex, String functionName, long offset, int line, int column) {
  /** Nothing known. */
  public static final Location UNKNOWN = new Location(null, -1, null, -1, -1, -1);

  /**
   * Returns a location at a byte offset of a binary module.
   *
   * @param offset the byte offset
   * @return the location
   */
  public static Location atOffset(long offset) {
    return new Location(null, -1, null, offset, -1, -1);
  }

  /**
   * Returns a location at a line and column of text.
   *
   * @param line 1-based line
   * @param column 1-based column
   * @return the location
   */
  public static Location atText(int line, int column) {
    return new Location(null, -1, null, -1, line, column);
  }

  /**
   * Returns this location inside a function.
   *
   * @param index the function index
   * @param name the function name, or {@code null}
   * @return the new location
   */
  public Location inFunction(int index, String name) {
    return new Location(source, index, name, offset, line, column);
  }

  /**
   * Returns this location in a named source (file or module).
   *
   * @param name the source name
   * @return the new location
   */
  public Location inSource(String name) {
    return new Location(name, functionIndex, functionName, offset, line, column);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    if (line >= 0) {
      sb.append(sb.isEmpty() ? "" : ":").append(line).append(':').append(column);
    }
    if (functionIndex >= 0) {
      sb.append(sb.isEmpty() ? "" : ": ").append("func[").append(functionIndex).append(']');
      if (functionName != null) {
        sb.append(" \"").append(functionName).append('"');
      }
    }
    if (offset >= 0) {
      sb.append(sb.isEmpty() ? "" : " ").append("at offset 0x").append(Long.toHexString(offset));
    }
    return sb.toString();
  }
}

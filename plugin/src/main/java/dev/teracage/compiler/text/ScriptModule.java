package dev.teracage.compiler.text;

/**
 * A module as written in a WAST script, kept unparsed so that an {@code assert_malformed} can
 * observe the error of reading it.
 *
 * @param name the module's {@code $name} in the script, or {@code null}
 * @param form how the module is written
 * @param text for {@link Form#TEXT} and {@link Form#QUOTE}: the module's WAT source (the {@code
 *     (module ...)} form itself for TEXT, the concatenated strings wrapped in {@code (module ...)}
 *     for QUOTE); {@code null} for BINARY
 * @param binary for {@link Form#BINARY}: the concatenated bytes; {@code null} otherwise
 * @param line the 1-based line of the module in the script
 * @param column the 1-based column of the module in the script
 */
public record ScriptModule(
    String name, Form form, String text, byte[] binary, int line, int column) {
  /** How a module is written in a script. */
  public enum Form {
    /** {@code (module ...)} in the text format. */
    TEXT,
    /** {@code (module binary "...")}. */
    BINARY,
    /** {@code (module quote "...")}: text given as strings. */
    QUOTE
  }
}

package dev.teracage.compiler.text;

/**
 * A module as written in a WAST script, kept unparsed so that an {@code assert_malformed} can
 * observe the error of reading it.
 *
 * <p>A {@link Form#TEXT} module's text is the exact {@code (module ...)} substring of the script
 * (in a 3.0 {@code (module definition ...)} the keyword is blanked out with spaces), so line {@code
 * l}, column {@code c} of the text is line {@code line + l - 1} of the script, at column {@code
 * column + c - 1} on the first line and {@code c} after it. A script made only of module fields (an
 * inline module) is wrapped as {@code "(module " + script + "\n)"} at 1:1.
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

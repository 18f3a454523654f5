package dev.teracage.runtime.trap;

/**
 * One frame of a WebAssembly stack trace: a function of a module and a byte offset inside its body.
 * Rendered as {@code module.func[12] "name" +0x1a}.
 *
 * @param moduleName the module's name (from the name section or as registered), never null
 * @param functionIndex the function's index in the module's function index space
 * @param functionName the function's name from the name section, or {@code null}
 * @param offset the byte offset of the instruction inside the function body, or {@code -1} when
 *     unknown; {@value #MAX_OFFSET} means "at least" that (class-file line numbers are 16 bits)
 * @param moduleOffset the byte offset in the module binary ({@code bodyOffset + offset}), or {@code
 *     -1} when unknown
 */
public record WasmFrame(
    String moduleName, int functionIndex, String functionName, int offset, int moduleOffset) {

  /** The largest offset a frame can show: class-file line numbers are unsigned 16-bit values. */
  public static final int MAX_OFFSET = 0xFFFF;

  /**
   * Renders the frame as {@code module.func[12] "name" +0x1a}; the name is left out when unknown,
   * the offset when unknown, and a clamped offset shows as {@code +>=0xffff}.
   *
   * @return the rendering
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(moduleName).append(".func[").append(functionIndex);
    sb.append(']');
    if (functionName != null) {
      sb.append(" \"").append(functionName).append('"');
    }
    if (offset >= MAX_OFFSET) {
      sb.append(" +>=0x").append(Integer.toHexString(MAX_OFFSET));
    } else if (offset >= 0) {
      sb.append(" +0x").append(Integer.toHexString(offset));
    }
    return sb.toString();
  }
}

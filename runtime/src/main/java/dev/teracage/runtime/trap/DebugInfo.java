package dev.teracage.runtime.trap;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a WebAssembly stack trace needs to know about one module: its name, its function names (from
 * the name section) and where each function body starts in the module binary.
 */
public final class DebugInfo {
  private final String moduleName;
  private final String[] functionNames;
  private final int[] bodyOffsets;

  /**
   * Creates debug information for a module.
   *
   * @param moduleName the module's name (module name from the name section, or the name the
   *     embedder gave it); {@code null} or empty shows as {@code wasm}
   * @param functionNames function names indexed by function index (the whole index space, imports
   *     first); entries may be {@code null}, and the array may be shorter than the index space
   * @param bodyOffsets offset of each function body in the module binary, indexed by function
   *     index; {@code -1} (or a short array) where unknown, for example for imports
   */
  public DebugInfo(String moduleName, String[] functionNames, int[] bodyOffsets) {
    this.moduleName = moduleName == null || moduleName.isEmpty() ? "wasm" : moduleName;
    this.functionNames = Objects.requireNonNull(functionNames, "functionNames").clone();
    this.bodyOffsets = Objects.requireNonNull(bodyOffsets, "bodyOffsets").clone();
  }

  /**
   * Returns the module's name.
   *
   * @return the name, never null
   */
  public String moduleName() {
    return moduleName;
  }

  /**
   * Returns the name of a function.
   *
   * @param functionIndex an index in the function index space
   * @return the name, or {@code null} when the name section does not name it
   */
  public String functionName(int functionIndex) {
    return functionIndex >= 0 && functionIndex < functionNames.length
        ? functionNames[functionIndex]
        : null;
  }

  /**
   * Returns the offset of a function's body in the module binary.
   *
   * @param functionIndex an index in the function index space
   * @return the offset, or {@code -1} when unknown
   */
  public int bodyOffset(int functionIndex) {
    return functionIndex >= 0 && functionIndex < bodyOffsets.length
        ? bodyOffsets[functionIndex]
        : -1;
  }

  /**
   * Builds the frame for an instruction of a function.
   *
   * @param functionIndex the function's index
   * @param offset the byte offset inside the body, or {@code -1} when unknown
   * @return the frame
   */
  public WasmFrame frame(int functionIndex, int offset) {
    int body = bodyOffset(functionIndex);
    int moduleOffset =
        body >= 0 && offset >= 0 && offset < WasmFrame.MAX_OFFSET ? body + offset : -1;
    return new WasmFrame(
        moduleName, functionIndex, functionName(functionIndex), offset, moduleOffset);
  }

  @Override
  public String toString() {
    return "DebugInfo["
        + moduleName
        + ", "
        + functionNames.length
        + " names, "
        + Arrays.stream(bodyOffsets).filter(o -> o >= 0).count()
        + " bodies]";
  }
}

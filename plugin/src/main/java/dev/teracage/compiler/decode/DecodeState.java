package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Module;

/**
 * What the section readers share while one module is decoded: the byte reader (positioned in the
 * whole module, so that, as in the reference interpreter, a section whose content overruns its
 * declared size is reported as "section size mismatch"), the module being built, the expression
 * scanner, and facts later sections depend on.
 */
final class DecodeState {
  /** The reader over the whole module. */
  final ByteReader in;

  /** The module being built. */
  final Module.Builder module = Module.builder();

  /** Whether the 3.0 encodings that conflict with 2.0 are read the 3.0 way. */
  final boolean wasm3;

  /** Checks and copies expressions. */
  final ExprScanner scanner;

  /** Whether a data count section was read. */
  boolean hasDataCount;

  /** The function section's count, or -1 when absent. */
  int functionCount = -1;

  /** The code section's count, or -1 when absent. */
  int codeCount = -1;

  DecodeState(byte[] bytes, boolean wasm3) {
    this.in = new ByteReader(bytes);
    this.wasm3 = wasm3;
    this.scanner = new ExprScanner(this);
  }
}

package dev.teracage.compiler.text;

/**
 * Which version of the text format's rules to read by, where they differ.
 *
 * <p>Under {@link #WASM_2_0}, limits of 32-bit memories and tables and the {@code offset=} of
 * memory instructions on them must fit in a {@code u32} ("i32 constant out of range" is malformed).
 * Under {@link #WASM_3_0} they are read as {@code u64} and checked by the validator ("memory size",
 * "table size", "offset out of range" make the module invalid).
 */
public enum TextRules {
  /** WebAssembly 2.0. */
  WASM_2_0,
  /** WebAssembly 3.0. */
  WASM_3_0
}

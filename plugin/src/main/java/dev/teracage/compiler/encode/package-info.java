/**
 * Writes the WebAssembly binary format: primitive encodings ({@link
 * dev.teracage.compiler.encode.ByteWriter}) and whole modules from the model. Output is canonical
 * (shortest LEB128s, sections in specification order), so decoding it gives back an equal model.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/index.html">Binary format</a>
 */
package dev.teracage.compiler.encode;

/**
 * The WebAssembly binary decoder: primitive values ({@link
 * dev.teracage.compiler.decode.ByteReader}), types ({@link
 * dev.teracage.compiler.decode.TypeReader}), instructions ({@link
 * dev.teracage.compiler.decode.CodeReader}, an allocation-free walker used by the validator and the
 * code generator too), and modules ({@link dev.teracage.compiler.decode.ModuleDecoder}, one reader
 * class per section). Every malformed input becomes a {@link
 * dev.teracage.compiler.MalformedException} with the reference interpreter's wording and the byte
 * offset.
 *
 * <pre>
 * module   ::= magic version section*
 * section  ::= id:byte size:u32 content      (ids 1..13 in spec order, custom (0) anywhere)
 * </pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/index.html">Binary format</a>
 */
package dev.teracage.compiler.decode;

/**
 * Module images: everything the runtime needs to instantiate a compiled module, with no WebAssembly
 * parser. {@link dev.teracage.runtime.image.ModuleImage} is the immutable model, {@link
 * dev.teracage.runtime.image.ImageWriter} and {@link dev.teracage.runtime.image.ImageReader} the
 * format v1, which the reader verifies completely ({@link
 * dev.teracage.runtime.image.ImageException} on any problem); {@link
 * dev.teracage.runtime.image.ArenaState} is the instantiated state an image carries, and {@link
 * dev.teracage.runtime.image.Images} loads images so that instances map it. The site's "Image
 * format" page specifies the format byte by byte.
 *
 * <h2>Format v1</h2>
 *
 * All integers are little-endian and fixed-width; {@code string} is a u32 byte length then UTF-8;
 * {@code vec(x)} is a u32 count then the entries. Value types are the one-byte binary codes of
 * {@link dev.teracage.runtime.layout.ValueCode}.
 *
 * <pre>
 * image    ::= "TCAG" u16:format(1) u16:producer string:producerName bytes(32):moduleHash
 *              bytes(32):pairing section(1) ... section(15) u32:crc32c       (nothing after)
 * section  ::= u8:id u32:length bytes(length)            (ids 1..15 in order, each exactly once,
 *                                                         its contents exactly length bytes)
 *  1 class     string                                     binary name of the generated class
 *  2 types     vec(vec(u8:valtype) vec(u8:valtype))       params, results
 *  3 imports   vec(string:module string:name u8:kind desc)
 *              desc ::= u32:typeidx | table | limits | global     (kind 0 | 1 | 2 | 3)
 *  4 functions vec(u32:typeidx)                           defined functions only
 *  5 tables    vec(table)      table  ::= u8:reftype limits
 *  6 memories  vec(limits)     limits ::= u8:hasmax(0|1) u64:min [u64:max]
 *  7 globals   vec(global init)  global ::= u8:valtype u8:mutable(0|1)
 *  8 exports   vec(string:name u8:kind u32:index)
 *  9 start     u8:present(0|1) [u32:funcidx]
 * 10 elements  vec(u8:mode(0 active|1 passive|2 declarative) [u32:tableidx init:offset]
 *                  u8:reftype vec(init))
 * 11 data      vec(u8:mode(0|1) [u32:memidx init:offset] vec(u8))
 * 12 names     u8:present [string:module] vec(u32:funcidx string)   (indices increasing)
 * 13 bodies    vec(u32:offset)                            one per defined function
 * 14 layout    u64:tableElementLimit u64:memoryPageLimit u32:fixedSize u64:reservedSize
 * 15 state     u8:present [vec(u64:offset u32:length bytes) vec(i32:function)
 *                          vec(u8:kind u32:index)]  (ranges, handles, steps)
 * init     ::= 0 u64:bits u64:high | 1 u32:globalidx | 2 u32:funcidx | 3 i32:heaptype(-0x10|-0x11)
 * </pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/syntax/modules.html">Modules</a>
 */
package dev.teracage.runtime.image;

/**
 * The arena layout, defined once: where the header, every global, every table and memory
 * descriptor, the dropped-segment flags, the table element arrays and the linear memories of one
 * instance live, as byte offsets from the arena's base. {@link
 * dev.teracage.runtime.layout.ArenaLayout} is pure arithmetic; {@link
 * dev.teracage.runtime.layout.ArenaHeader} describes the fixed records as {@link
 * java.lang.foreign.StructLayout}s; {@link dev.teracage.runtime.layout.ArenaFields} reads and
 * writes them on a {@link java.lang.foreign.MemorySegment}. The compiler bakes fixed offsets into
 * generated code; the runtime creates and checks arenas with the same classes.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#store">Execution: the
 *     store</a>
 */
package dev.teracage.runtime.layout;

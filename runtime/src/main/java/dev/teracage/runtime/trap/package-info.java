/**
 * Traps: the one exception type WebAssembly execution raises ({@link
 * dev.teracage.runtime.trap.TrapException}), the fixed set of trap messages the specification's
 * scripts expect ({@link dev.teracage.runtime.trap.TrapKind}), and WebAssembly stack traces
 * computed from the JVM stack traces of generated code ({@link
 * dev.teracage.runtime.trap.WasmFrames}).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#results">WebAssembly
 *     results: trap</a>
 */
package dev.teracage.runtime.trap;

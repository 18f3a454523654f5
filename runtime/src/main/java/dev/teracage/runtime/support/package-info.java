/**
 * Static helpers the generated code calls: exact WebAssembly numeric semantics ({@link
 * dev.teracage.runtime.support.Numerics}) and trap factories ({@link
 * dev.teracage.runtime.support.Traps}). Exported because generated classes live in other modules,
 * but <strong>not API</strong>: signatures follow the code generator's needs and may change with
 * it.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">WebAssembly
 *     numerics</a>
 */
package dev.teracage.runtime.support;

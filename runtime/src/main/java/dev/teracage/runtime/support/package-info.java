/**
 * <<<<<<< HEAD What generated code calls: the per-instance {@link
 * dev.teracage.runtime.support.Context}, function values ({@link
 * dev.teracage.runtime.support.FuncRef}), and static helpers with the exact WebAssembly semantics
 * of arithmetic, memory, tables and calls. Plain, testable Java.
 *
 * <p>Not API: exported only because generated classes must reach it. It may change in any release.
 * ======= Static helpers the generated code calls: exact WebAssembly numeric semantics ({@link
 * dev.teracage.runtime.support.Numerics}) and trap factories ({@link
 * dev.teracage.runtime.support.Traps}). Exported because generated classes live in other modules,
 * but <strong>not API</strong>: signatures follow the code generator's needs and may change with
 * it.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">WebAssembly
 *     numerics</a> >>>>>>> numerics
 */
package dev.teracage.runtime.support;

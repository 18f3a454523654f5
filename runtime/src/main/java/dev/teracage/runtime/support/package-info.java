/**
 * What generated code calls: the per-instance {@link dev.teracage.runtime.support.Context},
 * function values ({@link dev.teracage.runtime.support.FuncRef}), exact WebAssembly numeric
 * semantics ({@link dev.teracage.runtime.support.Numerics}), trap factories ({@link
 * dev.teracage.runtime.support.Traps}) and static helpers for memory, tables and calls. Plain,
 * testable Java.
 *
 * <p>Not API: exported only because generated classes must reach it. It may change in any release.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">WebAssembly
 *     numerics</a>
 */
package dev.teracage.runtime.support;

/**
 * What generated code calls: the per-instance {@link dev.teracage.runtime.support.Context},
 * function values ({@link dev.teracage.runtime.support.FuncRef}), exact WebAssembly numeric
 * semantics ({@link dev.teracage.runtime.support.Numerics}), trap factories ({@link
 * dev.teracage.runtime.support.Traps}) and static helpers for memory ({@link
 * dev.teracage.runtime.support.MemoryOps}), tables ({@link dev.teracage.runtime.support.TableOps}),
 * indirect calls ({@link dev.teracage.runtime.support.Calls}) and globals ({@link
 * dev.teracage.runtime.support.Globals}). Also the runtime structures they work on, in the spec's
 * vocabulary: {@link dev.teracage.runtime.support.MemoryInstance}, {@link
 * dev.teracage.runtime.support.TableInstance}, {@link dev.teracage.runtime.support.GlobalInstance},
 * the external table of references ({@link dev.teracage.runtime.support.ExternalTable}) and arena
 * reservation ({@link dev.teracage.runtime.support.ArenaMemory}). Plain, testable Java.
 *
 * <p>Not API: exported only because generated classes must reach it. It may change in any release.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html">Runtime structure</a>
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">WebAssembly
 *     numerics</a>
 */
package dev.teracage.runtime.support;

/**
 * What generated code calls: the per-instance {@link dev.teracage.runtime.support.Context},
 * function values ({@link dev.teracage.runtime.support.FuncRef}), exact WebAssembly numeric
 * semantics ({@link dev.teracage.runtime.support.Numerics}), trap factories ({@link
 * dev.teracage.runtime.support.Traps}) and static helpers for memory ({@link
 * dev.teracage.runtime.support.MemoryOps}, and loads and stores as calls: {@link
 * dev.teracage.runtime.support.MemoryCalls}), tables ({@link
 * dev.teracage.runtime.support.TableOps}), indirect calls ({@link
 * dev.teracage.runtime.support.Calls}) and globals ({@link dev.teracage.runtime.support.Globals}),
 * and one static helper per SIMD instruction ({@link dev.teracage.runtime.support.SimdV128}, {@link
 * dev.teracage.runtime.support.SimdI8I16}, {@link dev.teracage.runtime.support.SimdI32I64}, {@link
 * dev.teracage.runtime.support.SimdF32F64}), which take each {@code v128} as two {@code long}s and
 * return a {@code v128} result as its low half, the high half in {@link
 * dev.teracage.runtime.support.Context#v128High}. Also the runtime structures they work on, in the
 * spec's vocabulary: {@link dev.teracage.runtime.support.MemoryInstance}, {@link
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

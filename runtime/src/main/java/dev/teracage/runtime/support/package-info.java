/**
 * What generated code calls: the per-instance {@link dev.teracage.runtime.support.Context},
 * function values ({@link dev.teracage.runtime.support.FuncRef}), and static helpers with the exact
 * WebAssembly semantics of arithmetic, memory, tables and calls. Plain, testable Java.
 *
 * <p>Not API: exported only because generated classes must reach it. It may change in any release.
 */
package dev.teracage.runtime.support;

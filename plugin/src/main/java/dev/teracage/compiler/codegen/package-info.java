/**
 * Emits JVM class files for validated modules with {@code java.lang.classfile}: one class per
 * module, one {@code public static} method {@code f<i>} per defined function, emitters grouped by
 * instruction family (control, variables, memory, numeric, conversions, references and tables,
 * calls, bulk memory). Generated code reaches the runtime only through {@link
 * dev.teracage.runtime.support.Context}, {@link dev.teracage.runtime.support.FuncRef} and the
 * static helpers listed in {@link dev.teracage.compiler.codegen.Helpers}. Every method stays within
 * 8,000 bytes of bytecode so HotSpot compiles it: larger functions are cut into part methods {@code
 * f<i>$<k>} run by a state loop in {@code f<i>} ({@link dev.teracage.compiler.codegen.SplitPlan},
 * {@link dev.teracage.compiler.codegen.SplitEmitter}, {@link
 * dev.teracage.compiler.codegen.SplitDispatch}).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html">Execution:
 *     instructions</a>
 */
package dev.teracage.compiler.codegen;

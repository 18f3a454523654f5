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
 * <p>Conventions of the generated class:
 *
 * <ul>
 *   <li>{@code f<i>(params..., Context)}: wasm parameters as {@code int}, {@code long}, {@code
 *       float}, {@code double}, {@code V128} (v128), {@code FuncRef} (funcref) or {@code Object}
 *       (externref); returns the first result, results 2..n are left in {@code ctx.results[k-1]} as
 *       raw bits ({@code ctx.resultRefs} for references and v128). The JVM operand stack mirrors
 *       the wasm operand stack, a v128 as two longs (or, between a producer and its consumer, as
 *       its lanes: {@link dev.teracage.compiler.codegen.LaneWise}).
 *   <li>SIMD helpers of {@code dev.teracage.runtime.support} are copied into the method rather than
 *       called ({@link dev.teracage.compiler.codegen.HelperInliner}).
 *   <li>Private static stubs keep call sites small: {@code import<k>} (imported call through {@code
 *       ctx.functions[k].handle()}), {@code indirect<type>_<table>} (a switch over the caller's own
 *       functions of that type, by {@code Calls.ownFunction}, then {@code Calls.indirect} and the
 *       handle), {@code memory_size_m<memory>}, {@code global_get<g>} / {@code global_set<g>}
 *       (arena slot at the layout's offset). The JIT inlines them.
 *   <li>Loads and stores are emitted in place ({@link
 *       dev.teracage.compiler.codegen.MemoryEmitter}): {@code VarHandle.get/set(ctx.memory0,
 *       unsigned address + offset)}, never through a stub; except runs of four or more stores of
 *       constants that cannot trap, written by one {@code MemoryOps.storeConstants} call ({@link
 *       dev.teracage.compiler.codegen.ConstantStores}), and every access of a mostly straight-line
 *       function with a dozen or more, a call to {@code MemoryCalls} (for C1's compile time).
 *   <li>Static final fields {@code LE_I8 ... LE_F64}: var handles of the unaligned little-endian
 *       layouts.
 *   <li>Line numbers: each instruction's byte offset in the function's expression (the code entry's
 *       instructions, after the locals), clamped to 65535. The prologue that zeroes locals has line
 *       65535 (HotSpot cannot record line 0 at pc 0).
 *   <li>Out-of-bounds memory accesses surface as {@code IndexOutOfBoundsException}; the runtime
 *       turns them into traps at its boundary.
 * </ul>
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html">Execution:
 *     instructions</a>
 */
package dev.teracage.compiler.codegen;

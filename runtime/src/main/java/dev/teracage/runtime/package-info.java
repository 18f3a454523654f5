/**
 * The public API of the Teracage runtime: instantiate a compiled module ({@link
 * dev.teracage.runtime.Instance#instantiate}) from its image and generated class, bind its imports
 * ({@link dev.teracage.runtime.Imports}: host functions as method handles without boxing, memories,
 * tables, globals, or every export of another instance), and use its exports ({@link
 * dev.teracage.runtime.ExportedFunction}, {@link dev.teracage.runtime.Memory}, {@link
 * dev.teracage.runtime.Table}, {@link dev.teracage.runtime.Global}). Instantiation follows the
 * specification; failures are {@link dev.teracage.runtime.UnlinkableException} (imports), {@link
 * dev.teracage.runtime.trap.TrapException} (segments out of bounds, start function) or {@link
 * dev.teracage.runtime.UninstantiableException} (limits). Also the exception hierarchy shared with
 * the compiler ({@link dev.teracage.runtime.WasmException}).
 *
 * <p>Each instance owns one arena (design P1): a virtual reservation holding its globals, table and
 * memory descriptors, dropped-segment flags, table elements (u32 handles into the instance's
 * external table, P2) and linear memories, laid out by {@link
 * dev.teracage.runtime.layout.ArenaLayout}. Memories grow without copying.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#instantiation">
 *     Instantiation</a>
 */
package dev.teracage.runtime;

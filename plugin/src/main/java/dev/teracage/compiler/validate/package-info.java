/**
 * Validation of decoded modules: the module-level rules (types, imports, exports, limits, globals,
 * constant expressions, element and data segments, the start function) and the typing of every
 * function body with the specification's validation algorithm (an operand stack of value types that
 * becomes polymorphic after {@code unreachable}, {@code br}, {@code br_table} and {@code return},
 * and a stack of control frames).
 *
 * <p>{@link dev.teracage.compiler.validate.Validator} is the entry point; it throws {@link
 * dev.teracage.compiler.InvalidException} with the reference interpreter's wording. Body validation
 * allocates nothing per instruction: value types are small ints ({@code Types}), the operand and
 * control stacks are arrays reused across functions.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/index.html">Validation</a>
 * @see <a href="https://webassembly.github.io/spec/core/appendix/algorithm.html">Validation
 *     algorithm</a>
 */
package dev.teracage.compiler.validate;

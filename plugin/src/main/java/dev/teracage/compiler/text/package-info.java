/**
 * Reads the WebAssembly text format: WAT modules into the same model the binary decoder produces,
 * and WAST scripts (the specification's test scripts) into {@link
 * dev.teracage.compiler.text.Script} commands.
 *
 * <pre>
 * script  ::= cmd*
 * cmd     ::= module | (register name id?) | action | assertion
 * module  ::= (module id? field*) | (module id? binary string*) | (module id? quote string*)
 * action  ::= (invoke id? name const*) | (get id? name)
 * assertion ::= (assert_return action result*) | (assert_trap action|module string)
 *             | (assert_exhaustion action string) | (assert_malformed module string)
 *             | (assert_invalid module string) | (assert_unlinkable module string)
 *             | (assert_uninstantiable module string)
 * </pre>
 *
 * <p>Reading starts with {@link dev.teracage.compiler.text.Lexer}, which tokenizes the whole text
 * into arrays (kind, raw text, line:column; strings decoded on demand); {@link
 * dev.teracage.compiler.text.TokenReader} is the cursor both parsers use; {@link
 * dev.teracage.compiler.text.NumberLiterals} turns number tokens into values. {@link
 * dev.teracage.compiler.text.WatParser} reads a {@code (module ...)} starting at a reader's
 * position, so the WAST parser can hand it the modules embedded in a script.
 *
 * <p>A module is read in two passes. {@code ModuleScanner} walks the fields once to define the
 * explicit types and give every function, table, memory, global, tag, element and data segment its
 * index and {@code $identifier} (so fields can refer forward, and imports are checked to come
 * first). {@code ModuleFields} and {@code SegmentFields} then parse each field in order; {@code
 * TypeUses} reads value types, type uses (appending implicit types) and block types; {@code
 * InstructionParser} reads plain and folded instructions with an explicit stack of open blocks (no
 * recursion, so nesting depth is not bounded by the thread's stack) and {@code Immediates} their
 * operands, encoding straight into binary with a source map ({@code CodeWriter}).
 *
 * <pre>
 * module ::= (module id? field*) | field*
 * field  ::= (type id? (func (param ...)* (result ...)*))
 *          | (import name name (func|table|memory|global|tag id? ...))
 *          | (func id? (export name)* (import name name)? typeuse (local ...)* instr*)
 *          | (table id? (export name)* (import name name)? (i32|i64)? limits reftype expr?)
 *          | (table id? (export name)* (i32|i64)? reftype (elem ...))
 *          | (memory id? (export name)* (import name name)? (i32|i64)? limits)
 *          | (memory id? (export name)* (i32|i64)? (data string*))
 *          | (global id? (export name)* (import name name)? globaltype expr)
 *          | (tag id? (export name)* (import name name)? typeuse)
 *          | (export name (func|table|memory|global|tag x)) | (start x) | elem | data
 * </pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/index.html">Text format</a>
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Script
 *     syntax</a>
 */
package dev.teracage.compiler.text;

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
 * dev.teracage.compiler.text.NumberLiterals} turns number tokens into values. {@code WatParser}
 * reads a {@code (module ...)} starting at a reader's position, so the WAST parser can hand it the
 * modules embedded in a script.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/index.html">Text format</a>
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Script
 *     syntax</a>
 */
package dev.teracage.compiler.text;

/**
 * Builds the runtime's {@link dev.teracage.runtime.image.ModuleImage} from a validated module: the
 * module's types, imports, exports, tables, memories, globals with pre-evaluated initializers,
 * segments, start function, names, function body offsets, the generated class name and the arena
 * layout. The compiler writes it with {@link dev.teracage.runtime.image.ImageWriter} beside the
 * generated classes.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions">
 *     Constant expressions</a>
 */
package dev.teracage.compiler.image;

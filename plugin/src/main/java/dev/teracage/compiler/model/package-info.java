/**
 * The immutable model of a WebAssembly module, shared by the binary decoder, the text reader, the
 * validator and the code generator. One record per section entry, named as the specification names
 * them; instructions stay in their binary encoding inside {@link dev.teracage.compiler.model.Expr}
 * and are walked on demand, guided by the one opcode table {@link
 * dev.teracage.compiler.model.Opcode}.
 *
 * <pre>
 * Module   ::= types: FuncType*  imports: Import*  functions: typeidx*  tables: Table*
 *              memories: MemoryType*  globals: Global*  exports: Export*  start: funcidx?
 *              elements: ElementSegment*  dataCount: u32?  codes: FunctionBody*
 *              data: DataSegment*  tags: Tag*  customs: CustomSection*  names: Names
 * Import   ::= module: name  name: name  desc: (Func typeidx | Table TableType
 *              | Memory MemoryType | Global GlobalType | Tag typeidx)
 * FunctionBody ::= locals: (count ValType)*  body: Expr
 * Expr     ::= instr* 0x0B   (binary encoding)
 * </pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/syntax/index.html">WebAssembly
 *     structure</a>
 */
package dev.teracage.compiler.model;

package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Names;

/**
 * Reads a module in the WebAssembly text format into the same {@link Module} the binary decoder
 * produces. Instructions are encoded into each {@code Expr} with a source map (line and column of
 * every instruction); {@code $identifiers} of the module, functions and locals become {@link
 * Names}. Implicit types of type uses are appended to the type section in order of use. The data
 * count is set when code uses {@code memory.init} or {@code data.drop}, which need it in binary.
 *
 * <p>By default the rules of WebAssembly 2.0 apply; {@link TextRules} selects 3.0's where they
 * differ.
 *
 * <p>Errors are {@link MalformedException}s with the reference interpreter's wording, located at
 * line and column. Whether the module is valid is left to the validator: indices given as numbers
 * are kept as written even when out of range.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html">Text format: modules</a>
 */
public final class WatParser {
  private WatParser() {}

  /**
   * Parses a module: {@code (module id? field*)}, or the fields alone.
   *
   * @param text the source text
   * @return the module
   * @throws MalformedException when the text is not a well-formed module
   */
  public static Module parseModule(String text) {
    return parseModule(text, null);
  }

  /**
   * Parses a module from a named source.
   *
   * @param text the source text: {@code (module id? field*)}, or the fields alone
   * @param source the file or module name for error locations, or {@code null}
   * @return the module
   * @throws MalformedException when the text is not a well-formed module
   */
  public static Module parseModule(String text, String source) {
    return parseModule(text, source, TextRules.WASM_2_0);
  }

  /**
   * Parses a module from a named source, by the rules of a version of the text format.
   *
   * @param text the source text: {@code (module id? field*)}, or the fields alone
   * @param source the file or module name for error locations, or {@code null}
   * @param rules which version's rules
   * @return the module
   * @throws MalformedException when the text is not a well-formed module
   */
  public static Module parseModule(String text, String source, TextRules rules) {
    TokenReader r = new TokenReader(new Lexer(text, source));
    Module m;
    if (r.peekParen("module")) {
      m = parseModule(r, rules);
    } else {
      m = parseFields(r, null, TokenKind.EOF, rules);
    }
    if (r.peek() != TokenKind.EOF) {
      throw r.unexpected();
    }
    return m;
  }

  /**
   * Parses {@code (module id? field*)} at a reader's position, leaving the reader after its closing
   * parenthesis. The WAST parser hands script modules here.
   *
   * @param r the reader, at the {@code (} of {@code (module}
   * @return the module
   * @throws MalformedException when the module is not well-formed
   */
  public static Module parseModule(TokenReader r) {
    return parseModule(r, TextRules.WASM_2_0);
  }

  /**
   * Parses {@code (module id? field*)} at a reader's position by the rules of a version of the text
   * format, leaving the reader after its closing parenthesis.
   *
   * @param r the reader, at the {@code (} of {@code (module}
   * @param rules which version's rules
   * @return the module
   * @throws MalformedException when the module is not well-formed
   */
  public static Module parseModule(TokenReader r, TextRules rules) {
    r.expectLParen();
    r.expectKeyword("module");
    String id = r.acceptId();
    Module m = parseFields(r, id, TokenKind.RPAREN, rules);
    r.expectRParen();
    return m;
  }

  /**
   * Parses module fields from a reader's position up to a closing parenthesis or the end of input
   * (not consumed).
   *
   * @param r the reader, at the first field
   * @param id the module's identifier (with {@code $}), or {@code null}
   * @param end {@link TokenKind#RPAREN} or {@link TokenKind#EOF}
   * @return the module
   */
  public static Module parseFields(TokenReader r, String id, TokenKind end) {
    return parseFields(r, id, end, TextRules.WASM_2_0);
  }

  /**
   * Parses module fields by the rules of a version of the text format.
   *
   * @param r the reader, at the first field
   * @param id the module's identifier (with {@code $}), or {@code null}
   * @param end {@link TokenKind#RPAREN} or {@link TokenKind#EOF}
   * @param rules which version's rules
   * @return the module
   */
  public static Module parseFields(TokenReader r, String id, TokenKind end, TextRules rules) {
    ModuleContext ctx = new ModuleContext(r, rules == TextRules.WASM_3_0);
    new ModuleScanner(ctx).scan();
    new ModuleFields(ctx).parse();
    if (r.peek() != end) {
      throw r.unexpected();
    }
    if (ctx.usesDataIndices) {
      ctx.module.dataCount = ctx.module.data.size();
    }
    ctx.module.names =
        new Names(id == null ? null : id.substring(1), ctx.functionNames, ctx.localNames);
    return ctx.module.build();
  }
}

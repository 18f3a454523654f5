package dev.teracage.compiler.text;

import dev.teracage.compiler.model.FuncType;

/**
 * The first pass over a module's fields: defines the explicit types (so type uses anywhere can
 * refer to them and implicit types come after them), gives every function, table, memory, global,
 * element and data segment its index and identifier, and checks that imports come before
 * definitions ("import after function").
 */
final class ModuleScanner {
  private final ModuleContext ctx;
  private final TokenReader r;
  private String firstDefinition;

  ModuleScanner(ModuleContext ctx) {
    this.ctx = ctx;
    this.r = ctx.reader;
  }

  /**
   * Scans the fields from the reader's position to the end of the module, then goes back.
   *
   * @param end {@link TokenKind#RPAREN} for {@code (module ...)}, {@link TokenKind#EOF} for a text
   *     of bare fields
   */
  void scan() {
    int begin = r.position();
    while (r.peek() == TokenKind.LPAREN) {
      int fieldStart = r.position();
      r.next();
      int keyword = r.position();
      if (r.peek() != TokenKind.KEYWORD) {
        throw r.unexpected();
      }
      switch (r.peekText(0)) {
        case "type" -> {
          r.next();
          type();
          continue;
        }
        case "import" -> importField();
        case "func" -> definition(ctx.funcs, "function");
        case "table" -> definition(ctx.tables, "table");
        case "memory" -> definition(ctx.memories, "memory");
        case "global" -> definition(ctx.globals, "global");
        case "tag" -> definition(ctx.tags, "tag");
        case "elem" -> ctx.elems.add(r, idAfter(keyword));
        case "data" -> ctx.datas.add(r, idAfter(keyword));
        case "export", "start" -> {}
        default ->
            throw r.error(
                InstructionParser.isKnownKeyword(r.peekText(0))
                    ? "unexpected token"
                    : "unknown operator " + r.peekText(0));
      }
      r.seek(fieldStart);
      r.skipSexpr();
    }
    // anything else after the fields is reported by the second pass, in text order
    r.seek(begin);
  }

  private int idAfter(int keyword) {
    return r.lexer().kind(keyword + 1) == TokenKind.ID ? keyword + 1 : -1;
  }

  private void type() {
    int id = r.peek() == TokenKind.ID ? r.next() : -1;
    ctx.types.add(r, id);
    r.expectLParen();
    r.expectKeyword("func");
    FuncType t = TypeUses.funcType(r, ctx);
    r.expectRParen();
    r.expectRParen();
    ctx.addType(t);
  }

  private void importField() {
    int importToken = r.next();
    r.expect(TokenKind.STRING);
    r.expect(TokenKind.STRING);
    r.expectLParen();
    if (r.peek() != TokenKind.KEYWORD) {
      throw r.unexpected();
    }
    IndexSpace space =
        switch (r.peekText(0)) {
          case "func" -> ctx.funcs;
          case "table" -> ctx.tables;
          case "memory" -> ctx.memories;
          case "global" -> ctx.globals;
          case "tag" -> ctx.tags;
          default -> throw r.unexpected();
        };
    checkImportOrder(importToken);
    int kind = r.position();
    space.add(r, idAfter(kind));
    if (space == ctx.memories) {
      ctx.memory64.add(r.lexer().isKeyword(idAfter(kind) < 0 ? kind + 1 : kind + 2, "i64"));
    }
  }

  private void checkImportOrder(int importToken) {
    if (firstDefinition != null) {
      throw r.lexer().error(importToken, "import after " + firstDefinition);
    }
  }

  private void definition(IndexSpace space, String kind) {
    int keyword = r.next();
    int id = r.peek() == TokenKind.ID ? r.next() : -1;
    while (r.peekParen("export")) {
      r.skipSexpr();
    }
    if (r.peekParen("import")) {
      checkImportOrder(r.position() + 1);
    } else if (firstDefinition == null) {
      firstDefinition = kind;
    }
    space.add(r, id);
    if (kind.equals("memory")) {
      int at = r.position();
      if (r.peekParen("import")) {
        r.skipSexpr();
      }
      ctx.memory64.add(r.peekKeyword("i64"));
      r.seek(at);
    }
    if (kind.equals("table") && !r.peekParen("import")) {
      while (r.peek() != TokenKind.RPAREN && r.peek() != TokenKind.EOF) {
        if (r.peekParen("elem")) {
          ctx.elems.add(r, -1);
        }
        if (r.peek() == TokenKind.LPAREN) {
          r.skipSexpr();
        } else {
          r.next();
        }
      }
    }
    if (kind.equals("memory")) {
      int at = r.position();
      if (!r.acceptKeyword("i64")) {
        r.acceptKeyword("i32");
      }
      if (r.peekParen("data")) {
        ctx.datas.add(r, -1);
      }
      r.seek(at);
    }
    r.seek(keyword);
  }
}

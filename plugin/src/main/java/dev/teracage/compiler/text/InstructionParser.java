package dev.teracage.compiler.text;

import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Opcode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads instruction sequences, plain ({@code i32.add}) and folded ({@code (i32.add (local.get 0)
 * (i32.const 1))}), with structured control ({@code block}, {@code loop}, {@code if}) and labels,
 * and encodes them into an {@link Expr} with a source map. Immediates are read by {@link
 * Immediates}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/instructions.html">Instructions</a>
 */
final class InstructionParser {
  /** Keywords of the text format that are not instructions: seeing one is "unexpected token". */
  private static final Set<String> KEYWORDS =
      Set.of(
          "module",
          "type",
          "func",
          "param",
          "result",
          "local",
          "import",
          "export",
          "table",
          "memory",
          "global",
          "elem",
          "data",
          "start",
          "offset",
          "item",
          "declare",
          "then",
          "else",
          "end",
          "mut",
          "funcref",
          "externref",
          "i32",
          "i64",
          "f32",
          "f64",
          "v128",
          "ref",
          "null",
          "extern",
          "binary",
          "quote",
          "register",
          "invoke",
          "get",
          "nan:canonical",
          "nan:arithmetic");

  /**
   * Tells whether a keyword is part of the text format (an instruction or another keyword).
   *
   * @param keyword the keyword
   * @return true when known; an unknown one is "unknown operator"
   */
  static boolean isKnownKeyword(String keyword) {
    if (keyword.startsWith("offset=")) {
      return NumberLiterals.isUnsigned(keyword.substring(7));
    }
    if (keyword.startsWith("align=")) {
      return NumberLiterals.isUnsigned(keyword.substring(6));
    }
    return KEYWORDS.contains(keyword) || Opcode.ofMnemonic(keyword) != null;
  }

  final ModuleContext ctx;
  final TokenReader r;
  final Lexer lx;
  final IndexSpace locals;
  final CodeWriter code;
  private final List<String> labels = new ArrayList<>();
  private final Immediates immediates;

  /**
   * Creates a parser for one expression.
   *
   * @param ctx the module
   * @param locals the function's locals, or an empty space for constant expressions
   */
  InstructionParser(ModuleContext ctx, IndexSpace locals) {
    this.ctx = ctx;
    this.r = ctx.reader;
    this.lx = r.lexer();
    this.locals = locals;
    this.code = new CodeWriter(lx);
    this.immediates = new Immediates(this);
  }

  /**
   * Reads instructions up to the closing parenthesis (not consumed) and returns them with the final
   * {@code end}.
   *
   * @return the expression
   */
  Expr expression() {
    instructions();
    code.out.u8(Opcode.END.code());
    return code.toExpr();
  }

  /**
   * Reads exactly one folded instruction, {@code (op ...)}, and returns it with {@code end}: the
   * abbreviated offset of segments and the items of element segments.
   *
   * @return the expression
   */
  Expr foldedExpression() {
    if (r.peek() != TokenKind.LPAREN
        || r.peek(1) != TokenKind.KEYWORD
        || KEYWORDS.contains(r.peekText(1))) {
      throw r.unexpected();
    }
    folded();
    code.out.u8(Opcode.END.code());
    return code.toExpr();
  }

  /** Reads instructions while they come. */
  void instructions() {
    while (true) {
      TokenKind k = r.peek();
      if (k == TokenKind.LPAREN) {
        if (r.peek(1) != TokenKind.KEYWORD || KEYWORDS.contains(r.peekText(1))) {
          return;
        }
        folded();
      } else if (k == TokenKind.KEYWORD) {
        String kw = r.peekText(0);
        if (KEYWORDS.contains(kw)) {
          return;
        }
        plain();
      } else if (k == TokenKind.RESERVED) {
        throw r.unexpected();
      } else {
        return;
      }
    }
  }

  private Opcode opcodeOf(int token) {
    String kw = lx.text(token);
    Opcode op = Opcode.ofMnemonic(kw);
    if (op == null
        || op.immediate() == dev.teracage.compiler.model.Immediate.TAG
        || op.immediate() == dev.teracage.compiler.model.Immediate.TRY_TABLE) {
      throw lx.error(token, "unknown operator " + kw);
    }
    if (op == Opcode.SELECT && r.peekParen("result")) {
      return Opcode.SELECT_T;
    }
    return op;
  }

  private void plain() {
    int token = r.next();
    Opcode op = opcodeOf(token);
    if (op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.IF) {
      plainBlock(token, op);
      return;
    }
    code.mark(token);
    code.opcode(op);
    immediates.read(op);
  }

  private void plainBlock(int token, Opcode op) {
    String label = r.acceptId();
    code.mark(token);
    code.opcode(op);
    TypeUses.blockType(r, ctx, code.out);
    labels.add(label);
    instructions();
    if (op == Opcode.IF && r.peekKeyword("else")) {
      int elseToken = r.next();
      closingLabel(label);
      code.mark(elseToken);
      code.opcode(Opcode.ELSE);
      instructions();
    }
    int endToken = r.position();
    r.expectKeyword("end");
    closingLabel(label);
    code.mark(endToken);
    code.opcode(Opcode.END);
    labels.removeLast();
  }

  private void closingLabel(String label) {
    if (r.peek() == TokenKind.ID) {
      int t = r.next();
      if (!lx.text(t).equals(label)) {
        throw lx.error(t, "mismatching label");
      }
    }
  }

  private void folded() {
    r.expectLParen();
    int token = r.next();
    Opcode op = opcodeOf(token);
    if (op == Opcode.BLOCK || op == Opcode.LOOP) {
      String label = r.acceptId();
      code.mark(token);
      code.opcode(op);
      TypeUses.blockType(r, ctx, code.out);
      labels.add(label);
      instructions();
      r.expectRParen();
      code.opcode(Opcode.END);
      labels.removeLast();
      return;
    }
    if (op == Opcode.IF) {
      foldedIf(token);
      return;
    }
    int start = code.out.size();
    code.opcode(op);
    immediates.read(op);
    int handle = code.stash(start);
    instructions();
    code.mark(token);
    code.unstash(handle);
    r.expectRParen();
  }

  private void foldedIf(int token) {
    String label = r.acceptId();
    int start = code.out.size();
    code.opcode(Opcode.IF);
    TypeUses.blockType(r, ctx, code.out);
    int handle = code.stash(start);
    while (r.peek() == TokenKind.LPAREN && !r.peekParen("then")) {
      if (r.peek(1) != TokenKind.KEYWORD || KEYWORDS.contains(r.peekText(1))) {
        r.next();
        throw r.unexpected();
      }
      folded();
    }
    code.mark(token);
    code.unstash(handle);
    labels.add(label);
    if (!r.acceptParen("then")) {
      throw r.unexpected();
    }
    instructions();
    r.expectRParen();
    if (r.peekParen("else")) {
      code.mark(r.position() + 1);
      r.acceptParen("else");
      code.opcode(Opcode.ELSE);
      instructions();
      r.expectRParen();
    }
    r.expectRParen();
    code.opcode(Opcode.END);
    labels.removeLast();
  }

  /**
   * Reads a label reference: an identifier of an enclosing label, or a relative depth.
   *
   * @return the depth
   */
  int label() {
    if (r.peek() == TokenKind.ID) {
      int t = r.next();
      String id = lx.text(t);
      for (int i = labels.size() - 1; i >= 0; i--) {
        if (id.equals(labels.get(i))) {
          return labels.size() - 1 - i;
        }
      }
      throw lx.error(t, "unknown label " + id);
    }
    return IndexSpace.readU32(r);
  }
}

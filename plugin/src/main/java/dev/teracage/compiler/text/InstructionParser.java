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
          "nan:arithmetic",
          "tag",
          "catch",
          "catch_ref",
          "catch_all",
          "catch_all_ref",
          "shared",
          "exnref",
          "anyref",
          "eqref",
          "i31ref",
          "structref",
          "arrayref",
          "nullref",
          "nullexternref",
          "nullfuncref",
          "nullexnref");

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
    if (!atFolded()) {
      throw r.unexpected();
    }
    int base = depth;
    openFolded();
    run(base, true);
    code.out.u8(Opcode.END.code());
    return code.toExpr();
  }

  /** Reads instructions while they come. */
  void instructions() {
    run(depth, false);
  }

  private boolean atFolded() {
    return r.peek() == TokenKind.LPAREN
        && r.peek(1) == TokenKind.KEYWORD
        && !KEYWORDS.contains(r.peekText(1));
  }

  // Structured instructions are read with an explicit stack of open frames, not recursion, so
  // nesting depth is bounded by memory only.
  private static final int PLAIN_BLOCK = 0;
  private static final int PLAIN_IF = 1;
  private static final int PLAIN_ELSE = 2;
  private static final int FOLDED_OP = 3;
  private static final int FOLDED_BLOCK = 4;
  private static final int FOLDED_IF_CONDITION = 5;
  private static final int FOLDED_THEN = 6;
  private static final int FOLDED_ELSE = 7;

  private int[] frameKinds = new int[16];
  private int[] frameTokens = new int[16];
  private int[] frameHandles = new int[16];
  private String[] frameLabels = new String[16];
  private int depth;

  private void push(int kind, int token, int handle, String label) {
    if (depth == frameKinds.length) {
      int n = depth * 2;
      frameKinds = java.util.Arrays.copyOf(frameKinds, n);
      frameTokens = java.util.Arrays.copyOf(frameTokens, n);
      frameHandles = java.util.Arrays.copyOf(frameHandles, n);
      frameLabels = java.util.Arrays.copyOf(frameLabels, n);
    }
    frameKinds[depth] = kind;
    frameTokens[depth] = token;
    frameHandles[depth] = handle;
    frameLabels[depth] = label;
    depth++;
  }

  /**
   * Reads instructions until one that does not belong here, closing only frames opened above {@code
   * base}; with {@code single}, stops when the frame stack is back at {@code base}.
   */
  private void run(int base, boolean single) {
    while (!(single && depth == base)) {
      int top = depth > base ? frameKinds[depth - 1] : -1;
      TokenKind k = r.peek();
      if (top == FOLDED_IF_CONDITION) {
        if (r.peekParen("then")) {
          r.next();
          r.next();
          code.mark(frameTokens[depth - 1]);
          code.unstash(frameHandles[depth - 1]);
          labels.add(frameLabels[depth - 1]);
          frameKinds[depth - 1] = FOLDED_THEN;
        } else if (atFolded()) {
          openFolded();
        } else {
          if (k == TokenKind.LPAREN) {
            r.next();
          }
          throw r.unexpected();
        }
      } else if (k == TokenKind.RPAREN && top >= FOLDED_OP) {
        closeFolded(top);
      } else if (k == TokenKind.LPAREN) {
        if (!atFolded()) {
          break;
        }
        openFolded();
      } else if (k == TokenKind.KEYWORD) {
        String kw = r.peekText(0);
        if (kw.equals("end") && (top == PLAIN_BLOCK || top == PLAIN_IF || top == PLAIN_ELSE)) {
          int token = r.next();
          closingLabel(frameLabels[depth - 1]);
          code.mark(token);
          code.opcode(Opcode.END);
          labels.removeLast();
          depth--;
        } else if (kw.equals("else") && top == PLAIN_IF) {
          int token = r.next();
          closingLabel(frameLabels[depth - 1]);
          code.mark(token);
          code.opcode(Opcode.ELSE);
          frameKinds[depth - 1] = PLAIN_ELSE;
        } else if (KEYWORDS.contains(kw)) {
          break;
        } else {
          plain();
        }
      } else if (k == TokenKind.RESERVED) {
        throw r.unexpected();
      } else {
        break;
      }
    }
    if (depth > base) {
      throw r.unexpected();
    }
  }

  private Opcode opcodeOf(int token) {
    String kw = lx.text(token);
    Opcode op = Opcode.ofMnemonic(kw);
    if (op == null) {
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
    if (op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.IF || op == Opcode.TRY_TABLE) {
      String label = r.acceptId();
      code.mark(token);
      code.opcode(op);
      TypeUses.blockType(r, ctx, code.out);
      if (op == Opcode.TRY_TABLE) {
        immediates.catchClauses();
      }
      labels.add(label);
      push(op == Opcode.IF ? PLAIN_IF : PLAIN_BLOCK, token, 0, label);
      return;
    }
    code.mark(token);
    code.opcode(op);
    immediates.read(op);
  }

  private void closingLabel(String label) {
    if (r.peek() == TokenKind.ID) {
      int t = r.next();
      if (!lx.id(t).equals(label)) {
        throw lx.error(t, "mismatching label");
      }
    }
  }

  /** Reads {@code (op immediates} and opens its frame; its operands and {@code )} follow. */
  private void openFolded() {
    r.expectLParen();
    int token = r.next();
    Opcode op = opcodeOf(token);
    if (op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.TRY_TABLE) {
      String label = r.acceptId();
      code.mark(token);
      code.opcode(op);
      TypeUses.blockType(r, ctx, code.out);
      if (op == Opcode.TRY_TABLE) {
        immediates.catchClauses();
      }
      labels.add(label);
      push(FOLDED_BLOCK, token, 0, label);
      return;
    }
    String label = op == Opcode.IF ? r.acceptId() : null;
    int start = code.out.size();
    code.opcode(op);
    if (op == Opcode.IF) {
      TypeUses.blockType(r, ctx, code.out);
    } else {
      immediates.read(op);
    }
    int handle = code.stash(start);
    push(op == Opcode.IF ? FOLDED_IF_CONDITION : FOLDED_OP, token, handle, label);
  }

  /** Closes the innermost folded frame at its {@code )}. */
  private void closeFolded(int kind) {
    int top = depth - 1;
    r.expectRParen();
    switch (kind) {
      case FOLDED_OP -> {
        code.mark(frameTokens[top]);
        code.unstash(frameHandles[top]);
        depth--;
      }
      case FOLDED_BLOCK -> {
        code.opcode(Opcode.END);
        labels.removeLast();
        depth--;
      }
      case FOLDED_THEN -> {
        if (r.peekParen("else")) {
          code.mark(r.position() + 1);
          r.next();
          r.next();
          code.opcode(Opcode.ELSE);
          frameKinds[top] = FOLDED_ELSE;
        } else {
          r.expectRParen();
          code.opcode(Opcode.END);
          labels.removeLast();
          depth--;
        }
      }
      default -> { // FOLDED_ELSE
        r.expectRParen();
        code.opcode(Opcode.END);
        labels.removeLast();
        depth--;
      }
    }
  }

  /**
   * Reads a label reference: an identifier of an enclosing label, or a relative depth.
   *
   * @return the depth
   */
  int label() {
    if (r.peek() == TokenKind.ID) {
      int t = r.next();
      String id = lx.id(t);
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

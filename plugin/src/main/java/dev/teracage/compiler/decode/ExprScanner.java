package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Opcode;
import java.util.Arrays;

/**
 * Checks that bytes form a well-formed expression, decoding every instruction once with a {@link
 * CodeReader}: known opcodes, well-formed immediates, {@code else} only inside an {@code if}, and a
 * final {@code end} closing the outermost block ("END opcode expected" otherwise, as the reference
 * interpreter reports). The scan reads past a function body's declared size like the reference
 * interpreter; the caller then compares positions ("section size mismatch").
 */
final class ExprScanner {
  private static final byte BLOCK = 0;
  private static final byte IF = 1;
  private static final byte ELSE = 2;

  private final DecodeState state;
  private final CodeReader code;
  private byte[] stack = new byte[64];

  ExprScanner(DecodeState state) {
    this.state = state;
    this.code = new CodeReader(state.wasm3);
  }

  /**
   * Scans an expression starting at the reader's position and moves the reader after its {@code
   * end}.
   *
   * @return the array index after the final {@code end}
   */
  int scan() {
    ByteReader in = state.in;
    code.reset(in.bytes(), in.position(), in.limit(), in.baseOffset());
    int depth = 0;
    while (true) {
      Opcode op = code.next();
      switch (op) {
        case BLOCK, LOOP, TRY_TABLE -> depth = push(depth, BLOCK);
        case IF -> depth = push(depth, IF);
        case ELSE -> {
          if (depth == 0 || stack[depth - 1] != IF) {
            throw code.error("END opcode expected");
          }
          stack[depth - 1] = ELSE;
        }
        case END -> {
          if (depth == 0) {
            int end = code.bytes().position();
            in.position(end);
            return end;
          }
          depth--;
        }
        case MEMORY_INIT, DATA_DROP -> {
          if (!state.hasDataCount) {
            throw code.error("data count section required");
          }
        }
        default -> {}
      }
    }
  }

  private int push(int depth, byte kind) {
    if (depth == stack.length) {
      stack = Arrays.copyOf(stack, depth * 2);
    }
    stack[depth] = kind;
    return depth + 1;
  }

  /**
   * Scans a constant expression at the reader's position and returns a copy of it.
   *
   * @return the expression
   */
  Expr constant() {
    int begin = state.in.position();
    int end = scan();
    return new Expr(state.in.bytes(), begin, end, state.in.baseOffset() + begin, null);
  }
}

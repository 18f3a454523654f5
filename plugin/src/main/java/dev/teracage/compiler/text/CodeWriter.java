package dev.teracage.compiler.text;

import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.SourceMap;
import java.util.Arrays;

/**
 * Encodes one expression's instructions and records where each came from. A folded instruction's
 * opcode and immediates are written first (they come first in the text), moved aside with {@link
 * #stash(int)} while its operands are written, and put back with {@link #unstash(int)}.
 */
final class CodeWriter {
  final ByteWriter out = new ByteWriter(256);
  private final Lexer lexer;
  private int[] offsets = new int[32];
  private int[] lines = new int[32];
  private int[] columns = new int[32];
  private int entries;
  private byte[] stash = new byte[64];
  private int stashTop;

  CodeWriter(Lexer lexer) {
    this.lexer = lexer;
  }

  /**
   * Records that the instruction written next comes from a token.
   *
   * @param token the token index of its keyword
   */
  void mark(int token) {
    if (entries == offsets.length) {
      int n = entries * 2;
      offsets = Arrays.copyOf(offsets, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
    }
    offsets[entries] = out.size();
    lines[entries] = lexer.line(token);
    columns[entries] = lexer.column(token);
    entries++;
  }

  /**
   * Writes an opcode: its prefix byte, if any, and its code.
   *
   * @param op the opcode
   */
  void opcode(Opcode op) {
    if (op.prefix() != Opcode.NO_PREFIX) {
      out.u8(op.prefix()).u32(op.code());
    } else {
      out.u8(op.code());
    }
  }

  /**
   * Moves the bytes written since a size aside.
   *
   * @param from the size before them
   * @return a handle for {@link #unstash(int)}
   */
  int stash(int from) {
    int n = out.size() - from;
    int base = stashTop;
    if (stashTop + n > stash.length) {
      stash = Arrays.copyOf(stash, Math.max(stash.length * 2, stashTop + n));
    }
    for (int i = 0; i < n; i++) {
      stash[stashTop++] = (byte) out.byteAt(from + i);
    }
    out.truncate(from);
    return base;
  }

  /**
   * Writes back the bytes most recently moved aside.
   *
   * @param handle what {@link #stash(int)} returned
   */
  void unstash(int handle) {
    out.bytes(stash, handle, stashTop - handle);
    stashTop = handle;
  }

  /**
   * Returns the expression written so far; the caller has written its final {@code end}.
   *
   * @return the expression, with its source map
   */
  Expr toExpr() {
    SourceMap map =
        new SourceMap(
            Arrays.copyOf(offsets, entries),
            Arrays.copyOf(lines, entries),
            Arrays.copyOf(columns, entries));
    return new Expr(out.toByteArray(), -1, map);
  }
}

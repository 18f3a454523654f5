package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the immediate operands of one instruction, as its {@link Opcode#immediate()} kind says, and
 * writes their binary encoding (shortest LEB128s).
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/instructions.html">Instructions</a>
 */
final class Immediates {
  private final InstructionParser p;
  private final TokenReader r;
  private final Lexer lx;
  private final ModuleContext ctx;
  private final ByteWriter out;
  private int[] scratch = new int[16];

  Immediates(InstructionParser parser) {
    this.p = parser;
    this.r = parser.r;
    this.lx = parser.lx;
    this.ctx = parser.ctx;
    this.out = parser.code.out;
  }

  /**
   * Reads and writes the immediates of an instruction whose opcode was just written.
   *
   * @param op the opcode
   */
  void read(Opcode op) {
    switch (op.immediate()) {
      case NONE -> {}
      case LABEL -> out.u32(p.label());
      case BR_TABLE -> brTable();
      case FUNC -> out.u32(ctx.funcs.resolve(r));
      case CALL_INDIRECT -> {
        int table = IndexSpace.atIndex(r) ? ctx.tables.resolve(r) : 0;
        out.u32(TypeUses.typeUse(r, ctx, null)).u32(table);
      }
      case TYPE -> out.u32(ctx.types.resolve(r));
      case SELECT_T -> {
        List<ValType> types = new ArrayList<>();
        TypeUses.results(r, ctx, types);
        out.u32(types.size());
        for (ValType t : types) {
          TypeUses.write(out, t);
        }
      }
      case LOCAL -> out.u32(p.locals.resolve(r));
      case GLOBAL -> out.u32(ctx.globals.resolve(r));
      case TABLE -> out.u32(IndexSpace.atIndex(r) ? ctx.tables.resolve(r) : 0);
      case MEMORY -> out.u32(IndexSpace.atIndex(r) ? ctx.memories.resolve(r) : 0);
      case MEMARG -> memarg(op, IndexSpace.atIndex(r) ? ctx.memories.resolve(r) : 0);
      case MEMARG_LANE -> {
        int memory = 0;
        if (IndexSpace.atIndex(r)
            && (r.peek(1) == TokenKind.ID
                || r.peek(1) == TokenKind.NUMBER
                || r.peekText(1).startsWith("offset=")
                || r.peekText(1).startsWith("align="))) {
          memory = ctx.memories.resolve(r);
        }
        memarg(op, memory);
        out.u8(laneIndex());
      }
      case I32 -> out.s64(NumberLiterals.i32(lx, r.expect(TokenKind.NUMBER)));
      case I64 -> out.s64(NumberLiterals.i64(lx, r.expect(TokenKind.NUMBER)));
      case F32 -> out.f32(NumberLiterals.f32(lx, r.expect(TokenKind.NUMBER)));
      case F64 -> out.f64(NumberLiterals.f64(lx, r.expect(TokenKind.NUMBER)));
      case HEAP_TYPE -> TypeUses.writeHeapType(out, TypeUses.heapType(r, ctx));
      case MEMORY_INIT -> {
        int memory = 0;
        if (IndexSpace.atIndex(r) && isIndexKind(r.peek(1))) {
          memory = ctx.memories.resolve(r);
        }
        out.u32(ctx.datas.resolve(r)).u32(memory);
        ctx.usesDataIndices = true;
      }
      case DATA -> {
        out.u32(ctx.datas.resolve(r));
        ctx.usesDataIndices = true;
      }
      case MEMORY_COPY -> {
        int dst = IndexSpace.atIndex(r) ? ctx.memories.resolve(r) : 0;
        int src = IndexSpace.atIndex(r) ? ctx.memories.resolve(r) : 0;
        out.u32(dst).u32(src);
      }
      case TABLE_INIT -> {
        int table = 0;
        if (IndexSpace.atIndex(r) && isIndexKind(r.peek(1))) {
          table = ctx.tables.resolve(r);
        }
        out.u32(ctx.elems.resolve(r)).u32(table);
      }
      case ELEM -> out.u32(ctx.elems.resolve(r));
      case TABLE_COPY -> {
        int dst = IndexSpace.atIndex(r) ? ctx.tables.resolve(r) : 0;
        int src = IndexSpace.atIndex(r) ? ctx.tables.resolve(r) : 0;
        out.u32(dst).u32(src);
      }
      case TAG -> out.u32(ctx.tags.resolve(r));
      case V128 -> v128Const();
      case SHUFFLE -> shuffle();
      case LANE -> out.u8(laneIndex());
      default -> throw r.error("unknown operator");
    }
  }

  /**
   * Reads the catch clauses of {@code try_table} and writes them as a vector: {@code (catch x l)},
   * {@code (catch_ref x l)}, {@code (catch_all l)}, {@code (catch_all_ref l)}. Labels are resolved
   * outside the {@code try_table} block, as the specification says.
   */
  void catchClauses() {
    int n = 0;
    while (true) {
      int kind;
      if (r.acceptParen("catch")) {
        kind = 0;
      } else if (r.acceptParen("catch_ref")) {
        kind = 1;
      } else if (r.acceptParen("catch_all")) {
        kind = 2;
      } else if (r.acceptParen("catch_all_ref")) {
        kind = 3;
      } else {
        break;
      }
      int tag = kind < 2 ? ctx.tags.resolve(r) : 0;
      int label = p.label();
      r.expectRParen();
      if (n + 3 > scratch.length) {
        scratch = Arrays.copyOf(scratch, scratch.length * 2 + 3);
      }
      scratch[n++] = kind;
      scratch[n++] = tag;
      scratch[n++] = label;
    }
    out.u32(n / 3);
    for (int i = 0; i < n; i += 3) {
      out.u8(scratch[i]);
      if (scratch[i] < 2) {
        out.u32(scratch[i + 1]);
      }
      out.u32(scratch[i + 2]);
    }
  }

  private static boolean isIndexKind(TokenKind k) {
    return k == TokenKind.ID || k == TokenKind.NUMBER;
  }

  private void brTable() {
    int n = 0;
    while (IndexSpace.atIndex(r)) {
      if (n == scratch.length) {
        scratch = Arrays.copyOf(scratch, n * 2);
      }
      scratch[n++] = p.label();
    }
    if (n == 0) {
      throw r.unexpected();
    }
    out.u32(n - 1);
    for (int i = 0; i < n; i++) {
      out.u32(scratch[i]);
    }
  }

  private void memarg(Opcode op, int memory) {
    long offset = 0;
    int align = op.arg();
    if (r.peek() == TokenKind.KEYWORD && r.peekText(0).startsWith("offset=")) {
      int t = r.next();
      if (ctx.wasm3 || ctx.isMemory64(memory)) {
        offset = number64(t, 7);
      } else {
        offset = Integer.toUnsignedLong(number(t, 7));
      }
    }
    if (r.peek() == TokenKind.KEYWORD && r.peekText(0).startsWith("align=")) {
      int t = r.next();
      align = number(t, 6);
      if (align == 0 || (align & (align - 1)) != 0) {
        throw lx.error(t, "alignment must be a power of two");
      }
    }
    int flags = Integer.numberOfTrailingZeros(align);
    if (memory != 0) {
      out.u32(flags | 0x40).u32(memory);
    } else {
      out.u32(flags);
    }
    out.u64(offset);
  }

  private int number(int token, int prefix) {
    if (!InstructionParser.isKnownKeyword(lx.text(token))) {
      throw lx.error(token, "unknown operator " + lx.text(token));
    }
    try {
      return NumberLiterals.u32(lx.text(token).substring(prefix));
    } catch (MalformedException e) {
      throw e.at(lx.location(token));
    }
  }

  private long number64(int token, int prefix) {
    if (!InstructionParser.isKnownKeyword(lx.text(token))) {
      throw lx.error(token, "unknown operator " + lx.text(token));
    }
    try {
      return NumberLiterals.u64(lx.text(token).substring(prefix));
    } catch (MalformedException e) {
      throw e.at(lx.location(token));
    }
  }

  private int laneIndex() {
    if (r.peek() != TokenKind.NUMBER) {
      throw r.unexpected();
    }
    try {
      NumberLiterals.u32(r.peekText(0));
    } catch (MalformedException e) {
      if (!e.reason().startsWith("i32 constant out of range")) {
        throw r.error("unexpected token");
      }
    }
    return lane(r.next());
  }

  /** Reads a lane index: "malformed lane index" (2.0) or "i8 constant out of range" (3.0). */
  private int lane(int token) {
    String reason = ctx.wasm3 ? "i8 constant out of range" : "malformed lane index";
    int v;
    try {
      v = NumberLiterals.u32(lx.text(token));
    } catch (MalformedException e) {
      throw lx.error(token, reason);
    }
    if (v < 0 || v > 255) {
      throw lx.error(token, reason);
    }
    return v;
  }

  private int countNumbers() {
    int n = 0;
    while (r.peek(n) == TokenKind.NUMBER
        || r.peek(n) == TokenKind.RESERVED
        || r.peek(n) == TokenKind.KEYWORD && !InstructionParser.isKnownKeyword(r.peekText(n))) {
      n++;
    }
    return n;
  }

  private void shuffle() {
    if (countNumbers() != 16) {
      throw r.error("invalid lane length");
    }
    for (int i = 0; i < 16; i++) {
      if (r.peek() != TokenKind.NUMBER) {
        throw r.unexpected();
      }
      out.u8(lane(r.next()));
    }
  }

  private void v128Const() {
    if (r.peek() != TokenKind.KEYWORD) {
      throw r.unexpected();
    }
    int lanes;
    int bits;
    boolean floating = false;
    switch (r.peekText(0)) {
      case "i8x16" -> {
        lanes = 16;
        bits = 8;
      }
      case "i16x8" -> {
        lanes = 8;
        bits = 16;
      }
      case "i32x4" -> {
        lanes = 4;
        bits = 32;
      }
      case "i64x2" -> {
        lanes = 2;
        bits = 64;
      }
      case "f32x4" -> {
        lanes = 4;
        bits = 32;
        floating = true;
      }
      case "f64x2" -> {
        lanes = 2;
        bits = 64;
        floating = true;
      }
      default -> throw r.unexpected();
    }
    r.next();
    if (countNumbers() != lanes) {
      throw r.error("wrong number of lane literals");
    }
    for (int i = 0; i < lanes; i++) {
      if (r.peek() != TokenKind.NUMBER) {
        throw r.unexpected();
      }
      int t = r.next();
      long v;
      if (floating) {
        v = bits == 32 ? NumberLiterals.f32(lx, t) : NumberLiterals.f64(lx, t);
      } else {
        try {
          v = NumberLiterals.integer(lx.text(t), bits);
        } catch (MalformedException e) {
          throw e.at(lx.location(t));
        }
      }
      for (int b = 0; b < bits; b += 8) {
        out.u8((int) (v >>> b));
      }
    }
  }
}

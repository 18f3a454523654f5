package dev.teracage.compiler.text;

import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Element and data segments, in all their forms:
 *
 * <pre>
 * elem ::= (elem id? elemlist)                                   passive
 *        | (elem id? declare elemlist)                           declarative
 *        | (elem id? (table x)? (offset instr*) elemlist)        active; (offset ...) may be one
 *        | (elem id? (offset instr*) funcidx*)                   folded instruction
 * elemlist ::= reftype (item instr*)* | reftype (instr)* | func funcidx*
 * data ::= (data id? datastring) | (data id? (memory x)? (offset instr*) datastring)
 * </pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html#element-segments">Element
 *     segments</a>
 */
final class SegmentFields {
  private final ModuleContext ctx;
  private final TokenReader r;

  SegmentFields(ModuleContext ctx) {
    this.ctx = ctx;
    this.r = ctx.reader;
  }

  /**
   * Returns the offset expression {@code i32.const 0} (or {@code i64.const 0} for 64-bit memories
   * and tables), of segments from inline abbreviations.
   *
   * @param is64 whether the memory or table is 64-bit
   * @return the expression
   */
  static Expr zeroOffset(boolean is64) {
    Opcode constant = is64 ? Opcode.I64_CONST : Opcode.I32_CONST;
    return new Expr(new byte[] {(byte) constant.code(), 0, (byte) Opcode.END.code()}, -1, null);
  }

  private boolean atInstruction() {
    return r.peek() == TokenKind.LPAREN
        && r.peek(1) == TokenKind.KEYWORD
        && Opcode.ofMnemonic(r.peekText(1)) != null;
  }

  /** Reads an offset, {@code (offset instr*)} or one folded instruction; null when absent. */
  private Expr offset() {
    if (r.acceptParen("offset")) {
      Expr e = new InstructionParser(ctx, new IndexSpace("local")).expression();
      r.expectRParen();
      return e;
    }
    if (atInstruction()) {
      return new InstructionParser(ctx, new IndexSpace("local")).foldedExpression();
    }
    return null;
  }

  /** Parses an element segment field after its {@code (}. */
  void elem() {
    r.expectKeyword("elem");
    r.acceptId();
    if (r.acceptKeyword("declare")) {
      ValType type = listType();
      ctx.module.elements.add(
          new ElementSegment(SegmentMode.DECLARATIVE, 0, null, type, items(type)));
      return;
    }
    int table = 0;
    boolean hasTable = false;
    if (r.acceptParen("table")) {
      table = ctx.tables.resolve(r);
      r.expectRParen();
      hasTable = true;
    }
    Expr offset = offset();
    if (offset == null) {
      if (hasTable) {
        throw r.unexpected();
      }
      ValType type = listType();
      ctx.module.elements.add(new ElementSegment(SegmentMode.PASSIVE, 0, null, type, items(type)));
      return;
    }
    ValType type;
    if (!hasTable && (IndexSpace.atIndex(r) || r.peek() == TokenKind.RPAREN)) {
      type = ValType.FUNCREF; // the legacy abbreviation: a plain list of function indices
    } else {
      type = listType();
    }
    ctx.module.elements.add(
        new ElementSegment(SegmentMode.ACTIVE, table, offset, type, items(type)));
  }

  private boolean funcList;

  /** Reads {@code func} or a reference type, the start of an element list. */
  private ValType listType() {
    if (r.acceptKeyword("func")) {
      funcList = true;
      return ValType.FUNCREF;
    }
    funcList = false;
    return TypeUses.refType(r, ctx);
  }

  private List<Expr> items(ValType type) {
    boolean functions = funcList;
    funcList = false;
    if (functions || type == ValType.FUNCREF && r.peek() != TokenKind.LPAREN) {
      return functionItems();
    }
    return expressionItems();
  }

  /**
   * Reads the items of an inline {@code (elem ...)} of a table: expressions or function indices.
   *
   * @param type the table's reference type
   * @return the items as expressions
   */
  List<Expr> elementItems(ValType type) {
    return r.peek() == TokenKind.LPAREN ? expressionItems() : functionItems();
  }

  private List<Expr> functionItems() {
    List<Expr> items = new ArrayList<>();
    while (IndexSpace.atIndex(r)) {
      int f = ctx.funcs.resolve(r);
      ByteWriter w = new ByteWriter(8);
      w.u8(Opcode.REF_FUNC.code()).u32(f).u8(Opcode.END.code());
      items.add(new Expr(w.toByteArray(), -1, null));
    }
    return items;
  }

  private List<Expr> expressionItems() {
    List<Expr> items = new ArrayList<>();
    while (r.peek() == TokenKind.LPAREN) {
      if (r.acceptParen("item")) {
        items.add(new InstructionParser(ctx, new IndexSpace("local")).expression());
        r.expectRParen();
      } else {
        items.add(new InstructionParser(ctx, new IndexSpace("local")).foldedExpression());
      }
    }
    return items;
  }

  /** Parses a data segment field after its {@code (}. */
  void data() {
    r.expectKeyword("data");
    r.acceptId();
    int memory = 0;
    boolean hasMemory = false;
    if (r.acceptParen("memory")) {
      memory = ctx.memories.resolve(r);
      r.expectRParen();
      hasMemory = true;
    }
    Expr offset = offset();
    if (offset == null && hasMemory) {
      throw r.unexpected();
    }
    byte[] bytes = dataStrings();
    ctx.module.data.add(
        offset == null
            ? new DataSegment(SegmentMode.PASSIVE, 0, null, bytes)
            : new DataSegment(SegmentMode.ACTIVE, memory, offset, bytes));
  }

  /**
   * Reads {@code string*} and concatenates their bytes.
   *
   * @return the bytes
   */
  byte[] dataStrings() {
    ByteWriter w = new ByteWriter();
    while (r.peek() == TokenKind.STRING) {
      w.bytes(r.expectBytes());
    }
    return w.toByteArray();
  }

  /**
   * Returns the active data segment of an inline {@code (data ...)} of a memory.
   *
   * @param memory the memory index
   * @param bytes the contents
   * @param is64 whether the memory is 64-bit
   * @return the segment
   */
  DataSegment activeData(int memory, byte[] bytes, boolean is64) {
    return new DataSegment(SegmentMode.ACTIVE, memory, zeroOffset(is64), bytes);
  }
}

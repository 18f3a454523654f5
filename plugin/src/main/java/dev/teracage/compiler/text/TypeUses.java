package dev.teracage.compiler.text;

import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Value types, parameter and result lists, type uses and block types.
 *
 * <pre>
 * valtype  ::= i32 | i64 | f32 | f64 | v128 | funcref | externref | (ref null? heaptype)
 * typeuse  ::= (type x)? (param id? valtype | param valtype*)* (result valtype*)*
 * blocktype ::= (result valtype)? | typeuse
 * </pre>
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html#type-uses">Type uses</a>
 */
final class TypeUses {
  private TypeUses() {}

  /**
   * Tells whether a value type comes next.
   *
   * @param r the reader
   * @return true for a value type keyword or {@code (ref}
   */
  static boolean atValType(TokenReader r) {
    if (r.peek() == TokenKind.LPAREN) {
      return r.peekParen("ref");
    }
    return valTypeKeyword(r.lexer(), r.position()) != null;
  }

  private static ValType valTypeKeyword(Lexer lx, int t) {
    if (lx.kind(t) != TokenKind.KEYWORD) {
      return null;
    }
    return switch (lx.text(t)) {
      case "i32" -> ValType.I32;
      case "i64" -> ValType.I64;
      case "f32" -> ValType.F32;
      case "f64" -> ValType.F64;
      case "v128" -> ValType.V128;
      case "funcref" -> ValType.FUNCREF;
      case "externref" -> ValType.EXTERNREF;
      case "anyref" -> ValType.ref(true, ValType.ANY);
      case "eqref" -> ValType.ref(true, ValType.EQ);
      case "i31ref" -> ValType.ref(true, ValType.I31);
      case "structref" -> ValType.ref(true, ValType.STRUCT);
      case "arrayref" -> ValType.ref(true, ValType.ARRAY);
      case "exnref" -> ValType.ref(true, ValType.EXN);
      case "nullref" -> ValType.ref(true, ValType.NONE);
      case "nullexternref" -> ValType.ref(true, ValType.NOEXTERN);
      case "nullfuncref" -> ValType.ref(true, ValType.NOFUNC);
      case "nullexnref" -> ValType.ref(true, ValType.NOEXN);
      default -> null;
    };
  }

  /**
   * Reads a value type.
   *
   * @param r the reader
   * @param ctx the module, for type indices in reference types
   * @return the type
   */
  static ValType valType(TokenReader r, ModuleContext ctx) {
    ValType t = valTypeKeyword(r.lexer(), r.position());
    if (t != null) {
      r.next();
      return t;
    }
    if (!r.acceptParen("ref")) {
      throw r.unexpected();
    }
    boolean nullable = r.acceptKeyword("null");
    int heapType = heapType(r, ctx);
    r.expectRParen();
    return ValType.ref(nullable, heapType);
  }

  /**
   * Reads a reference type: {@code funcref}, {@code externref} or {@code (ref ...)}.
   *
   * @param r the reader
   * @param ctx the module
   * @return the type
   */
  static ValType refType(TokenReader r, ModuleContext ctx) {
    int at = r.position();
    ValType t = valType(r, ctx);
    if (!t.isRef()) {
      r.seek(at);
      throw r.unexpected();
    }
    return t;
  }

  /**
   * Reads a heap type: {@code func}, {@code extern} (and the 3.0 abstract types), or a type index.
   *
   * @param r the reader
   * @param ctx the module
   * @return the model's heap type code (negative) or the type index
   */
  static int heapType(TokenReader r, ModuleContext ctx) {
    if (r.peek() == TokenKind.KEYWORD) {
      int code = ValType.heapTypeOf(r.peekText(0));
      if (code == 0) {
        throw r.unexpected();
      }
      r.next();
      return code;
    }
    return ctx.types.resolve(r);
  }

  /**
   * Writes a value type in the binary format.
   *
   * @param out the writer
   * @param t the type
   */
  static void write(ByteWriter out, ValType t) {
    if (!t.isRef()) {
      out.u8(t.code());
    } else if (t.nullable() && t.heapType() < 0) {
      out.u8(t.heapType() & 0x7F);
    } else {
      out.u8(t.nullable() ? 0x63 : 0x64).s64(t.heapType());
    }
  }

  /**
   * Writes a heap type in the binary format.
   *
   * @param out the writer
   * @param heapType the heap type code or type index
   */
  static void writeHeapType(ByteWriter out, int heapType) {
    out.s64(heapType);
  }

  /**
   * Reads {@code (param ...)*}.
   *
   * @param r the reader
   * @param ctx the module
   * @param params receives the types
   * @param names receives one identifier token index (or -1) per parameter; {@code null} when
   *     parameters may not be named here
   */
  static void params(TokenReader r, ModuleContext ctx, List<ValType> params, List<Integer> names) {
    while (r.acceptParen("param")) {
      if (names != null && r.peek() == TokenKind.ID) {
        names.add(r.next());
        params.add(valType(r, ctx));
      } else {
        while (r.peek() != TokenKind.RPAREN) {
          params.add(valType(r, ctx));
          if (names != null) {
            names.add(-1);
          }
        }
      }
      r.expectRParen();
    }
  }

  /**
   * Reads {@code (result ...)*}.
   *
   * @param r the reader
   * @param ctx the module
   * @param results receives the types
   */
  static void results(TokenReader r, ModuleContext ctx, List<ValType> results) {
    while (r.acceptParen("result")) {
      while (r.peek() != TokenKind.RPAREN) {
        results.add(valType(r, ctx));
      }
      r.expectRParen();
    }
  }

  /**
   * Reads a function type's body, after {@code (func}: parameters and results.
   *
   * @param r the reader
   * @param ctx the module
   * @return the type
   */
  static FuncType funcType(TokenReader r, ModuleContext ctx) {
    List<ValType> params = new ArrayList<>();
    List<ValType> results = new ArrayList<>();
    params(r, ctx, params, new ArrayList<Integer>());
    results(r, ctx, results);
    return new FuncType(params, results);
  }

  /**
   * Reads a type use and returns its type index, appending an implicit type when needed.
   *
   * @param r the reader
   * @param ctx the module
   * @param names receives parameter identifier token indices (one per parameter, -1 when unnamed),
   *     or {@code null} when parameters may not be named
   * @return the type index
   */
  static int typeUse(TokenReader r, ModuleContext ctx, List<Integer> names) {
    int index = 0;
    boolean hasType = false;
    int at = r.position();
    if (r.acceptParen("type")) {
      index = ctx.types.resolve(r);
      hasType = true;
      r.expectRParen();
    }
    List<ValType> params = new ArrayList<>();
    List<ValType> results = new ArrayList<>();
    int inline = r.position();
    params(r, ctx, params, names);
    results(r, ctx, results);
    misplaced(r);
    boolean hasInline = r.position() != inline;
    if (!hasType) {
      return ctx.typeIndexOf(new FuncType(params, results));
    }
    if (Integer.compareUnsigned(index, ctx.typeList().size()) >= 0) {
      if (hasInline) {
        throw r.lexer().error(at + 2, "unknown type");
      }
      return index; // the validator reports it: "unknown type" makes the module invalid
    }
    FuncType declared = ctx.typeList().get(index);
    if (hasInline && !declared.equals(new FuncType(params, results))) {
      throw r.lexer().error(at, "inline function type");
    }
    if (!hasInline && names != null) {
      for (int i = 0; i < declared.params().size(); i++) {
        names.add(-1);
      }
    }
    return index;
  }

  /** Rejects {@code (type ...)} or {@code (param ...)} after the results of a type use. */
  private static void misplaced(TokenReader r) {
    if (r.peekParen("param") || r.peekParen("type") || r.peekParen("result")) {
      r.next();
      throw r.unexpected();
    }
  }

  /**
   * Reads a block type and writes its encoding: {@code 0x40}, a value type, or a type index.
   *
   * @param r the reader
   * @param ctx the module
   * @param out the writer
   */
  static void blockType(TokenReader r, ModuleContext ctx, ByteWriter out) {
    if (r.peekParen("type")) {
      out.s64(typeUse(r, ctx, null));
      return;
    }
    List<ValType> params = new ArrayList<>();
    List<ValType> results = new ArrayList<>();
    params(r, ctx, params, null);
    results(r, ctx, results);
    misplaced(r);
    if (params.isEmpty() && results.isEmpty()) {
      out.u8(0x40);
    } else if (params.isEmpty() && results.size() == 1) {
      write(out, results.get(0));
    } else {
      out.s64(ctx.typeIndexOf(new FuncType(params, results)));
    }
  }
}

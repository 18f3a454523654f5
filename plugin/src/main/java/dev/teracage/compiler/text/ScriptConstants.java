package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the constants of a WAST script: action arguments ({@link ScriptValue}) and {@code
 * assert_return} result patterns ({@link Expected}).
 *
 * <pre>
 * const  ::= (i32.const num) | (i64.const num) | (f32.const num) | (f64.const num)
 *          | (v128.const shape num*) | (ref.null heaptype) | (ref.extern num)
 * result ::= const | (f32.const nanpat) | (f64.const nanpat) | (v128.const fshape lanepat*)
 *          | (ref.func) | (ref.extern) | (either result*)
 *          | (ref.null) | (ref.host num) | (ref.any) | (ref.eq) | (ref.i31) | (ref.struct)
 *          | (ref.array) | (ref.exn)                                              (3.0)
 * nanpat ::= nan:canonical | nan:arithmetic
 * </pre>
 *
 * <p>Integers are kept zero-extended in {@link ScriptValue.Num#bits()} ({@code i32 -1} is {@code
 * 0xFFFFFFFF}), floats as their exact IEEE 754 bits.
 */
final class ScriptConstants {
  private final TokenReader in;
  private final Lexer lexer;

  /**
   * Creates a reader of constants.
   *
   * @param in the script's tokens
   */
  ScriptConstants(TokenReader in) {
    this.in = in;
    this.lexer = in.lexer();
  }

  /**
   * Reads an argument constant.
   *
   * @return the value
   * @throws MalformedException when the next tokens are not a constant
   */
  ScriptValue argument() {
    return ((Expected.Exact) read(false, false)).value();
  }

  /**
   * Reads a result pattern.
   *
   * @return the pattern: {@link Expected.Exact} for a plain constant
   * @throws MalformedException when the next tokens are not a result
   */
  Expected result() {
    return read(true, true);
  }

  /**
   * Reads a constant or, when {@code pattern}, a result pattern; {@code either} only when {@code
   * alternatives} (not nested, which also bounds the recursion).
   */
  private Expected read(boolean pattern, boolean alternatives) {
    in.expectLParen();
    int head = in.position();
    if (lexer.kind(head) != TokenKind.KEYWORD) {
      throw in.unexpected();
    }
    in.next();
    Expected e =
        switch (lexer.text(head)) {
          case "i32.const" -> exact(ValType.I32, NumberLiterals.i32(lexer, number()) & 0xFFFFFFFFL);
          case "i64.const" -> exact(ValType.I64, NumberLiterals.i64(lexer, number()));
          case "f32.const" -> floating(ValType.F32, pattern);
          case "f64.const" -> floating(ValType.F64, pattern);
          case "v128.const" -> vector(pattern);
          case "ref.null" ->
              pattern && in.peek() == TokenKind.RPAREN
                  ? new Expected.AnyNull()
                  : new Expected.Exact(new ScriptValue.RefNull(heapType()));
          case "ref.host" -> new Expected.Exact(new ScriptValue.RefHost(externId()));
          case "ref.extern" ->
              pattern && in.peek() == TokenKind.RPAREN
                  ? new Expected.AnyExternRef()
                  : new Expected.Exact(new ScriptValue.RefExtern(externId()));
          case "ref.func" -> {
            if (!pattern) {
              throw unexpectedAt(head);
            }
            yield new Expected.AnyFuncRef();
          }
          case "ref.any", "ref.eq", "ref.i31", "ref.struct", "ref.array", "ref.exn" -> {
            if (!pattern) {
              throw unexpectedAt(head);
            }
            yield new Expected.AnyRef(ValType.heapTypeOf(lexer.text(head).substring(4)));
          }
          case "either" -> {
            if (!alternatives) {
              throw unexpectedAt(head);
            }
            yield either();
          }
          default -> throw unexpectedAt(head);
        };
    in.expectRParen();
    return e;
  }

  private Expected either() {
    List<Expected> alternatives = new ArrayList<>();
    while (in.peek() == TokenKind.LPAREN) {
      alternatives.add(read(true, false));
    }
    if (alternatives.isEmpty()) {
      throw in.unexpected();
    }
    return new Expected.Either(alternatives);
  }

  private static Expected exact(ValType type, long bits) {
    return new Expected.Exact(new ScriptValue.Num(type, bits));
  }

  /** Reads the number token of a {@code fN.const}, which may be a NaN pattern in a result. */
  private Expected floating(ValType type, boolean pattern) {
    if (pattern) {
      Expected nan = nanPattern(type);
      if (nan != null) {
        in.next();
        return nan;
      }
    }
    int token = number();
    return type == ValType.F32
        ? exact(type, NumberLiterals.f32(lexer, token) & 0xFFFFFFFFL)
        : exact(type, NumberLiterals.f64(lexer, token));
  }

  /** Returns the NaN pattern the next token names, without consuming it, or {@code null}. */
  private Expected nanPattern(ValType type) {
    if (in.peekKeyword("nan:canonical")) {
      return new Expected.CanonicalNan(type);
    }
    if (in.peekKeyword("nan:arithmetic")) {
      return new Expected.ArithmeticNan(type);
    }
    return null;
  }

  /** Reads {@code shape lane*} of a {@code v128.const}: exact bits, or per-lane patterns. */
  private Expected vector(boolean pattern) {
    int shapeToken = in.position();
    VectorShape shape =
        VectorShape.of(lexer.kind(shapeToken) == TokenKind.KEYWORD ? lexer.text(shapeToken) : "");
    if (shape == null) {
      throw in.unexpected();
    }
    in.next();
    long[] halves = new long[2];
    List<Expected> lanes = new ArrayList<>(shape.laneCount());
    boolean nanLane = false;
    for (int lane = 0; lane < shape.laneCount(); lane++) {
      Expected nan = pattern && shape.laneType() != null ? nanPattern(shape.laneType()) : null;
      if (nan != null) {
        in.next();
        nanLane = true;
        lanes.add(nan);
        continue;
      }
      if (in.peek() == TokenKind.RPAREN) {
        throw in.error("wrong number of lane literals");
      }
      long bits = lane(shape, number());
      shape.put(halves, lane, bits);
      lanes.add(exact(shape.laneType() == null ? ValType.I64 : shape.laneType(), bits));
    }
    if (in.peek() != TokenKind.RPAREN) {
      throw in.error("wrong number of lane literals");
    }
    if (nanLane) {
      return new Expected.Lanes(shape.keyword(), lanes);
    }
    return new Expected.Exact(new ScriptValue.Vec(halves[0], halves[1]));
  }

  /** Parses one lane literal to its bits, zero-extended from the lane width. */
  private long lane(VectorShape shape, int token) {
    if (shape.laneType() == ValType.F32) {
      return NumberLiterals.f32(lexer, token) & 0xFFFFFFFFL;
    }
    if (shape.laneType() == ValType.F64) {
      return NumberLiterals.f64(lexer, token);
    }
    try {
      return NumberLiterals.integer(lexer.text(token), shape.laneBits()) & shape.laneMask();
    } catch (MalformedException e) {
      throw e.at(lexer.location(token));
    }
  }

  /** Reads the heap type of {@code ref.null}: an abstract heap type keyword. */
  private int heapType() {
    int token = in.position();
    if (lexer.kind(token) == TokenKind.KEYWORD) {
      int heapType = ValType.heapTypeOf(lexer.text(token));
      if (heapType != 0) {
        in.next();
        return heapType;
      }
    }
    throw in.unexpected();
  }

  /** Reads the host reference number of {@code ref.extern}: a natural number. */
  private long externId() {
    int token = number();
    String text = lexer.text(token);
    if (text.startsWith("-") || text.startsWith("+")) {
      throw lexer.error(token, "unknown operator");
    }
    return NumberLiterals.i64(lexer, token);
  }

  /** Consumes a number token. */
  private int number() {
    if (in.peek() != TokenKind.NUMBER) {
      throw in.unexpected();
    }
    return in.next();
  }

  private MalformedException unexpectedAt(int token) {
    in.seek(token);
    return in.unexpected();
  }
}

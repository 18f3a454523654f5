package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Opcode;

/**
 * Validates constant expressions: global initializers, element segment entries and offsets, data
 * segment offsets. As in the reference interpreter, every instruction is first checked to be
 * constant ("constant expression required", "unknown global"), then the sequence is typed like a
 * block producing the expected type ("type mismatch").
 *
 * <p>Constant instructions are {@code t.const}, {@code ref.null}, {@code ref.func}, {@code
 * global.get} of an imported immutable global (the 2.0 rule: only imports are visible), and the
 * extended constant arithmetic of 3.0 ({@code i32}/{@code i64} {@code add}, {@code sub}, {@code
 * mul}).
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions">Constant
 *     expressions</a>
 */
final class ConstantExpressions {
  private final Context context;
  private final CodeReader reader = new CodeReader(true);
  private final TypeStack stack = new TypeStack();

  ConstantExpressions(Context context) {
    this.context = context;
  }

  /**
   * Marks every function an expression names with {@code ref.func} as declared (C.refs).
   *
   * @param expr a constant expression
   * @param refs one flag per function index
   */
  void declareReferences(Expr expr, boolean[] refs) {
    if (expr == null) {
      return;
    }
    reader.reset(expr);
    while (reader.hasNext()) {
      if (reader.next() == Opcode.REF_FUNC) {
        int f = reader.functionIndex();
        if (f >= 0 && f < refs.length) {
          refs[f] = true;
        }
      }
    }
  }

  /**
   * Checks that an expression is constant and produces one value of a type.
   *
   * @param expr the expression
   * @param type the expected type code
   * @throws InvalidException when it is not, located at the offending instruction
   */
  void check(Expr expr, int type) {
    if (expr == null) {
      throw new InvalidException("type mismatch", Location.UNKNOWN);
    }
    int position = 0;
    try {
      reader.reset(expr);
      while (reader.hasNext()) {
        Opcode op = reader.next();
        position = reader.position();
        checkConstant(op);
        if (op == Opcode.END) {
          break;
        }
      }
      stack.reset();
      stack.pushFrame(TypeStack.FUNCTION, Types.EMPTY, Types.SINGLE[type]);
      reader.reset(expr);
      while (reader.hasNext()) {
        Opcode op = reader.next();
        position = reader.position();
        if (op == Opcode.END) {
          stack.popFrame();
          break;
        }
        type(op);
      }
      if (reader.hasNext() || stack.frameCount() != 0) {
        throw new MalformedException("END opcode expected", Where.at(expr, reader.nextPosition()));
      }
    } catch (InvalidException e) {
      throw e.location() == Location.UNKNOWN ? e.at(Where.at(expr, position)) : e;
    }
  }

  private void checkConstant(Opcode op) {
    switch (op) {
      case I32_CONST, I64_CONST, F32_CONST, F64_CONST, V128_CONST, REF_NULL, REF_FUNC, END -> {}
      case I32_ADD, I32_SUB, I32_MUL, I64_ADD, I64_SUB, I64_MUL -> {}
      case GLOBAL_GET -> {
        int g = reader.globalIndex();
        if (g < 0 || g >= context.importedGlobalCount) {
          throw Context.unknown("global", g);
        }
        if (context.globalMutable[g]) {
          throw new InvalidException("constant expression required", Location.UNKNOWN);
        }
      }
      default -> throw new InvalidException("constant expression required", Location.UNKNOWN);
    }
  }

  private void type(Opcode op) {
    switch (op) {
      case REF_NULL -> {
        int t = Types.ofHeapType(reader.heapType());
        if (t == Types.UNSUPPORTED) {
          throw new InvalidException(
              "unsupported: typed references (WebAssembly 3.0)", Location.UNKNOWN);
        }
        stack.push(t);
      }
      case REF_FUNC -> {
        context.funcType(reader.functionIndex());
        stack.push(Types.FUNCREF);
      }
      case GLOBAL_GET -> stack.push(context.globalTypes[reader.globalIndex()]);
      default -> {
        int[] params = Signatures.params(op);
        stack.pop(params);
        stack.push(Signatures.result(op));
      }
    }
  }
}

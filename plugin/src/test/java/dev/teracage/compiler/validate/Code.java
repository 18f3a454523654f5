package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/** Test helper: writes instruction sequences with {@link ByteWriter} and wraps them in modules. */
final class Code {
  private final ByteWriter w = new ByteWriter();

  static Code of() {
    return new Code();
  }

  /** Writes an opcode (with its prefix) followed by u32 immediates. */
  Code op(Opcode op, int... u32s) {
    if (op.prefix() != Opcode.NO_PREFIX) {
      w.u8(op.prefix()).u32(op.code());
    } else {
      w.u8(op.code());
    }
    for (int v : u32s) {
      w.u32(v);
    }
    return this;
  }

  Code i32(int v) {
    w.u8(Opcode.I32_CONST.code()).s64(v);
    return this;
  }

  Code i64(long v) {
    w.u8(Opcode.I64_CONST.code()).s64(v);
    return this;
  }

  Code f32(float v) {
    w.u8(Opcode.F32_CONST.code()).f32(Float.floatToRawIntBits(v));
    return this;
  }

  Code f64(double v) {
    w.u8(Opcode.F64_CONST.code()).f64(Double.doubleToRawLongBits(v));
    return this;
  }

  Code v128() {
    op(Opcode.V128_CONST);
    for (int i = 0; i < 16; i++) {
      w.u8(0);
    }
    return this;
  }

  /** Writes raw bytes (block types, lane indices, reserved zero bytes). */
  Code raw(int... bytes) {
    for (int b : bytes) {
      w.u8(b);
    }
    return this;
  }

  /** Writes a memarg: alignment exponent and offset. */
  Code memarg(int align, int offset) {
    w.u32(align).u32(offset);
    return this;
  }

  /** Writes a 3.0 memarg naming a memory (flag bit 6) with a u64 offset. */
  Code memarg(int align, int memory, long offset) {
    w.u32(align | 0x40).u32(memory).u64(offset);
    return this;
  }

  Code end() {
    w.u8(Opcode.END.code());
    return this;
  }

  Expr expr() {
    return new Expr(w.toByteArray(), -1, null);
  }

  Expr exprAt(long offset) {
    return new Expr(w.toByteArray(), offset, null);
  }

  /** Value types from signature letters: i I f F v, r = funcref, e = externref. */
  static List<ValType> types(String letters) {
    List<ValType> result = new ArrayList<>();
    for (char c : letters.toCharArray()) {
      result.add(
          switch (c) {
            case 'i' -> ValType.I32;
            case 'I' -> ValType.I64;
            case 'f' -> ValType.F32;
            case 'F' -> ValType.F64;
            case 'v' -> ValType.V128;
            case 'r' -> ValType.FUNCREF;
            case 'e' -> ValType.EXTERNREF;
            default -> throw new IllegalArgumentException(String.valueOf(c));
          });
    }
    return result;
  }

  /** A function type from a signature like {@code "ii:i"}. */
  static FuncType type(String signature) {
    int colon = signature.indexOf(':');
    return new FuncType(
        types(signature.substring(0, colon)), types(signature.substring(colon + 1)));
  }

  /** Adds a type and a function of that type with this body (ending with its own end). */
  static int addFunction(Module.Builder b, String signature, String locals, Code body) {
    b.types.add(type(signature));
    b.functions.add(b.types.size() - 1);
    List<Local> runs = new ArrayList<>();
    for (ValType t : types(locals)) {
      if (!runs.isEmpty() && runs.getLast().type().equals(t)) {
        runs.set(runs.size() - 1, new Local(runs.getLast().count() + 1, t));
      } else {
        runs.add(new Local(1, t));
      }
    }
    b.codes.add(new FunctionBody(runs, body.expr()));
    long imported = b.imports.stream().filter(i -> i.desc().kind() == ExternKind.FUNC).count();
    return (int) imported + b.functions.size() - 1;
  }

  /** A module with just one function with this body. */
  static Module function(String signature, String locals, Code body) {
    Module.Builder b = Module.builder();
    addFunction(b, signature, locals, body);
    return b.build();
  }

  /** Asserts that validation fails with exactly this reason; returns the exception. */
  static InvalidException assertInvalid(String reason, Module module) {
    InvalidException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidException.class, () -> Validator.validate(module));
    org.junit.jupiter.api.Assertions.assertEquals(reason, e.reason(), e::getMessage);
    return e;
  }
}

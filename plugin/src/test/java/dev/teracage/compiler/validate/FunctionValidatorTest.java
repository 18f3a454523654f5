package dev.teracage.compiler.validate;

import static dev.teracage.compiler.model.Opcode.*;
import static dev.teracage.compiler.validate.Code.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Names;
import dev.teracage.compiler.model.SourceMap;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionValidatorTest {
  private static void valid(String signature, String locals, Code body) {
    Validator.validate(Code.function(signature, locals, body));
  }

  private static void invalid(String reason, String signature, String locals, Code body) {
    assertInvalid(reason, Code.function(signature, locals, body));
  }

  @Test
  void numericInstructionsPopTheirOperandsAndPushTheirResult() {
    valid("ii:i", "", Code.of().op(LOCAL_GET, 0).op(LOCAL_GET, 1).op(I32_ADD).end());
    valid(":I", "", Code.of().i32(1).op(I64_EXTEND_I32_S).i64(2).op(I64_MUL).end());
    valid(":i", "", Code.of().f32(1).f32(2).op(F32_LT).end());
    valid(":F", "", Code.of().f64(1).op(F64_NEG).end());
    valid(":i", "", Code.of().f32(1).op(I32_TRUNC_SAT_F32_S).end());
  }

  @Test
  void wrongOperandTypeIsATypeMismatch() {
    invalid("type mismatch", ":i", "", Code.of().i32(1).i64(2).op(I32_ADD).end());
    invalid("type mismatch", ":F", "", Code.of().f32(1).op(F64_NEG).end());
  }

  @Test
  void missingOperandIsATypeMismatch() {
    invalid("type mismatch", ":i", "", Code.of().i32(1).op(I32_ADD).end());
    invalid("type mismatch", ":", "", Code.of().op(DROP).end());
  }

  @Test
  void resultsMustMatchTheFunctionType() {
    invalid("type mismatch", ":i", "", Code.of().end());
    invalid("type mismatch", ":", "", Code.of().i32(1).end());
    invalid("type mismatch", ":i", "", Code.of().i64(1).end());
    invalid("type mismatch", ":i", "", Code.of().i32(1).i32(2).end());
  }

  @Test
  void unreachableMakesTheStackPolymorphic() {
    valid(":i", "", Code.of().op(UNREACHABLE).op(I32_ADD).end());
    valid(":I", "", Code.of().op(UNREACHABLE).end());
    valid(":", "", Code.of().op(UNREACHABLE).op(DROP).op(SELECT).op(DROP).end());
    invalid("type mismatch", ":i", "", Code.of().op(UNREACHABLE).i64(0).op(I32_ADD).end());
    invalid("type mismatch", ":", "", Code.of().op(UNREACHABLE).i32(0).end());
  }

  @Test
  void brAndReturnMakeTheStackPolymorphic() {
    valid(":i", "", Code.of().i32(1).op(RETURN).op(F64_ADD).op(DROP).i32(0).end());
    valid(":", "", Code.of().op(BLOCK).raw(0x40).op(BR, 0).op(I32_ADD).op(DROP).end().end());
    invalid("type mismatch", ":i", "", Code.of().i64(1).op(RETURN).end());
  }

  @Test
  void blocksTakeAndReturnTheirTypes() {
    valid(":i", "", Code.of().op(BLOCK).raw(0x7F).i32(1).end().end());
    invalid("type mismatch", ":i", "", Code.of().op(BLOCK).raw(0x7F).end().end());
    invalid("type mismatch", ":", "", Code.of().i32(1).op(BLOCK).raw(0x40).op(DROP).end().end());
  }

  @Test
  void multiValueBlockTypesUseTypeIndices() {
    Module.Builder b = Module.builder();
    b.types.add(Code.type("ii:i"));
    Code body = Code.of().i32(1).i32(2).op(BLOCK).raw(0x00).op(I32_ADD).end().end();
    Code.addFunction(b, ":i", "", body);
    Validator.validate(b.build());

    Module.Builder loop = Module.builder();
    loop.types.add(Code.type("i:i"));
    Code.addFunction(loop, ":i", "", Code.of().i32(1).op(LOOP).raw(0x00).end().end());
    Validator.validate(loop.build());

    Module.Builder unknown = Module.builder();
    Code.addFunction(unknown, ":", "", Code.of().op(BLOCK).raw(0x05).end().end());
    assertInvalid("unknown type 5", unknown.build());
  }

  @Test
  void ifWithoutElseNeedsEqualParamsAndResults() {
    valid(":", "", Code.of().i32(1).op(IF).raw(0x40).end().end());
    valid(":i", "", Code.of().i32(1).op(IF).raw(0x7F).i32(1).op(ELSE).i32(2).end().end());
    invalid("type mismatch", ":i", "", Code.of().i32(1).op(IF).raw(0x7F).i32(1).end().end());
    invalid(
        "type mismatch",
        ":i",
        "",
        Code.of().i32(1).op(IF).raw(0x7F).i32(1).op(ELSE).i64(2).end().end());
    invalid("type mismatch", ":", "", Code.of().op(IF).raw(0x40).end().end());
  }

  @Test
  void loopLabelsCarryTheParameters() {
    valid(":", "", Code.of().op(LOOP).raw(0x40).op(BR, 0).end().end());
    invalid("type mismatch", ":", "", Code.of().op(LOOP).raw(0x7F).i32(1).op(BR, 0).end().end());
  }

  @Test
  void brIfKeepsTheLabelTypes() {
    valid(":i", "", Code.of().op(BLOCK).raw(0x7F).i32(1).i32(0).op(BR_IF, 0).end().end());
    invalid(
        "type mismatch",
        ":i",
        "",
        Code.of().op(BLOCK).raw(0x7F).i64(1).i32(0).op(BR_IF, 0).end().end());
  }

  @Test
  void labelsMustExist() {
    invalid("unknown label 1", ":", "", Code.of().op(BR, 1).end());
    invalid("unknown label 2", ":", "", Code.of().op(BLOCK).raw(0x40).op(BR, 2).end().end());
    invalid("unknown label 1", ":", "", Code.of().i32(0).op(BR_TABLE, 1, 0, 1).end());
  }

  @Test
  void brTableTargetsMustAgree() {
    Code good = Code.of().op(BLOCK).raw(0x7F).op(BLOCK).raw(0x7F).i32(1).i32(0);
    valid(":i", "", good.op(BR_TABLE, 1, 0, 1).end().end().end());
    Code arity =
        Code.of().op(BLOCK).raw(0x40).op(BLOCK).raw(0x7F).i32(1).i32(0).op(BR_TABLE, 1, 0, 1);
    invalid("type mismatch", ":", "", arity.end().op(DROP).end().end());
    Code unreachable = Code.of().op(BLOCK).raw(0x7F).op(UNREACHABLE).op(BR_TABLE, 1, 0, 1);
    invalid("type mismatch", ":", "", unreachable.end().op(DROP).end());
  }

  @Test
  void brTableAfterUnreachableKeepsUnknownOperands() {
    Code unknown = Code.of().op(BLOCK).raw(0x7D).op(BLOCK).raw(0x7E).op(UNREACHABLE);
    valid(":", "", unknown.op(BR_TABLE, 1, 0, 1).end().op(DROP).f32(0).end().op(DROP).end());
    Code known = Code.of().op(BLOCK).raw(0x7D).op(BLOCK).raw(0x7E).op(UNREACHABLE).f32(0).i32(0);
    invalid(
        "type mismatch",
        ":",
        "",
        known.op(BR_TABLE, 1, 1, 0).end().op(DROP).f32(0).end().op(DROP).end());
  }

  @Test
  void untypedSelectTakesNumbersOrVectors() {
    valid(":i", "", Code.of().i32(1).i32(2).i32(0).op(SELECT).end());
    valid(":v", "", Code.of().v128().v128().i32(0).op(SELECT).end());
    invalid("type mismatch", ":i", "", Code.of().i32(1).i64(2).i32(0).op(SELECT).end());
    invalid(
        "type mismatch",
        ":",
        "",
        Code.of().op(REF_NULL).raw(0x70).op(REF_NULL).raw(0x70).i32(0).op(SELECT).op(DROP).end());
    invalid(
        "type mismatch",
        ":",
        "",
        Code.of().op(UNREACHABLE).op(REF_NULL).raw(0x70).i32(0).op(SELECT).op(DROP).end());
  }

  @Test
  void typedSelectNeedsExactlyOneType() {
    valid(
        ":r",
        "",
        Code.of()
            .op(REF_NULL)
            .raw(0x70)
            .op(REF_NULL)
            .raw(0x70)
            .i32(0)
            .op(SELECT_T, 1)
            .raw(0x70)
            .end());
    invalid("invalid result arity", ":", "", Code.of().op(SELECT_T, 0).end());
    invalid("invalid result arity", ":", "", Code.of().op(SELECT_T, 2).raw(0x7F, 0x7F).end());
  }

  @Test
  void localsAreParametersThenDeclaredLocals() {
    valid("i:I", "fI", Code.of().op(LOCAL_GET, 2).op(LOCAL_GET, 0).op(DROP).end());
    valid("i:i", "", Code.of().i32(3).op(LOCAL_TEE, 0).end());
    invalid("unknown local 3", "i:", "fI", Code.of().op(LOCAL_GET, 3).op(DROP).end());
    invalid("type mismatch", "i:", "f", Code.of().i32(1).op(LOCAL_SET, 1).end());
    invalid("unknown local 4294967295", ":", "", Code.of().op(LOCAL_GET, -1).op(DROP).end());
  }

  @Test
  void manyLocalsAreLookedUpWithoutExpandingThemAll() {
    Module.Builder b = Module.builder();
    b.types.add(Code.type(":F"));
    b.functions.add(0);
    List<Local> locals =
        List.of(new Local(100_000, ValType.I32), new Local(3_000_000_000L, ValType.F64));
    b.codes.add(new FunctionBody(locals, Code.of().op(LOCAL_GET, 2_000_000_000).end().expr()));
    Validator.validate(b.build());
  }

  @Test
  void manyParametersAndLocals() {
    String params = "I".repeat(70_000);
    valid(params + ":I", "ff", Code.of().op(LOCAL_GET, 69_999).end());
    valid(params + ":f", "ff", Code.of().op(LOCAL_GET, 70_001).end());
    invalid("unknown local 70002", params + ":", "ff", Code.of().op(LOCAL_GET, 70_002).end());
  }

  @Test
  void globalsMustExistAndBeMutableToSet() {
    Module.Builder b = Module.builder();
    b.globals.add(new Global(new GlobalType(ValType.I32, false), Code.of().i32(0).end().expr()));
    b.globals.add(new Global(new GlobalType(ValType.I64, true), Code.of().i64(0).end().expr()));
    Code.addFunction(
        b, ":", "", Code.of().i64(1).op(GLOBAL_SET, 1).op(GLOBAL_GET, 0).op(DROP).end());
    Validator.validate(b.build());

    Module.Builder immutable = Module.builder();
    immutable.globals.add(b.globals.get(0));
    Code.addFunction(immutable, ":", "", Code.of().i32(1).op(GLOBAL_SET, 0).end());
    assertInvalid("global is immutable", immutable.build());

    invalid("unknown global 0", ":", "", Code.of().op(GLOBAL_GET, 0).op(DROP).end());
  }

  @Test
  void callsUseTheCalleeType() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, "iI:f", "", Code.of().f32(0).end());
    Code.addFunction(b, ":f", "", Code.of().i32(1).i64(2).op(CALL, 0).end());
    Validator.validate(b.build());

    Module.Builder wrong = Module.builder();
    Code.addFunction(wrong, "iI:f", "", Code.of().f32(0).end());
    Code.addFunction(wrong, ":f", "", Code.of().i64(2).i32(1).op(CALL, 0).end());
    assertInvalid("type mismatch", wrong.build());

    invalid("unknown function 7", ":", "", Code.of().op(CALL, 7).end());
  }

  @Test
  void errorsSayTheFunctionNameAndOffset() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, ":", "", Code.of().end());
    b.types.add(Code.type(":"));
    b.functions.add(0);
    b.codes.add(new FunctionBody(List.of(), Code.of().op(NOP).op(LOCAL_GET, 0).end().exprAt(0x40)));
    b.names = new Names(null, Map.of(1, "second"), Map.of());
    InvalidException e = assertInvalid("unknown local 0", b.build());
    assertEquals(1, e.functionIndex());
    assertEquals("second", e.location().functionName());
    assertEquals(0x41, e.offset());
  }

  @Test
  void errorsInTextModulesSayLineAndColumn() {
    Module.Builder b = Module.builder();
    b.types.add(Code.type(":"));
    b.functions.add(0);
    byte[] code = Code.of().i32(1).op(I64_EQZ).op(DROP).end().expr().code();
    SourceMap map = new SourceMap(new int[] {0, 2, 3}, new int[] {3, 4, 5}, new int[] {7, 9, 11});
    b.codes.add(new FunctionBody(List.of(), new Expr(code, -1, map)));
    InvalidException e = assertInvalid("type mismatch", b.build());
    assertEquals(4, e.location().line());
    assertEquals(9, e.location().column());
  }

  @Test
  void codeAfterTheFinalEndIsMalformed() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, ":", "", Code.of().end().op(NOP).end());
    assertThrows(MalformedException.class, () -> Validator.validate(b.build()));
    Module.Builder open = Module.builder();
    Code.addFunction(open, ":", "", Code.of().op(BLOCK).raw(0x40).end());
    assertThrows(MalformedException.class, () -> Validator.validate(open.build()));
    Module.Builder orphanElse = Module.builder();
    Code.addFunction(orphanElse, ":", "", Code.of().op(ELSE).end());
    assertThrows(MalformedException.class, () -> Validator.validate(orphanElse.build()));
  }

  @Test
  void tailCallsNeedTheCallerResults() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, ":i", "", Code.of().op(RETURN_CALL, 0).end());
    Validator.validate(b.build());
    Module.Builder wrong = Module.builder();
    Code.addFunction(wrong, ":i", "", Code.of().i32(0).end());
    Code.addFunction(wrong, ":I", "", Code.of().op(RETURN_CALL, 0).end());
    assertInvalid("type mismatch", wrong.build());
  }

  @Test
  void unsupportedInstructionsAreInvalidNotCrashes() {
    InvalidException e =
        assertThrows(
            InvalidException.class,
            () -> Validator.validate(Code.function(":", "", Code.of().op(THROW, 0).end())));
    assertEquals("unsupported instruction throw (WebAssembly 3.0)", e.reason());
  }
}

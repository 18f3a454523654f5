package dev.teracage.compiler.validate;

import static dev.teracage.compiler.model.Opcode.*;
import static dev.teracage.compiler.validate.Code.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantExpressionsTest {
  private static Module global(ValType type, Code init, Import... imports) {
    Module.Builder b = Module.builder();
    b.imports.addAll(List.of(imports));
    b.globals.add(new Global(new GlobalType(type, false), init.expr()));
    return b.build();
  }

  private static Import importedGlobal(ValType type, boolean mutable) {
    return new Import("m", "g", new ImportDesc.Global(new GlobalType(type, mutable)));
  }

  @Test
  void constantInstructionsAreAccepted() {
    Validator.validate(global(ValType.I32, Code.of().i32(1).end()));
    Validator.validate(global(ValType.I64, Code.of().i64(1).end()));
    Validator.validate(global(ValType.F32, Code.of().f32(1).end()));
    Validator.validate(global(ValType.F64, Code.of().f64(1).end()));
    Validator.validate(global(ValType.V128, Code.of().v128().end()));
    Validator.validate(global(ValType.EXTERNREF, Code.of().op(REF_NULL).raw(0x6F).end()));
    Validator.validate(
        global(ValType.I32, Code.of().op(GLOBAL_GET, 0).end(), importedGlobal(ValType.I32, false)));
  }

  @Test
  void extendedConstantArithmeticIsAccepted() {
    Validator.validate(global(ValType.I32, Code.of().i32(1).i32(2).op(I32_ADD).end()));
    Validator.validate(global(ValType.I64, Code.of().i64(1).i64(2).op(I64_MUL).end()));
  }

  @Test
  void otherInstructionsAreNotConstant() {
    assertInvalid(
        "constant expression required", global(ValType.I32, Code.of().i32(0).op(I32_CTZ).end()));
    assertInvalid("constant expression required", global(ValType.I32, Code.of().op(NOP).end()));
    assertInvalid(
        "constant expression required", global(ValType.I32, Code.of().i32(0).op(NOP).end()));
    assertInvalid(
        "constant expression required", global(ValType.F32, Code.of().f32(0).op(F32_NEG).end()));
  }

  @Test
  void globalGetReadsImmutableImportsOnly() {
    assertInvalid(
        "constant expression required",
        global(ValType.I32, Code.of().op(GLOBAL_GET, 0).end(), importedGlobal(ValType.I32, true)));
    assertInvalid("unknown global 0", global(ValType.I32, Code.of().op(GLOBAL_GET, 0).end()));
    Module.Builder defined = Module.builder();
    defined.globals.add(
        new Global(new GlobalType(ValType.I32, false), Code.of().i32(0).end().expr()));
    defined.globals.add(
        new Global(new GlobalType(ValType.I32, false), Code.of().op(GLOBAL_GET, 0).end().expr()));
    assertInvalid("unknown global 0", defined.build());
  }

  @Test
  void theValueMustHaveTheExpectedType() {
    assertInvalid("type mismatch", global(ValType.I32, Code.of().end()));
    assertInvalid("type mismatch", global(ValType.I32, Code.of().i64(0).end()));
    assertInvalid("type mismatch", global(ValType.I32, Code.of().i32(0).i32(0).end()));
    assertInvalid(
        "type mismatch",
        global(
            ValType.FUNCREF,
            Code.of().op(GLOBAL_GET, 0).end(),
            importedGlobal(ValType.EXTERNREF, false)));
    assertInvalid("unknown function 0", global(ValType.FUNCREF, Code.of().op(REF_FUNC, 0).end()));
  }

  @Test
  void errorsPointAtTheInstruction() {
    Module.Builder b = Module.builder();
    b.globals.add(
        new Global(
            new GlobalType(ValType.I32, false), Code.of().i32(0).op(NOP).end().exprAt(0x100)));
    InvalidException e = assertInvalid("constant expression required", b.build());
    assertEquals(0x102, e.offset());
  }

  @Test
  void segmentOffsetsAreConstantI32() {
    Module.Builder data = Module.builder();
    data.memories.add(new MemoryType(Limits.of(1, Limits.NO_MAX)));
    data.data.add(
        new DataSegment(SegmentMode.ACTIVE, 0, Code.of().i64(0).end().expr(), new byte[0]));
    assertInvalid("type mismatch", data.build());

    Module.Builder elem = Module.builder();
    elem.tables.add(new Table(new TableType(ValType.FUNCREF, Limits.of(1, 1)), null));
    elem.elements.add(
        new ElementSegment(
            SegmentMode.ACTIVE, 0, Code.of().op(NOP).end().expr(), ValType.FUNCREF, List.of()));
    assertInvalid("constant expression required", elem.build());
  }
}

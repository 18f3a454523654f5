package dev.teracage.compiler.validate;

import static dev.teracage.compiler.model.Opcode.*;
import static dev.teracage.compiler.validate.Code.assertInvalid;

import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import org.junit.jupiter.api.Test;

class TableAndMemoryTest {
  private static Module withMemory(String signature, Code body) {
    Module.Builder b = Module.builder();
    b.memories.add(new MemoryType(Limits.of(1, Limits.NO_MAX)));
    Code.addFunction(b, signature, "", body);
    return b.build();
  }

  private static Module withTables(String signature, Code body) {
    Module.Builder b = Module.builder();
    b.tables.add(new Table(new TableType(ValType.FUNCREF, Limits.of(1, Limits.NO_MAX)), null));
    b.tables.add(new Table(new TableType(ValType.EXTERNREF, Limits.of(1, Limits.NO_MAX)), null));
    Code.addFunction(b, signature, "", body);
    return b.build();
  }

  @Test
  void loadsAndStoresTakeAnAddress() {
    Validator.validate(withMemory(":I", Code.of().i32(0).op(I64_LOAD).memarg(3, 0).end()));
    Validator.validate(withMemory(":", Code.of().i32(0).f32(1).op(F32_STORE).memarg(2, 8).end()));
    assertInvalid(
        "type mismatch", withMemory(":I", Code.of().i64(0).op(I64_LOAD).memarg(3, 0).end()));
    assertInvalid(
        "type mismatch", withMemory(":", Code.of().f32(1).i32(0).op(F32_STORE).memarg(2, 0).end()));
  }

  @Test
  void memory64UsesI64Addresses() {
    Module.Builder b = Module.builder();
    b.memories.add(new MemoryType(new Limits(1, Limits.NO_MAX, true, false)));
    Code body =
        Code.of().i64(0).op(I32_LOAD).memarg(2, 0, 1L << 40).op(DROP).op(MEMORY_SIZE).raw(0).end();
    Code.addFunction(b, ":I", "", body);
    Validator.validate(b.build());
    Module.Builder wrong = Module.builder();
    wrong.memories.addAll(b.memories);
    Code.addFunction(wrong, ":i", "", Code.of().i32(0).op(I32_LOAD).memarg(2, 0).end());
    assertInvalid("type mismatch", wrong.build());
  }

  @Test
  void alignmentMustNotExceedTheAccessSize() {
    Validator.validate(withMemory(":i", Code.of().i32(0).op(I32_LOAD8_U).memarg(0, 0).end()));
    assertInvalid(
        "alignment must not be larger than natural",
        withMemory(":i", Code.of().i32(0).op(I32_LOAD8_U).memarg(1, 0).end()));
    assertInvalid(
        "alignment must not be larger than natural",
        withMemory(":i", Code.of().i32(0).op(I32_LOAD).memarg(3, 0).end()));
    assertInvalid(
        "alignment must not be larger than natural",
        withMemory(":i", Code.of().i32(0).op(I32_LOAD).memarg(31, 0).end()));
  }

  @Test
  void memargsInTheMultiMemoryEncodingAreChecked() {
    Validator.validate(withMemory(":i", Code.of().i32(0).op(I32_LOAD).memarg(2, 0, 8).end()));
    assertInvalid(
        "unknown memory 1", withMemory(":i", Code.of().i32(0).op(I32_LOAD).memarg(2, 1, 0).end()));
    assertInvalid(
        "offset out of range",
        withMemory(":i", Code.of().i32(0).op(I32_LOAD).memarg(2, 0, 1L << 32).end()));
  }

  @Test
  void memoryInstructionsNeedAMemory() {
    assertInvalid(
        "unknown memory 0",
        Code.function(":i", "", Code.of().i32(0).op(I32_LOAD).memarg(2, 0).end()));
    assertInvalid(
        "unknown memory 0", Code.function(":i", "", Code.of().op(MEMORY_SIZE).raw(0).end()));
    assertInvalid(
        "unknown memory 0",
        Code.function(":", "", Code.of().i32(0).i32(0).i32(0).op(MEMORY_COPY).raw(0, 0).end()));
  }

  @Test
  void memorySizeGrowFillCopy() {
    Code body =
        Code.of()
            .op(MEMORY_SIZE)
            .raw(0)
            .op(MEMORY_GROW)
            .raw(0)
            .op(DROP)
            .i32(0)
            .i32(0)
            .i32(0)
            .op(MEMORY_FILL)
            .raw(0)
            .i32(0)
            .i32(0)
            .i32(0)
            .op(MEMORY_COPY)
            .raw(0, 0)
            .end();
    Validator.validate(withMemory(":", body));
    assertInvalid(
        "type mismatch",
        withMemory(":", Code.of().i32(0).i64(0).i32(0).op(MEMORY_FILL).raw(0).end()));
  }

  @Test
  void tableInstructionsUseTheTableType() {
    Code body =
        Code.of()
            .i32(0)
            .op(TABLE_GET, 0)
            .op(DROP)
            .i32(0)
            .op(REF_NULL)
            .raw(0x6F)
            .op(TABLE_SET, 1)
            .op(REF_NULL)
            .raw(0x70)
            .i32(1)
            .op(TABLE_GROW, 0)
            .op(TABLE_SIZE, 1)
            .op(I32_ADD)
            .op(DROP)
            .i32(0)
            .op(REF_NULL)
            .raw(0x6F)
            .i32(1)
            .op(TABLE_FILL, 1)
            .i32(0)
            .i32(0)
            .i32(0)
            .op(TABLE_COPY, 0, 0)
            .end();
    Validator.validate(withTables(":", body));
    assertInvalid(
        "type mismatch",
        withTables(":", Code.of().i32(0).op(REF_NULL).raw(0x70).op(TABLE_SET, 1).end()));
    assertInvalid(
        "type mismatch",
        withTables(":", Code.of().i32(0).i32(0).i32(0).op(TABLE_COPY, 0, 1).end()));
    assertInvalid("unknown table 2", withTables(":i", Code.of().op(TABLE_SIZE, 2).end()));
  }

  @Test
  void callIndirectNeedsAFuncrefTableAndAType() {
    Module.Builder b = Module.builder();
    b.tables.add(new Table(new TableType(ValType.FUNCREF, Limits.of(1, Limits.NO_MAX)), null));
    b.tables.add(new Table(new TableType(ValType.EXTERNREF, Limits.of(1, Limits.NO_MAX)), null));
    b.types.add(Code.type("I:i"));
    Code.addFunction(b, ":i", "", Code.of().i64(1).i32(0).op(CALL_INDIRECT, 0, 0).end());
    Validator.validate(b.build());

    Module.Builder externs = Module.builder();
    externs.tables.addAll(b.tables);
    externs.types.add(Code.type(":"));
    Code.addFunction(externs, ":", "", Code.of().i32(0).op(CALL_INDIRECT, 0, 1).end());
    assertInvalid("type mismatch", externs.build());

    assertInvalid(
        "unknown table 0", Code.function(":", "", Code.of().i32(0).op(CALL_INDIRECT, 0, 0).end()));
    Module.Builder type = Module.builder();
    type.tables.addAll(b.tables);
    Code.addFunction(type, ":", "", Code.of().i32(0).op(CALL_INDIRECT, 9, 0).end());
    assertInvalid("unknown type 9", type.build());
  }

  @Test
  void refIsNullNeedsAReference() {
    Validator.validate(
        Code.function(":i", "", Code.of().op(REF_NULL).raw(0x6F).op(REF_IS_NULL).end()));
    Validator.validate(Code.function(":i", "", Code.of().op(UNREACHABLE).op(REF_IS_NULL).end()));
    assertInvalid("type mismatch", Code.function(":i", "", Code.of().i32(0).op(REF_IS_NULL).end()));
  }
}

package dev.teracage.compiler.validate;

import static dev.teracage.compiler.model.Opcode.*;
import static dev.teracage.compiler.validate.Code.assertInvalid;

import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Element and data segments, and the instructions that use them. */
class SegmentsTest {
  private static Expr offset() {
    return Code.of().i32(0).end().expr();
  }

  private static Module.Builder withTable(ValType type) {
    Module.Builder b = Module.builder();
    b.tables.add(new Table(new TableType(type, Limits.of(1, Limits.NO_MAX)), null));
    return b;
  }

  @Test
  void elementSegmentsOfEveryMode() {
    Module.Builder b = withTable(ValType.FUNCREF);
    int f = Code.addFunction(b, ":", "", Code.of().end());
    Expr ref = Code.of().op(REF_FUNC, f).end().expr();
    Expr nul = Code.of().op(REF_NULL).raw(0x70).end().expr();
    b.elements.add(
        new ElementSegment(SegmentMode.ACTIVE, 0, offset(), ValType.FUNCREF, List.of(ref)));
    b.elements.add(new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.FUNCREF, List.of(nul)));
    b.elements.add(
        new ElementSegment(SegmentMode.DECLARATIVE, 0, null, ValType.FUNCREF, List.of(ref)));
    b.elements.add(
        new ElementSegment(
            SegmentMode.PASSIVE,
            0,
            null,
            ValType.EXTERNREF,
            List.of(Code.of().op(REF_NULL).raw(0x6F).end().expr())));
    Validator.validate(b.build());
  }

  @Test
  void elementTypesMustMatch() {
    Module.Builder entry = withTable(ValType.FUNCREF);
    entry.elements.add(
        new ElementSegment(
            SegmentMode.PASSIVE,
            0,
            null,
            ValType.FUNCREF,
            List.of(Code.of().op(REF_NULL).raw(0x6F).end().expr())));
    assertInvalid("type mismatch", entry.build());

    Module.Builder table = withTable(ValType.EXTERNREF);
    table.elements.add(
        new ElementSegment(SegmentMode.ACTIVE, 0, offset(), ValType.FUNCREF, List.of()));
    assertInvalid("type mismatch", table.build());

    Module.Builder missing = Module.builder();
    missing.elements.add(
        new ElementSegment(SegmentMode.ACTIVE, 0, offset(), ValType.FUNCREF, List.of()));
    assertInvalid("unknown table 0", missing.build());
  }

  @Test
  void activeDataNeedsAMemory() {
    Module.Builder b = Module.builder();
    b.data.add(new DataSegment(SegmentMode.ACTIVE, 0, offset(), new byte[1]));
    assertInvalid("unknown memory 0", b.build());
    Module.Builder passive = Module.builder();
    passive.data.add(new DataSegment(SegmentMode.PASSIVE, 0, null, new byte[1]));
    Validator.validate(passive.build());
  }

  @Test
  void dataOffsetsHaveTheAddressTypeOfTheMemory() {
    Module.Builder b = Module.builder();
    b.memories.add(new MemoryType(new Limits(1, Limits.NO_MAX, true, false)));
    b.data.add(new DataSegment(SegmentMode.ACTIVE, 0, Code.of().i64(0).end().expr(), new byte[1]));
    Validator.validate(b.build());
    Module.Builder wrong = Module.builder();
    wrong.memories.add(new MemoryType(new Limits(1, Limits.NO_MAX, true, false)));
    wrong.data.add(new DataSegment(SegmentMode.ACTIVE, 0, offset(), new byte[1]));
    assertInvalid("type mismatch", wrong.build());
  }

  @Test
  void memoryInitAndDataDropNameADataSegment() {
    Module.Builder b = Module.builder();
    b.memories.add(new MemoryType(Limits.of(1, Limits.NO_MAX)));
    b.data.add(new DataSegment(SegmentMode.PASSIVE, 0, null, new byte[1]));
    b.dataCount = 1;
    Code.addFunction(
        b,
        ":",
        "",
        Code.of().i32(0).i32(0).i32(0).op(MEMORY_INIT, 0).raw(0).op(DATA_DROP, 0).end());
    Validator.validate(b.build());

    Module.Builder unknown = Module.builder();
    unknown.memories.add(new MemoryType(Limits.of(1, Limits.NO_MAX)));
    Code.addFunction(unknown, ":", "", Code.of().op(DATA_DROP, 1).end());
    assertInvalid("unknown data segment 1", unknown.build());

    Module.Builder noMemory = Module.builder();
    noMemory.data.add(new DataSegment(SegmentMode.PASSIVE, 0, null, new byte[1]));
    Code.addFunction(
        noMemory, ":", "", Code.of().i32(0).i32(0).i32(0).op(MEMORY_INIT, 0).raw(0).end());
    assertInvalid("unknown memory 0", noMemory.build());
  }

  @Test
  void tableInitAndElemDropNameAnElementSegmentOfTheTableType() {
    Module.Builder b = withTable(ValType.FUNCREF);
    b.elements.add(new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.FUNCREF, List.of()));
    b.elements.add(new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.EXTERNREF, List.of()));
    Code.addFunction(
        b, ":", "", Code.of().i32(0).i32(0).i32(0).op(TABLE_INIT, 0, 0).op(ELEM_DROP, 1).end());
    Validator.validate(b.build());

    Module.Builder wrong = withTable(ValType.FUNCREF);
    wrong.elements.add(
        new ElementSegment(SegmentMode.PASSIVE, 0, null, ValType.EXTERNREF, List.of()));
    Code.addFunction(wrong, ":", "", Code.of().i32(0).i32(0).i32(0).op(TABLE_INIT, 0, 0).end());
    assertInvalid("type mismatch", wrong.build());

    Module.Builder unknown = withTable(ValType.FUNCREF);
    Code.addFunction(unknown, ":", "", Code.of().op(ELEM_DROP, 4).end());
    assertInvalid("unknown elem segment 4", unknown.build());
  }
}

package dev.teracage.compiler.validate;

import static dev.teracage.compiler.model.Opcode.*;
import static dev.teracage.compiler.validate.Code.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Names;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static MemoryType memory(long min, long max) {
    return new MemoryType(Limits.of(min, max));
  }

  private static Table table(ValType type, long min, long max) {
    return new Table(new TableType(type, Limits.of(min, max)), null);
  }

  @Test
  void emptyModuleIsValid() {
    Validator.validate(Module.builder().build());
  }

  @Test
  void aModuleUsingEverySectionIsValid() {
    Module.Builder b = Module.builder();
    b.types.add(Code.type(":"));
    b.imports.add(new Import("env", "f", new ImportDesc.Func(0)));
    b.imports.add(
        new Import("env", "g", new ImportDesc.Global(new GlobalType(ValType.I32, false))));
    int f = Code.addFunction(b, ":i", "", Code.of().op(GLOBAL_GET, 0).end());
    b.tables.add(table(ValType.FUNCREF, 1, 10));
    b.memories.add(memory(1, 65536));
    b.globals.add(
        new Global(new GlobalType(ValType.I32, true), Code.of().op(GLOBAL_GET, 0).end().expr()));
    b.exports.add(new Export("f", ExternKind.FUNC, f));
    b.exports.add(new Export("m", ExternKind.MEMORY, 0));
    b.exports.add(new Export("t", ExternKind.TABLE, 0));
    b.exports.add(new Export("g", ExternKind.GLOBAL, 1));
    b.start = 0;
    b.elements.add(
        new ElementSegment(
            SegmentMode.ACTIVE,
            0,
            Code.of().i32(0).end().expr(),
            ValType.FUNCREF,
            List.of(Code.of().op(REF_FUNC, f).end().expr())));
    b.data.add(new DataSegment(SegmentMode.ACTIVE, 0, Code.of().i32(0).end().expr(), new byte[3]));
    b.data.add(new DataSegment(SegmentMode.PASSIVE, 0, null, new byte[3]));
    Validator.validate(b.build());
  }

  @Test
  void functionTypeIndicesMustExist() {
    Module.Builder b = Module.builder();
    b.functions.add(3);
    b.codes.add(new dev.teracage.compiler.model.FunctionBody(List.of(), Code.of().end().expr()));
    assertInvalid("unknown type 3", b.build());
    Module.Builder imp = Module.builder();
    imp.imports.add(new Import("m", "f", new ImportDesc.Func(0)));
    assertInvalid("unknown type 0", imp.build());
  }

  @Test
  void errorsNameTheSource() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, ":", "", Code.of().op(LOCAL_GET, 0).end());
    InvalidException e =
        assertThrows(InvalidException.class, () -> Validator.validate(b.build(), "a.wasm"));
    assertEquals("a.wasm", e.location().source());
    assertEquals("a.wasm: func[0]", e.location().toString());
    b.names = new Names("named", java.util.Map.of(), java.util.Map.of());
    InvalidException named =
        assertThrows(InvalidException.class, () -> Validator.validate(b.build(), null));
    assertEquals("named", named.location().source());
  }

  @Test
  void unknownFunctionTypeSaysWhichFunction() {
    Module.Builder b = Module.builder();
    b.types.add(Code.type(":"));
    b.functions.add(0);
    b.functions.add(4);
    b.codes.add(new dev.teracage.compiler.model.FunctionBody(List.of(), Code.of().end().expr()));
    b.codes.add(new dev.teracage.compiler.model.FunctionBody(List.of(), Code.of().end().expr()));
    assertEquals(1, assertInvalid("unknown type 4", b.build()).functionIndex());
  }

  @Test
  void memoryLimits() {
    Module.Builder b = Module.builder();
    b.memories.add(memory(65537, Limits.NO_MAX));
    assertInvalid("memory size must be at most 65536 pages (4GiB)", b.build());
    Module.Builder max = Module.builder();
    max.memories.add(memory(0, 0x1_0000_0000L));
    assertInvalid("memory size must be at most 65536 pages (4GiB)", max.build());
    Module.Builder order = Module.builder();
    order.memories.add(memory(2, 1));
    assertInvalid("size minimum must not be greater than maximum", order.build());
    Module.Builder imported = Module.builder();
    imported.imports.add(new Import("m", "mem", new ImportDesc.Memory(memory(2, 1))));
    assertInvalid("size minimum must not be greater than maximum", imported.build());
  }

  @Test
  void tableLimits() {
    Module.Builder b = Module.builder();
    b.tables.add(table(ValType.FUNCREF, 10, 9));
    assertInvalid("size minimum must not be greater than maximum", b.build());
    Module.Builder ok = Module.builder();
    ok.tables.add(table(ValType.EXTERNREF, 0xFFFF_FFFFL, 0xFFFF_FFFFL));
    ok.tables.add(table(ValType.FUNCREF, 0, Limits.NO_MAX));
    Validator.validate(ok.build());
  }

  @Test
  void atMostOneMemory() {
    Module.Builder b = Module.builder();
    b.memories.add(memory(0, Limits.NO_MAX));
    b.memories.add(memory(0, Limits.NO_MAX));
    assertInvalid("multiple memories", b.build());
    Module.Builder imported = Module.builder();
    imported.imports.add(new Import("m", "mem", new ImportDesc.Memory(memory(0, 1))));
    imported.memories.add(memory(0, Limits.NO_MAX));
    assertInvalid("multiple memories", imported.build());
  }

  @Test
  void exportNamesAreUniqueAndIndicesExist() {
    Module.Builder b = Module.builder();
    int f = Code.addFunction(b, ":", "", Code.of().end());
    b.exports.add(new Export("a", ExternKind.FUNC, f));
    b.exports.add(new Export("a", ExternKind.FUNC, f));
    assertInvalid("duplicate export name", b.build());
    for (ExternKind kind : List.of(ExternKind.FUNC, ExternKind.TABLE, ExternKind.MEMORY)) {
      Module.Builder m = Module.builder();
      m.exports.add(new Export("x", kind, 0));
      String space = kind == ExternKind.FUNC ? "function" : kind.keyword();
      assertInvalid("unknown " + space + " 0", m.build());
    }
    Module.Builder g = Module.builder();
    g.exports.add(new Export("x", ExternKind.GLOBAL, 1));
    assertInvalid("unknown global 1", g.build());
  }

  @Test
  void startFunctionTakesAndReturnsNothing() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, ":i", "", Code.of().i32(0).end());
    b.start = 0;
    assertInvalid("start function", b.build());
    Module.Builder params = Module.builder();
    Code.addFunction(params, "i:", "", Code.of().end());
    params.start = 0;
    assertInvalid("start function", params.build());
    Module.Builder unknown = Module.builder();
    unknown.start = 1;
    assertInvalid("unknown function 1", unknown.build());
  }

  @Test
  void refFuncNeedsADeclaration() {
    Module.Builder b = Module.builder();
    Code.addFunction(b, ":", "", Code.of().op(REF_FUNC, 0).op(DROP).end());
    assertInvalid("undeclared function reference", b.build());

    Module.Builder exported = Module.builder();
    Code.addFunction(exported, ":", "", Code.of().op(REF_FUNC, 0).op(DROP).end());
    exported.exports.add(new Export("f", ExternKind.FUNC, 0));
    Validator.validate(exported.build());

    Module.Builder declared = Module.builder();
    Code.addFunction(declared, ":", "", Code.of().op(REF_FUNC, 0).op(DROP).end());
    declared.elements.add(
        new ElementSegment(
            SegmentMode.DECLARATIVE,
            0,
            null,
            ValType.FUNCREF,
            List.of(Code.of().op(REF_FUNC, 0).end().expr())));
    Validator.validate(declared.build());

    Module.Builder global = Module.builder();
    Code.addFunction(global, ":", "", Code.of().op(REF_FUNC, 0).op(DROP).end());
    global.globals.add(
        new Global(new GlobalType(ValType.FUNCREF, false), Code.of().op(REF_FUNC, 0).end().expr()));
    Validator.validate(global.build());
  }

  @Test
  void functionAndCodeCountsMustAgree() {
    Module.Builder b = Module.builder();
    b.types.add(Code.type(":"));
    b.functions.add(0);
    assertInvalid("function and code section have inconsistent lengths", b.build());
  }
}

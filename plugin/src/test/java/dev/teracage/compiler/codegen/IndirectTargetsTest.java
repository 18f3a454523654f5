package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.Table;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.trap.TrapException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.TableSwitchInstruction;
import org.junit.jupiter.api.Test;

class IndirectTargetsTest {
  /**
   * Each instance of this module writes its own {@code $get} into slot {@code $slot} of a shared
   * table; {@code $get} answers the instance's own global.
   */
  private static final String SHARED =
      """
      (module
        (import "env" "table" (table 2 funcref))
        (import "env" "slot" (global $slot i32))
        (import "env" "value" (global $value i32))
        (type $t (func (result i32)))
        (global $own i32 (global.get $value))
        (func $get (type $t) global.get $own)
        (func $other (param i32) (result i32) local.get 0)
        (elem (global.get $slot) $get)
        (func (export "call") (param i32) (result i32) local.get 0 call_indirect (type $t))
        (func (export "callOther") (param i32) (result i32)
          i32.const 5 local.get 0 call_indirect (param i32) (result i32)))
      """;

  @Test
  void theStubSwitchesOverTheModulesOwnFunctionsOfTheType() {
    Compilation c = compile(SHARED, "wasm.indirect.Switch");
    ClassModel model = ClassFile.of().parse(c.classBytes());
    MethodModel stub =
        model.methods().stream()
            .filter(m -> m.methodName().stringValue().startsWith("indirect"))
            .filter(m -> m.methodType().stringValue().startsWith("(I"))
            .findFirst()
            .orElseThrow();
    var switches =
        stub.code()
            .orElseThrow()
            .elementStream()
            .filter(e -> e instanceof TableSwitchInstruction)
            .map(e -> (TableSwitchInstruction) e)
            .toList();
    assertEquals(1, switches.size(), "one tableswitch in " + stub.methodName());
    // $get is function 0 (no imported functions), the only referenced function of type $t.
    assertEquals(1, switches.getFirst().cases().size());
    assertEquals(0, switches.getFirst().cases().getFirst().caseValue());
  }

  @Test
  void functionsOfAnotherInstanceOfTheSameClassRunOnTheirOwnContext() throws Exception {
    Compilation c = compile(SHARED, "wasm.indirect.Shared");
    ModuleImage image = ImageReader.read(c.image());
    Class<?> cls = new Compiled.Loader().define(c.className(), c.classBytes());
    Table table = Table.create(ValueCode.FUNCREF, 2, 2);
    Instance first = Instance.instantiate(image, cls, imports(table, 0, 111));
    Instance second = Instance.instantiate(image, cls, imports(table, 1, 222));
    // Own function: the switch; the other instance's function: its handle, on its own context.
    assertEquals(111L, first.function("call").call(0)[0]);
    assertEquals(222L, first.function("call").call(1)[0]);
    assertEquals(111L, second.function("call").call(0)[0]);
    assertEquals(222L, second.function("call").call(1)[0]);
    // A function of the right instance but the wrong type still traps.
    TrapException e = assertThrows(TrapException.class, () -> first.function("callOther").call(0));
    assertTrue(e.getMessage().contains("indirect call type mismatch"), e.getMessage());
  }

  private static Imports imports(Table table, int slot, int value) {
    return new Imports()
        .table("env", "table", table)
        .global("env", "slot", dev.teracage.runtime.Global.create(ValueCode.I32, false, slot))
        .global("env", "value", dev.teracage.runtime.Global.create(ValueCode.I32, false, value));
  }

  private static Compilation compile(String wat, String className) {
    var module = WatParser.parseModule(wat);
    Validator.validate(module);
    return Compiler.compile(module, className);
  }
}

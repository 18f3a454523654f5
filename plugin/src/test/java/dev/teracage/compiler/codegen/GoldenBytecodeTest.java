package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden text dumps of the bytecode of small modules, to review what the emitters produce. Re-bless
 * with {@code TERACAGE_BLESS=1} in the environment.
 */
class GoldenBytecodeTest {
  private static final Path DIR =
      Path.of("src", "test", "resources", "dev", "teracage", "compiler", "codegen", "golden");

  private static final Map<String, String> MODULES =
      Map.of(
          "loop",
          """
          (module (func (param i32) (result i32) (local i32)
            block
              loop
                local.get 0 i32.eqz br_if 1
                local.get 1 local.get 0 i32.add local.set 1
                local.get 0 i32.const 1 i32.sub local.set 0
                br 0
              end
            end
            local.get 1))
          """,
          "multivalue",
          """
          (module
            (func $pair (param i32) (result i32 i64) local.get 0 i64.const 7)
            (func (result i64) (local i64)
              f32.const 1
              block (result i32 i64)
                i32.const 3 call $pair
                i32.const 1 br_if 0
                drop drop
                i32.const 2 i64.const 4
              end
              local.set 0 drop drop local.get 0))
          """,
          "memory",
          """
          (module (memory 1) (global $g (mut i64) (i64.const 0))
            (func (param i32) (result i32)
              local.get 0 local.get 0 i32.load8_u offset=3 i32.store16
              global.get $g i64.const 1 i64.add global.set $g
              local.get 0 local.get 0 br_table 0 0))
          """);

  @ParameterizedTest
  @ValueSource(strings = {"loop", "multivalue", "memory"})
  void dump(String name) throws IOException {
    CompiledClass c = Compiled.compileOnly(MODULES.get(name));
    String text = dump(ClassFile.of().parse(c.bytes()));
    Path file = DIR.resolve(name + ".txt");
    if (System.getenv("TERACAGE_BLESS") != null) {
      Files.createDirectories(DIR);
      Files.writeString(file, text);
    }
    assertEquals(Files.readString(file), text, "re-bless with TERACAGE_BLESS=1 if intended");
  }

  static String dump(ClassModel model) {
    StringBuilder b = new StringBuilder();
    b.append("class ").append(model.thisClass().asInternalName()).append('\n');
    for (MethodModel m : model.methods()) {
      b.append('\n')
          .append(m.methodName().stringValue())
          .append(m.methodType().stringValue())
          .append('\n');
      m.code().ifPresent(code -> dump(code, b));
    }
    return b.toString();
  }

  private static void dump(CodeModel code, StringBuilder b) {
    Map<Label, Integer> labels = new HashMap<>();
    for (CodeElement e : code) {
      switch (e) {
        case LabelTarget t -> b.append("  L").append(label(labels, t.label())).append(":\n");
        case LineNumber n -> b.append("  // @").append(n.line()).append('\n');
        case Instruction i -> b.append("    ").append(instruction(i, labels)).append('\n');
        default -> {}
      }
    }
  }

  private static int label(Map<Label, Integer> labels, Label l) {
    return labels.computeIfAbsent(l, x -> labels.size());
  }

  private static String instruction(Instruction i, Map<Label, Integer> labels) {
    String op = i.opcode().name().toLowerCase(java.util.Locale.ROOT);
    return switch (i) {
      case LoadInstruction l -> op + " " + l.slot();
      case StoreInstruction s -> op + " " + s.slot();
      case IncrementInstruction inc -> op + " " + inc.slot() + " " + inc.constant();
      case ConstantInstruction c -> op + " " + c.constantValue();
      case BranchInstruction br -> op + " L" + label(labels, br.target());
      case FieldInstruction f ->
          op + " " + f.owner().asInternalName() + "." + f.name().stringValue();
      case InvokeInstruction inv ->
          op
              + " "
              + inv.owner().asInternalName()
              + "."
              + inv.name().stringValue()
              + inv.type().stringValue();
      case TypeCheckInstruction t -> op + " " + t.type().asInternalName();
      case TableSwitchInstruction t -> {
        StringBuilder s = new StringBuilder(op).append(" default L");
        s.append(label(labels, t.defaultTarget()));
        t.cases()
            .forEach(c ->
                s.append(' ').append(c.caseValue()).append(":L").append(label(labels, c.target())));
        yield s.toString();
      }
      default -> op;
    };
  }
}

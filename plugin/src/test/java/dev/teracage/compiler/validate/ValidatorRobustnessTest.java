package dev.teracage.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input ends as a module exception, never another exception type. */
class ValidatorRobustnessTest {
  private static final int BODIES = 20_000;

  private static String run(Module m) {
    try {
      Validator.validate(m);
      return null;
    } catch (ModuleException e) {
      return null;
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  @Test
  void randomBodiesNeverCrash() {
    Random random = new Random(42);
    List<String> crashes = new ArrayList<>();
    Opcode[] ops = Opcode.values();
    for (int n = 0; n < BODIES; n++) {
      Code code = Code.of();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(3) == 0) {
          code.raw(random.nextInt(256));
        } else {
          Opcode op = ops[random.nextInt(ops.length)];
          code.op(op, random.nextInt(3));
        }
      }
      Module.Builder b = Module.builder();
      b.memories.add(new MemoryType(Limits.of(1, 2)));
      b.tables.add(new Table(new TableType(ValType.FUNCREF, Limits.of(1, 2)), null));
      b.types.add(Code.type("i:i"));
      b.functions.add(0);
      Expr body = code.end().expr();
      b.codes.add(new FunctionBody(List.of(new Local(2, ValType.I64)), body));
      String crash = run(b.build());
      if (crash != null && crashes.size() < 10) {
        crashes.add(body + ": " + crash);
      }
    }
    assertEquals(List.of(), crashes);
  }
}

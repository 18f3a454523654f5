package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;
import org.junit.jupiter.api.Test;

class ControlEmitterTest {
  @Test
  void loopComputesFactorial() {
    Compiled m =
        Compiled.of(
            """
            (module (func (param i64) (result i64) (local i64)
              i64.const 1 local.set 1
              block
                loop
                  local.get 0 i64.eqz br_if 1
                  local.get 1 local.get 0 i64.mul local.set 1
                  local.get 0 i64.const 1 i64.sub local.set 0
                  br 0
                end
              end
              local.get 1))
            """);
    assertEquals(2432902008176640000L, m.call(0, 20L));
    assertEquals(1L, m.call(0, 0L));
  }

  @Test
  void ifElseWithResults() {
    Compiled m =
        Compiled.of(
            """
            (module (func (param i32) (result i32)
              local.get 0
              if (result i32) i32.const 10 else i32.const 20 end
              local.get 0 if i32.const 1 drop end))
            """);
    assertEquals(10, m.call(0, 7));
    assertEquals(20, m.call(0, 0));
  }

  @Test
  void branchDropsOperandsBelowTheLabelValues() {
    Compiled m =
        Compiled.of(
            """
            (module (func (param i32) (result i64) (local i64)
              block (result i32 i64)
                f64.const 1.5 i32.const 7
                i32.const 1 i64.const 2
                local.get 0 br_if 0
                i64.const 3 i64.add
                br 0
              end
              local.set 1
              i64.extend_i32_u i64.const 100 i64.mul
              local.get 1 i64.add))
            """);
    assertEquals(102L, m.call(0, 1));
    assertEquals(105L, m.call(0, 0));
  }

  @Test
  void multiValueBlocksAndBranches() {
    Compiled m =
        Compiled.of(
            """
            (module
              (type $pair (func (param i32 i32) (result i32 i32)))
              (func (param i32) (result i32)
                i32.const 100
                i32.const 3 i32.const 4
                block (type $pair)
                  f32.const 0
                  i32.const 5 i32.const 6
                  local.get 0
                  br_if 0
                  drop drop drop
                  i32.add i32.const 1
                end
                i32.sub
                i32.add))
            """);
    assertEquals(100 + 6, m.call(0, 0));
    assertEquals(100 - 1, m.call(0, 1));
  }

  @Test
  void brTableSelectsTargetsAndDropsExtras() {
    Compiled m =
        Compiled.of(
            """
            (module (func (param i32) (result i32)
              block (result i32)
                block (result i32)
                  block (result i32)
                    i64.const 5
                    i32.const 10
                    local.get 0
                    br_table 0 1 2 0
                  end
                  i32.const 1 i32.add
                  return
                end
                i32.const 2 i32.add
                return
              end
              i32.const 3 i32.add))
            """);
    assertEquals(11, m.call(0, 0));
    assertEquals(12, m.call(0, 1));
    assertEquals(13, m.call(0, 2));
    assertEquals(11, m.call(0, 3));
    assertEquals(11, m.call(0, -1));
  }

  @Test
  void brTableToTheFunctionReturns() {
    Compiled m =
        Compiled.of(
            """
            (module (func (param i32) (result i32)
              block (result i32)
                i32.const 7 local.get 0 br_table 1 0
              end
              i32.const 2 i32.add))
            """);
    assertEquals(7, m.call(0, 0));
    assertEquals(9, m.call(0, 1));
  }

  @Test
  void loopWithParametersAndDeadCode() {
    Compiled m =
        Compiled.of(
            """
            (module (func (param i32) (result i32)
              i32.const 0
              loop (param i32) (result i32)
                local.get 0 i32.add
                local.get 0 i32.const 1 i32.sub local.tee 0
                br_if 0
                return
                i32.const 1 drop block i32.const 2 br 0 end
              end))
            """);
    assertEquals(55, m.call(0, 10));
  }

  @Test
  void selectPicksByCondition() {
    Compiled m =
        Compiled.of(
            """
            (module
              (func (param i32) (result i64) i64.const 1 i64.const 2 local.get 0 select)
              (func (param i32) (result f32)
                f32.const 1 f32.const 2 local.get 0 select (result f32))
              (func (param i64 i64) (result i64)
                local.get 0 local.get 1 local.get 0 local.get 1 i64.lt_u select))
            """);
    assertEquals(1L, m.call(0, 5));
    assertEquals(2L, m.call(0, 0));
    assertEquals(2.0f, m.call(1, 0));
    assertEquals(3L, m.call(2, 3L, -1L));
    assertEquals(3L, m.call(2, -1L, 3L));
  }

  @Test
  void unreachableTraps() {
    Compiled m = Compiled.of("(module (func unreachable))");
    TrapException e = assertThrows(TrapException.class, () -> m.call(0));
    assertEquals(TrapKind.UNREACHABLE, e.kind());
  }

  @Test
  void divisionTraps() {
    Compiled m =
        Compiled.of(
            "(module (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))");
    TrapException e = assertThrows(TrapException.class, () -> m.call(0, 1, 0));
    assertEquals("integer divide by zero", e.reason());
    e = assertThrows(TrapException.class, () -> m.call(0, Integer.MIN_VALUE, -1));
    assertEquals("integer overflow", e.reason());
  }

  @Test
  void lineNumbersAreBodyOffsets() {
    Compiled m = Compiled.of("(module (func nop nop unreachable))");
    TrapException e = assertThrows(TrapException.class, () -> m.call(0));
    StackTraceElement top = null;
    for (StackTraceElement s : e.getStackTrace()) {
      if (s.getClassName().equals("wasm.test.M")) {
        top = s;
        break;
      }
    }
    assertEquals("f0", top.getMethodName());
    // nop nop at 0, 1: unreachable at offset 2 of the instructions.
    assertEquals(2, top.getLineNumber());
  }

  @Test
  void lineNumberZeroIsKept() {
    Compiled m = Compiled.of("(module (func unreachable))");
    TrapException e = assertThrows(TrapException.class, () -> m.call(0));
    for (StackTraceElement s : e.getStackTrace()) {
      if (s.getClassName().equals("wasm.test.M")) {
        assertEquals(0, s.getLineNumber());
        return;
      }
    }
    throw new AssertionError("no frame of the generated class");
  }
}

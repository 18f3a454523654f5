package dev.teracage.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.InvalidException;
import org.junit.jupiter.api.Test;

class TypeStackTest {
  @Test
  void popChecksTypesAndHeight() {
    TypeStack s = new TypeStack();
    s.pushFrame(TypeStack.FUNCTION, Types.EMPTY, Types.EMPTY);
    s.push(Types.I32);
    assertThrows(InvalidException.class, () -> s.pop(Types.I64));
    s.push(Types.I64);
    assertEquals(Types.I64, s.pop(Types.I64));
    assertThrows(InvalidException.class, s::pop);
  }

  @Test
  void unreachableFramesYieldUnknown() {
    TypeStack s = new TypeStack();
    s.pushFrame(TypeStack.FUNCTION, Types.EMPTY, Types.EMPTY);
    s.push(Types.F32);
    s.unreachable();
    assertEquals(0, s.valueCount());
    assertEquals(Types.UNKNOWN, s.pop(Types.I32));
    assertEquals(Types.UNKNOWN, s.pop());
  }

  @Test
  void framesOnlyPopTheirOwnValues() {
    TypeStack s = new TypeStack();
    s.pushFrame(TypeStack.FUNCTION, Types.EMPTY, Types.EMPTY);
    s.push(Types.I32);
    s.pushFrame(TypeStack.BLOCK, Types.EMPTY, Types.SINGLE[Types.I32]);
    assertThrows(InvalidException.class, s::popFrame);
  }

  @Test
  void popAndPushBackFillsUnknownsFromAPolymorphicStack() {
    TypeStack s = new TypeStack();
    s.pushFrame(TypeStack.FUNCTION, Types.EMPTY, Types.EMPTY);
    s.unreachable();
    s.push(Types.F64);
    s.popAndPushBack(new int[] {Types.I32, Types.I64, Types.F64});
    assertEquals(3, s.valueCount());
    assertEquals(Types.F64, s.pop());
    assertEquals(Types.UNKNOWN, s.pop());
    assertEquals(Types.UNKNOWN, s.pop());
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    TypeStack s = new TypeStack();
    s.pushFrame(TypeStack.FUNCTION, Types.EMPTY, Types.EMPTY);
    for (int i = 0; i < 1000; i++) {
      s.pushFrame(TypeStack.BLOCK, Types.EMPTY, Types.EMPTY);
      s.push(Types.V128);
    }
    assertEquals(1001, s.frameCount());
    assertEquals(Types.V128, s.pop(Types.V128));
  }
}

package dev.teracage.runtime.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.layout.ValueCode;
import org.junit.jupiter.api.Test;

class FuncSigTest {
  private static final int[] NONE = {};

  @Test
  void equalSignaturesShareAnId() {
    FuncSig a = new FuncSig(new int[] {ValueCode.I32, ValueCode.I64}, new int[] {ValueCode.F32});
    FuncSig b = new FuncSig(new int[] {ValueCode.I32, ValueCode.I64}, new int[] {ValueCode.F32});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.id(), b.id());
    assertEquals(a.id(), a.id());
  }

  @Test
  void differentSignaturesHaveDifferentIds() {
    FuncSig[] sigs = {
      new FuncSig(NONE, NONE),
      new FuncSig(new int[] {ValueCode.I32}, NONE),
      new FuncSig(NONE, new int[] {ValueCode.I32}),
      new FuncSig(new int[] {ValueCode.I32, ValueCode.I32}, NONE),
      new FuncSig(new int[] {ValueCode.FUNCREF}, new int[] {ValueCode.EXTERNREF}),
      new FuncSig(new int[] {ValueCode.EXTERNREF}, new int[] {ValueCode.FUNCREF}),
    };
    for (int i = 0; i < sigs.length; i++) {
      for (int j = 0; j < sigs.length; j++) {
        if (i != j) {
          assertNotEquals(sigs[i], sigs[j]);
          assertNotEquals(sigs[i].id(), sigs[j].id());
        }
      }
    }
  }

  @Test
  void accessorsAndText() {
    FuncSig sig = new FuncSig(new int[] {ValueCode.I32, ValueCode.V128}, new int[] {ValueCode.F64});
    assertEquals(2, sig.paramCount());
    assertEquals(ValueCode.V128, sig.param(1));
    assertEquals(1, sig.resultCount());
    assertEquals(ValueCode.F64, sig.result(0));
    int[] params = sig.params();
    params[0] = 0;
    assertArrayEquals(new int[] {ValueCode.I32, ValueCode.V128}, sig.params());
    assertEquals("(func (param i32 v128) (result f64))", sig.toString());
    assertEquals("(func)", new FuncSig(NONE, NONE).toString());
  }

  @Test
  void rejectsUnknownCodes() {
    assertThrows(IllegalArgumentException.class, () -> new FuncSig(new int[] {0x40}, NONE));
  }
}

package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.teracage.runtime.layout.ValueCode;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

class GlobalsTest {
  @Test
  void cellsHoldNumbersBitExactAndReferencesByHandle() {
    Context ctx =
        new Context(
            ArenaMemory.allocate(64), new MemorySegment[0], new FuncRef[0], 1, new Object[0], null);
    ctx.globals =
        new GlobalInstance[] {
          GlobalInstance.standalone(ValueCode.I32, true),
          GlobalInstance.standalone(ValueCode.I64, true),
          GlobalInstance.standalone(ValueCode.F32, true),
          GlobalInstance.standalone(ValueCode.F64, true),
          new GlobalInstance(ValueCode.EXTERNREF, true, ctx.arena.asSlice(8, 4), ctx.objects)
        };
    Globals.setI32(-5, ctx, 0);
    assertEquals(-5, Globals.getI32(ctx, 0));
    assertEquals(0xFFFFFFFBL, ctx.globals[0].bits());
    Globals.setI64(Long.MIN_VALUE, ctx, 1);
    assertEquals(Long.MIN_VALUE, Globals.getI64(ctx, 1));
    float nan = Float.intBitsToFloat(0x7FA00001);
    Globals.setF32(nan, ctx, 2);
    assertEquals(0x7FA00001, Float.floatToRawIntBits(Globals.getF32(ctx, 2)));
    double dnan = Double.longBitsToDouble(0xFFF4000000000001L);
    Globals.setF64(dnan, ctx, 3);
    assertEquals(0xFFF4000000000001L, Double.doubleToRawLongBits(Globals.getF64(ctx, 3)));
    Object x = new Object();
    assertNull(Globals.getRef(ctx, 4));
    Globals.setRef(x, ctx, 4);
    assertSame(x, Globals.getRef(ctx, 4));
    assertEquals(ctx.objects.handleOf(x), ctx.arena.get(java.lang.foreign.ValueLayout.JAVA_INT, 8));
    Globals.setRef(null, ctx, 4);
    assertNull(Globals.getRef(ctx, 4));
  }
}

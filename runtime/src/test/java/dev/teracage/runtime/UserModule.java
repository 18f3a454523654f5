package dev.teracage.runtime;

import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.Globals;
import dev.teracage.runtime.support.MemoryOps;
import java.lang.foreign.ValueLayout;

/** A hand-written "generated" class importing {@link CalcModule}'s exports (see LinkingTest). */
public final class UserModule {
  private UserModule() {}

  /** size: () -> i32. */
  public static int f1(Context ctx) {
    return MemoryOps.size(ctx, 0);
  }

  /** store8: (i32, i32) -> (). */
  public static void f2(int address, int value, Context ctx) {
    ctx.memory0.set(ValueLayout.JAVA_BYTE, Integer.toUnsignedLong(address), (byte) value);
  }

  /** counter: () -> i32, the imported mutable global. */
  public static int f3(Context ctx) {
    return Globals.getI32(ctx, 0);
  }

  /** addViaImport: (i32, i32) -> i32, calls imported function 0. */
  public static int f4(int a, int b, Context ctx) throws Throwable {
    return (int) ctx.functions[0].handle().invokeExact(a, b, ctx);
  }
}

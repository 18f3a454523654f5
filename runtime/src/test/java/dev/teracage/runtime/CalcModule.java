package dev.teracage.runtime;

import dev.teracage.runtime.support.Calls;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.Globals;
import dev.teracage.runtime.support.MemoryOps;
import dev.teracage.runtime.support.Traps;
import java.lang.foreign.ValueLayout;

/**
 * A hand-written "generated" class, following the code generator's contract: public static {@code
 * f<i>} per defined function, wasm parameters then the {@link Context}. See {@link
 * InstanceTest#calcImage()} for the module it implements.
 */
public final class CalcModule {
  private static final ValueLayout.OfInt I32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

  private CalcModule() {}

  /** add: (i32, i32) -> i32. */
  public static int f1(int a, int b, Context ctx) {
    return a + b;
  }

  /** pair: () -> (i32, i64). */
  public static int f2(Context ctx) {
    ctx.results[0] = 8L;
    return 7;
  }

  /** callHost: (i32) -> i32, calls import 0. */
  public static int f3(int x, Context ctx) throws Throwable {
    return (int) ctx.functions[0].handle().invokeExact(x, ctx);
  }

  /** load: (i32) -> i32 from memory 0. */
  public static int f4(int address, Context ctx) {
    return ctx.memory0.get(I32, Integer.toUnsignedLong(address));
  }

  /** grow: (i32) -> i32. */
  public static int f5(int delta, Context ctx) {
    return MemoryOps.grow(delta, ctx, 0);
  }

  /** indirect: (i32) -> i32, calls table 0 element with type 2 (i32) -> i32 on 5. */
  public static int f6(int element, Context ctx) throws Throwable {
    return (int) Calls.indirect(ctx, 0, element, 2).handle().invokeExact(5, ctx);
  }

  /** recurse: (i32) -> i32, forever. */
  public static int f7(int x, Context ctx) {
    return f7(x + 1, ctx) + 1;
  }

  /** counter: (i32) -> i32, adds to mutable global 0 and returns it. */
  public static int f8(int x, Context ctx) {
    Globals.setI32(Globals.getI32(ctx, 0) + x, ctx, 0);
    return Globals.getI32(ctx, 0);
  }

  /** trap: () -> (). */
  public static void f9(Context ctx) {
    throw Traps.unreachable();
  }
}

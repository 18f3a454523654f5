package dev.teracage.compiler.spec;

import dev.teracage.runtime.Global;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Memory;
import dev.teracage.runtime.Table;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The {@code spectest} module every spec script may import from, as the reference interpreter
 * defines it: print functions that do nothing observable, four immutable globals of value 666, a
 * table of 10..20 funcrefs and a memory of 1..2 pages.
 */
final class Spectest {
  private Spectest() {}

  /** Binds a fresh {@code spectest} instance's entities into {@code imports}. */
  static Imports bind(Imports imports) {
    print(imports, "print");
    print(imports, "print_i32", ValueCode.I32);
    print(imports, "print_i64", ValueCode.I64);
    print(imports, "print_f32", ValueCode.F32);
    print(imports, "print_f64", ValueCode.F64);
    print(imports, "print_i32_f32", ValueCode.I32, ValueCode.F32);
    print(imports, "print_f64_f64", ValueCode.F64, ValueCode.F64);
    imports.global("spectest", "global_i32", Global.create(ValueCode.I32, false, 666));
    imports.global("spectest", "global_i64", Global.create(ValueCode.I64, false, 666));
    imports.global(
        "spectest",
        "global_f32",
        Global.create(ValueCode.F32, false, Float.floatToRawIntBits(666.6f)));
    imports.global(
        "spectest",
        "global_f64",
        Global.create(ValueCode.F64, false, Double.doubleToRawLongBits(666.6)));
    imports.table("spectest", "table", Table.create(ValueCode.FUNCREF, 10, 20));
    imports.memory("spectest", "memory", Memory.create(1, 2));
    return imports;
  }

  private static void print(Imports imports, String name, int... params) {
    Class<?>[] types = new Class<?>[params.length + 1];
    for (int i = 0; i < params.length; i++) {
      types[i] =
          switch (params[i]) {
            case ValueCode.I32 -> int.class;
            case ValueCode.I64 -> long.class;
            case ValueCode.F32 -> float.class;
            default -> double.class;
          };
    }
    types[params.length] = Context.class;
    imports.function(
        "spectest",
        name,
        new FuncSig(params, new int[0]),
        MethodHandles.empty(MethodType.methodType(void.class, types)));
  }
}

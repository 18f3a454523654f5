package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import dev.teracage.compiler.text.Action;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.Expected;
import dev.teracage.compiler.text.Script;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.text.ScriptValue;
import dev.teracage.compiler.text.WastParser;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.runtime.ExportedFunction;
import dev.teracage.runtime.Global;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.Memory;
import dev.teracage.runtime.Table;
import dev.teracage.runtime.UninstantiableException;
import dev.teracage.runtime.UnlinkableException;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.trap.TrapException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the spec scripts that exercise instantiation (imports, linking, segments, tables, bulk
 * operations, references, start) through {@link Pipeline} and the runtime's {@link Instance}, with
 * the scripts' {@code spectest} host module. Only execution commands are checked here; the full
 * harness runs every command.
 */
class InstanceSpecTest {
  private static final Path SUITE = Path.of("..", "..", "shared", "wasm-testsuite-2.0");

  /** An {@code externref} value of the scripts ({@code ref.extern n}). */
  record HostRef(long id) {}

  private final Map<String, Instance> named = new HashMap<>();
  private Imports imports;
  private Instance current;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "linking",
        "imports",
        "exports",
        "start",
        "elem",
        "data",
        "global",
        "table",
        "table-sub",
        "table_get",
        "table_set",
        "table_size",
        "table_grow",
        "table_fill",
        "table_copy",
        "table_init",
        "bulk",
        "memory_grow",
        "memory_size",
        "memory_init",
        "memory_copy",
        "memory_fill",
        "memory_trap",
        "call_indirect",
        "func_ptrs",
        "ref_func",
        "ref_is_null",
        "ref_null",
        "select",
        "memory",
        "call",
        "fac",
        "names",
        "unwind",
        "traps"
      })
  void script(String name) throws Throwable {
    Path file = SUITE.resolve(name + ".wast");
    Assumptions.assumeTrue(Files.exists(file), "not found: " + file);
    Script script = WastParser.parse(name + ".wast", Files.readString(file));
    imports = new Imports().instance("spectest", spectest());
    List<String> failures = new ArrayList<>();
    int passed = 0;
    for (Command c : script.commands()) {
      String failure;
      try {
        failure = run(c);
      } catch (Throwable t) {
        failure = "unexpected " + t;
      }
      if (failure == null) {
        passed++;
      } else if (!failure.isEmpty()) {
        failures.add(name + ":" + c.line() + " " + failure);
      }
    }
    System.out.printf("%s: %d passed, %d failed%n", name, passed, failures.size());
    failures.stream().limit(30).forEach(System.out::println);
    assertEquals(List.of(), failures);
  }

  /** Returns null when passed, "" when not checked here, else the failure. */
  private String run(Command c) throws Throwable {
    switch (c) {
      case Command.ModuleCommand m -> {
        current = instantiate(m.module());
        if (m.module().name() != null) {
          named.put(m.module().name(), current);
        }
        return null;
      }
      case Command.Register r -> {
        imports.instance(r.as(), r.moduleName() == null ? current : named.get(r.moduleName()));
        return null;
      }
      case Command.ActionCommand a -> {
        perform(a.action());
        return null;
      }
      case Command.AssertReturn r -> {
        List<Object> got = perform(r.action());
        return matches(r.expected(), got) ? null : "got " + got + ", expected " + r.expected();
      }
      case Command.AssertTrap t -> {
        return expectTrap(t.message(), () -> perform(t.action()));
      }
      case Command.AssertExhaustion t -> {
        return expectTrap(t.message(), () -> perform(t.action()));
      }
      case Command.AssertModuleTrap t -> {
        return expectTrap(t.message(), () -> instantiate(t.module()));
      }
      case Command.AssertUninstantiable t -> {
        return expectTrap(t.message(), () -> instantiate(t.module()));
      }
      case Command.AssertUnlinkable u -> {
        try {
          instantiate(u.module());
          return "linked, expected " + u.message();
        } catch (UnlinkableException e) {
          return u.message().startsWith(e.reason())
              ? null
              : e.reason() + ", expected " + u.message();
        }
      }
      default -> {
        return "";
      }
    }
  }

  private interface Step {
    void run() throws Throwable;
  }

  private static String expectTrap(String message, Step step) {
    try {
      step.run();
      return "no trap, expected " + message;
    } catch (TrapException e) {
      return message.startsWith(e.reason()) ? null : e.reason() + ", expected " + message;
    } catch (UninstantiableException e) {
      return message.startsWith(e.reason()) ? null : e.reason() + ", expected " + message;
    } catch (Throwable e) {
      return e + ", expected " + message;
    }
  }

  private Instance instantiate(ScriptModule m) {
    Module module =
        switch (m.form()) {
          case BINARY -> ModuleDecoder.decode(m.binary());
          case TEXT, QUOTE -> WatParser.parseModule(m.text(), "script");
        };
    return Pipeline.compile(module).instantiate(imports);
  }

  private List<Object> perform(Action action) throws Throwable {
    Instance target = action.moduleName() == null ? current : named.get(action.moduleName());
    return switch (action) {
      case Action.Get g -> List.of(refOrBits(target.global(g.field())));
      case Action.Invoke inv -> {
        ExportedFunction f = target.function(inv.field());
        Object[] args = new Object[inv.args().size()];
        for (int i = 0; i < args.length; i++) {
          args[i] = value(inv.args().get(i));
        }
        List<Object> results = new ArrayList<>();
        Object[] got = f.apply(args);
        FuncSig sig = f.signature();
        for (int i = 0; i < got.length; i++) {
          results.add(ValueCode.isReference(sig.result(i)) ? got[i] : bits(got[i]));
        }
        yield results;
      }
    };
  }

  private static Object refOrBits(Global g) {
    Object v = g.value();
    return ValueCode.isReference(g.valueType()) ? v : bits(v);
  }

  private static Object value(ScriptValue v) {
    return switch (v) {
      case ScriptValue.Num n ->
          switch (n.type().code()) {
            case 0x7F -> (int) n.bits();
            case 0x7E -> n.bits();
            case 0x7D -> Float.intBitsToFloat((int) n.bits());
            default -> Double.longBitsToDouble(n.bits());
          };
      case ScriptValue.RefNull r -> null;
      case ScriptValue.RefExtern r -> new HostRef(r.id());
      default -> throw new IllegalArgumentException("unsupported argument " + v);
    };
  }

  private static Long bits(Object v) {
    return switch (v) {
      case Integer i -> Integer.toUnsignedLong(i);
      case Long l -> l;
      case Float f -> Integer.toUnsignedLong(Float.floatToRawIntBits(f));
      case Double d -> Double.doubleToRawLongBits(d);
      default -> throw new IllegalArgumentException("not a number: " + v);
    };
  }

  private static boolean matches(List<Expected> expected, List<Object> got) {
    if (expected.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!matches(expected.get(i), got.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Expected e, Object got) {
    return switch (e) {
      case Expected.Exact(ScriptValue.Num n) ->
          got instanceof Long bits
              && (n.type().code() == 0x7F || n.type().code() == 0x7D
                  ? (int) n.bits() == (int) (long) bits
                  : n.bits() == bits);
      case Expected.Exact(ScriptValue.RefNull r) -> got == null;
      case Expected.Exact(ScriptValue.RefExtern r) -> new HostRef(r.id()).equals(got);
      case Expected.CanonicalNan(ValType t) ->
          got instanceof Long bits
              && (t.code() == 0x7D
                  ? (bits & 0x7FFF_FFFFL) == 0x7FC0_0000L
                  : (bits & Long.MAX_VALUE) == 0x7FF8_0000_0000_0000L);
      case Expected.ArithmeticNan(ValType t) ->
          got instanceof Long bits
              && (t.code() == 0x7D
                  ? (bits & 0x7FC0_0000L) == 0x7FC0_0000L
                  : (bits & 0x7FF8_0000_0000_0000L) == 0x7FF8_0000_0000_0000L);
      case Expected.AnyFuncRef a -> got instanceof dev.teracage.runtime.support.FuncRef;
      case Expected.AnyExternRef a -> got != null;
      case Expected.Either either -> either.alternatives().stream().anyMatch(x -> matches(x, got));
      default -> false;
    };
  }

  // ---- the spectest module of the scripts ----

  static void print(Context ctx) {}

  static void printI32(int x, Context ctx) {}

  static void printI64(long x, Context ctx) {}

  static void printF32(float x, Context ctx) {}

  static void printF64(double x, Context ctx) {}

  static void printI32F32(int x, float y, Context ctx) {}

  static void printF64F64(double x, double y, Context ctx) {}

  private static Instance spectest() throws ReflectiveOperationException {
    Imports host = new Imports();
    MethodHandles.Lookup l = MethodHandles.lookup();
    String[][] prints = {
      {"print", "print"}, {"print_i32", "printI32"}, {"print_i64", "printI64"},
      {"print_f32", "printF32"}, {"print_f64", "printF64"}, {"print_i32_f32", "printI32F32"},
      {"print_f64_f64", "printF64F64"}
    };
    int[][] params = {
      {},
      {ValueCode.I32},
      {ValueCode.I64},
      {ValueCode.F32},
      {ValueCode.F64},
      {ValueCode.I32, ValueCode.F32},
      {ValueCode.F64, ValueCode.F64}
    };
    StringBuilder wat = new StringBuilder("(module\n");
    for (int i = 0; i < prints.length; i++) {
      FuncSig sig = new FuncSig(params[i], new int[0]);
      Class<?>[] types = new Class<?>[params[i].length + 1];
      for (int k = 0; k < params[i].length; k++) {
        types[k] =
            switch (params[i][k]) {
              case ValueCode.I32 -> int.class;
              case ValueCode.I64 -> long.class;
              case ValueCode.F32 -> float.class;
              default -> double.class;
            };
      }
      types[types.length - 1] = Context.class;
      MethodHandle h =
          l.findStatic(
              InstanceSpecTest.class, prints[i][1], MethodType.methodType(void.class, types));
      host.function("host", prints[i][0], sig, h);
      wat.append("(import \"host\" \"")
          .append(prints[i][0])
          .append("\" (func (param ")
          .append(
              String.join(
                  " ", java.util.Arrays.stream(params[i]).mapToObj(ValueCode::name).toList()))
          .append(")))\n")
          .append("(export \"")
          .append(prints[i][0])
          .append("\" (func ")
          .append(i)
          .append("))\n");
    }
    host.global("host", "global_i32", Global.create(ValueCode.I32, false, 666));
    host.global("host", "global_i64", Global.create(ValueCode.I64, false, 666));
    host.global(
        "host", "global_f32", Global.create(ValueCode.F32, false, Float.floatToRawIntBits(666.6f)));
    host.global(
        "host",
        "global_f64",
        Global.create(ValueCode.F64, false, Double.doubleToRawLongBits(666.6)));
    host.table("host", "table", Table.create(ValueCode.FUNCREF, 10, 20));
    host.memory("host", "memory", Memory.create(1, 2));
    wat.append(
        """
        (import "host" "global_i32" (global $gi32 i32))
        (import "host" "global_i64" (global $gi64 i64))
        (import "host" "global_f32" (global $gf32 f32))
        (import "host" "global_f64" (global $gf64 f64))
        (import "host" "table" (table $t 10 20 funcref))
        (import "host" "memory" (memory $m 1 2))
        (export "global_i32" (global $gi32))
        (export "global_i64" (global $gi64))
        (export "global_f32" (global $gf32))
        (export "global_f64" (global $gf64))
        (export "table" (table $t))
        (export "memory" (memory $m)))
        """);
    try {
      return Pipeline.instantiate(wat.toString(), host);
    } catch (RuntimeException e) {
      throw new IllegalStateException(wat.toString(), e);
    }
  }
}

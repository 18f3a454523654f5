package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.ValType;
import dev.teracage.compiler.text.Action;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.Expected;
import dev.teracage.compiler.text.Script;
import dev.teracage.compiler.text.ScriptValue;
import dev.teracage.compiler.text.WastParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import dev.teracage.runtime.trap.TrapException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs spec scripts whose modules need no runtime beyond this package's tests (no imports, no
 * tables; memories with constant-offset data, numeric globals): every {@code assert_return}, {@code
 * assert_trap} and {@code assert_exhaustion} on compiled code. The real harness (with the runtime's
 * instantiation) replaces this later; it checks the generated code's semantics now.
 */
class SpecExecutionTest {
  private static final Path SUITE = Path.of("..", "..", "shared", "wasm-testsuite-2.0");

  private Module module;
  private Context context;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i32",
        "i64",
        "f32",
        "f64",
        "f32_bitwise",
        "f64_bitwise",
        "f32_cmp",
        "f64_cmp",
        "conversions",
        "int_exprs",
        "float_exprs",
        "float_misc",
        "int_literals",
        "float_literals",
        "labels",
        "block",
        "loop",
        "br",
        "br_if",
        "br_table",
        "return",
        "select",
        "fac",
        "forward",
        "local_get",
        "local_set",
        "local_tee",
        "nop",
        "unreachable",
        "unwind",
        "switch",
        "stack",
        "if",
        "call",
        "endianness",
        "load",
        "store",
        "memory",
        "address",
        "float_memory",
        "memory_redundancy",
        "left-to-right",
        "traps",
        "const",
        "align",
        "func",
        "names"
      })
  void script(String name) throws Throwable {
    Path file = SUITE.resolve(name + ".wast");
    Assumptions.assumeTrue(Files.exists(file), "not found: " + file);
    Script script = WastParser.parse(name + ".wast", Files.readString(file));
    List<String> failures = new ArrayList<>();
    int passed = 0;
    int skipped = 0;
    for (Command c : script.commands()) {
      try {
        switch (c) {
          case Command.ModuleCommand m ->
              instantiate(SpecModulesCompileTest.read(m.module(), name));
          case Command.AssertReturn r -> {
            if (context == null || !(r.action() instanceof Action.Invoke inv)) {
              skipped++;
              continue;
            }
            List<Long> got = invoke(inv);
            if (got == null) {
              skipped++;
            } else if (matches(r.expected(), got)) {
              passed++;
            } else {
              failures.add(name + ":" + r.line() + " " + inv.field() + " got " + hex(got));
            }
          }
          case Command.AssertTrap t -> {
            if (context == null || !(t.action() instanceof Action.Invoke inv)) {
              skipped++;
              continue;
            }
            String trap = trap(inv);
            if (t.message().equals(trap) || (trap != null && trap.startsWith(t.message()))) {
              passed++;
            } else {
              failures.add(
                  name + ":" + t.line() + " expected trap " + t.message() + ", got " + trap);
            }
          }
          case Command.ActionCommand a -> {
            if (context != null && a.action() instanceof Action.Invoke inv) {
              invoke(inv);
            }
          }
          case Command.AssertExhaustion t -> {
            if (context == null) {
              skipped++;
              continue;
            }
            String trap = trap((Action.Invoke) t.action());
            if (t.message().equals(trap)) {
              passed++;
            } else {
              failures.add(name + ":" + t.line() + " expected " + t.message() + ", got " + trap);
            }
          }
          default -> {}
        }
      } catch (Unsupported u) {
        context = null;
        skipped++;
      }
    }
    System.out.printf(
        "%s: %d passed, %d skipped, %d failed%n", name, passed, skipped, failures.size());
    failures.stream().limit(20).forEach(System.out::println);
    assertEquals(List.of(), failures);
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private void instantiate(Module m) throws Throwable {
    Validator.validate(m);
    if (!m.imports().isEmpty() || !m.tableTypes().isEmpty() || !m.elements().isEmpty()) {
      throw new Unsupported("imports or tables");
    }
    ArenaLayout layout = Compiled.layout(m);
    CompiledClass c = ClassEmitter.compile(m, "wasm.spec.M", layout);
    Class<?> type = new Compiled.Loader().define(c.name(), c.bytes());
    int[] types = m.functionTypeIndices();
    FuncRef[] functions = new FuncRef[types.length];
    int maxResults = 1;
    for (FuncType t : m.types()) {
      maxResults = Math.max(maxResults, t.results().size());
    }
    for (int i = 0; i < types.length; i++) {
      FuncType t = m.types().get(types[i]);
      MethodType mt =
          MethodType.fromMethodDescriptorString(
              JvmTypes.method(t).descriptorString(), getClass().getClassLoader());
      MethodHandle h = MethodHandles.lookup().findStatic(type, "f" + i, mt);
      functions[i] = new FuncRef(h, types[i], "f" + i);
    }
    MemorySegment arena = Arena.ofAuto().allocate(Math.max(64, layout.fixedSize()), 16);
    MemorySegment[] memories = {};
    if (!m.memories().isEmpty()) {
      long pages = m.memories().getFirst().limits().min();
      memories =
          new MemorySegment[] {
            Arena.ofAuto().allocate(pages * 65536 + 1, 16).asSlice(0, pages * 65536)
          };
    }
    for (int g = 0; g < m.globals().size(); g++) {
      Global global = m.globals().get(g);
      long bits = constant(global.init());
      long offset = layout.globalOffset(g);
      switch (global.type().valType().code()) {
        case 0x7F, 0x7D -> arena.set(ValueLayout.JAVA_INT_UNALIGNED, offset, (int) bits);
        case 0x7E, 0x7C -> arena.set(ValueLayout.JAVA_LONG_UNALIGNED, offset, bits);
        default -> throw new Unsupported("reference global");
      }
    }
    for (DataSegment d : m.data()) {
      if (d.mode() == SegmentMode.ACTIVE) {
        long at = Integer.toUnsignedLong((int) constant(d.offset()));
        if (at + d.init().length > memories[0].byteSize()) {
          throw new Unsupported("data out of bounds");
        }
        MemorySegment.copy(d.init(), 0, memories[0], ValueLayout.JAVA_BYTE, at, d.init().length);
      }
    }
    module = m;
    context = new Context(arena, memories, functions, maxResults, new Object[0], null);
    if (m.start() >= 0) {
      call(m.start(), List.of());
    }
  }

  private static long constant(dev.teracage.compiler.model.Expr e) {
    CodeReader r = new CodeReader(e);
    Opcode op = r.next();
    return switch (op) {
      case I32_CONST -> Integer.toUnsignedLong(r.i32Value());
      case I64_CONST -> r.i64Value();
      case F32_CONST -> Integer.toUnsignedLong(r.f32Bits());
      case F64_CONST -> r.f64Bits();
      default -> throw new Unsupported("constant " + op);
    };
  }

  private List<Long> invoke(Action.Invoke inv) throws Throwable {
    int function = -1;
    for (Export e : module.exports()) {
      if (e.kind() == ExternKind.FUNC && e.name().equals(inv.field())) {
        function = e.index();
      }
    }
    List<Object> args = new ArrayList<>();
    for (ScriptValue v : inv.args()) {
      if (!(v instanceof ScriptValue.Num n)) {
        return null;
      }
      args.add(
          switch (n.type().code()) {
            case 0x7F -> (int) n.bits();
            case 0x7E -> n.bits();
            case 0x7D -> Float.intBitsToFloat((int) n.bits());
            default -> Double.longBitsToDouble(n.bits());
          });
    }
    return call(function, args);
  }

  private List<Long> call(int function, List<Object> args) throws Throwable {
    FuncType t = module.types().get(module.functionTypeIndices()[function]);
    for (ValType r : t.results()) {
      if (r.isRef()) {
        return null;
      }
    }
    List<Object> all = new ArrayList<>(args);
    all.add(context);
    Object first = context.functions[function].handle().invokeWithArguments(all);
    List<Long> results = new ArrayList<>();
    for (int k = 0; k < t.results().size(); k++) {
      if (k == 0) {
        results.add(
            switch (first) {
              case Integer i -> Integer.toUnsignedLong(i);
              case Long l -> l;
              case Float f -> Integer.toUnsignedLong(Float.floatToRawIntBits(f));
              case Double d -> Double.doubleToRawLongBits(d);
              default -> throw new AssertionError(first);
            });
      } else {
        results.add(context.results[k - 1]);
      }
    }
    return results;
  }

  private String trap(Action.Invoke inv) {
    try {
      invoke(inv);
      return null;
    } catch (TrapException e) {
      return e.reason();
    } catch (IndexOutOfBoundsException e) {
      return "out of bounds memory access";
    } catch (StackOverflowError e) {
      return "call stack exhausted";
    } catch (Throwable e) {
      return e.toString();
    }
  }

  private static boolean matches(List<Expected> expected, List<Long> got) {
    if (expected.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      long bits = got.get(i);
      boolean ok =
          switch (expected.get(i)) {
            case Expected.Exact(ScriptValue.Num n) ->
                n.type().code() == 0x7F || n.type().code() == 0x7D
                    ? (int) n.bits() == (int) bits
                    : n.bits() == bits;
            case Expected.CanonicalNan(ValType t) ->
                t.code() == 0x7D
                    ? (bits & 0x7FFF_FFFFL) == 0x7FC0_0000L
                    : (bits & Long.MAX_VALUE) == 0x7FF8_0000_0000_0000L;
            case Expected.ArithmeticNan(ValType t) ->
                t.code() == 0x7D
                    ? (bits & 0x7FC0_0000L) == 0x7FC0_0000L
                    : (bits & 0x7FF8_0000_0000_0000L) == 0x7FF8_0000_0000_0000L;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String hex(List<Long> values) {
    return values.stream().map(Long::toHexString).toList().toString();
  }
}

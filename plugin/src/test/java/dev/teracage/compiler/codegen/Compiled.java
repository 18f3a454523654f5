package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import java.lang.classfile.ClassFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Test support: compiles WAT through the parser, validator and {@link ClassEmitter}, verifies the
 * class, loads it in a fresh loader and calls its functions with a hand-made {@link Context}.
 */
final class Compiled {
  final Module module;
  final CompiledClass compiled;
  final Class<?> type;
  final Context context;
  final ArenaLayout layout;

  private Compiled(
      Module module, CompiledClass compiled, Class<?> type, Context context, ArenaLayout layout) {
    this.layout = layout;
    this.module = module;
    this.compiled = compiled;
    this.type = type;
    this.context = context;
  }

  static CompiledClass compileOnly(String wat) {
    Module module = WatParser.parseModule(wat);
    Validator.validate(module);
    return ClassEmitter.compile(module, "wasm.test.M", layout(module));
  }

  static Compiled of(String wat) {
    return of(wat, Map.of());
  }

  /**
   * Compiles and loads a module; imported functions come from {@code hosts} by import name, their
   * handles of type {@code (params..., Context)ret}.
   */
  static Compiled of(String wat, Map<String, MethodHandle> hosts) {
    Module module = WatParser.parseModule(wat);
    Validator.validate(module);
    ArenaLayout layout = layout(module);
    CompiledClass c = ClassEmitter.compile(module, "wasm.test.M", layout);
    assertEquals(java.util.List.of(), ClassFile.of().verify(c.bytes()), "verification errors");
    Class<?> type = new Loader().define(c.name(), c.bytes());
    int[] types = module.functionTypeIndices();
    FuncRef[] functions = new FuncRef[types.length];
    int imported = module.importedFunctionCount();
    int maxResults = 1;
    for (FuncType t : module.types()) {
      maxResults = Math.max(maxResults, t.results().size());
    }
    try {
      for (int i = 0; i < types.length; i++) {
        FuncType t = module.types().get(types[i]);
        MethodType mt =
            MethodType.fromMethodDescriptorString(
                JvmTypes.method(t).descriptorString(), Compiled.class.getClassLoader());
        MethodHandle h =
            i < imported
                ? hosts.get(module.imports().get(i).name()).asType(mt)
                : MethodHandles.lookup().findStatic(type, "f" + i, mt);
        functions[i] = new FuncRef(h, types[i], "f" + i);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    MemorySegment arena = Arena.ofAuto().allocate(1 << 20, 16);
    MemorySegment[] memories = {};
    if (!module.memoryTypes().isEmpty()) {
      long pages = module.memoryTypes().getFirst().limits().min();
      memories = new MemorySegment[] {Arena.ofAuto().allocate(pages * 65536, 16)};
    }
    Context ctx = new Context(arena, memories, functions, maxResults, new Object[0], null);
    return new Compiled(module, c, type, ctx, layout);
  }

  /** The layout of the module's globals (tables and memories live outside the test arena). */
  static ArenaLayout layout(Module module) {
    var b = ArenaLayout.builder();
    for (GlobalType g : module.globalTypes()) {
      ValType t = g.valType();
      b.global(
          t.isRef() ? (JvmTypes.isFuncRef(t) ? ValueCode.FUNCREF : ValueCode.EXTERNREF) : t.code());
    }
    return b.build();
  }

  /** Calls defined function {@code index} with wasm arguments; the context is appended. */
  Object call(int index, Object... args) {
    FuncRef f = context.functions[index];
    Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = context;
    try {
      return f.handle().invokeWithArguments(all);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** A fresh class loader per module. */
  static final class Loader extends ClassLoader {
    Loader() {
      super(Compiled.class.getClassLoader());
    }

    Loader with(String name, byte[] bytes) {
      define(name, bytes);
      return this;
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}

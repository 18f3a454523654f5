package dev.teracage.compiler.cli;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.GeneratedClassLoader;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.ExportedFunction;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.layout.ValueCode;
import java.util.StringJoiner;

/**
 * {@code run FILE EXPORT ARGS...}: compiles a module in memory, loads the class and image with the
 * runtime as a packaged application would, instantiates it (without imports) and calls one export
 * with numeric arguments.
 */
final class Runner {
  private static final String CLASS_NAME = "teracage.cli.Module";

  private Runner() {}

  /**
   * Compiles, instantiates and calls.
   *
   * @param module a validated module
   * @param export the export to call
   * @param args its arguments as text, one per parameter
   * @return the results, space-separated
   * @throws IllegalArgumentException when the export or the arguments do not fit
   */
  static String run(Module module, String export, String[] args) {
    Compilation compilation = Compiler.compile(module, CLASS_NAME);
    Class<?> cls = new GeneratedClassLoader(Runner.class.getClassLoader(), compilation).mainClass();
    Instance instance =
        Instance.instantiate(ImageReader.read(compilation.image()), cls, new Imports());
    ExportedFunction function = instance.function(export);
    FuncSig sig = function.signature();
    if (args.length != sig.paramCount()) {
      throw new IllegalArgumentException(
          export + " takes " + sig.paramCount() + " arguments " + sig + ", not " + args.length);
    }
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = parse(sig.param(i), args[i]);
    }
    StringJoiner out = new StringJoiner(" ");
    for (Object result : function.apply(values)) {
      out.add(String.valueOf(result));
    }
    return out.toString();
  }

  private static Object parse(int type, String text) {
    try {
      return switch (type) {
        case ValueCode.I32 -> (int) Long.decode(text).longValue();
        case ValueCode.I64 -> Long.decode(text);
        case ValueCode.F32 -> Float.parseFloat(text);
        case ValueCode.F64 -> Double.parseDouble(text);
        default ->
            throw new IllegalArgumentException(
                ValueCode.name(type) + " parameters cannot be given on the command line");
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a " + ValueCode.name(type) + " value: " + text, e);
    }
  }
}

package dev.teracage.compiler.codegen;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.layout.ArenaLayout;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated module into one JVM class: a {@code public static} method {@code f<i>} per
 * defined function (wasm parameters as JVM values, then the {@code Context}; the first result
 * returned, the others through {@code Context.results}), plus private stubs and layout constants.
 *
 * <p>A function whose method would exceed the JVM's 64 KiB limit fails with a {@link
 * CodegenException} naming it; splitting large functions is a later step.
 */
public final class ClassEmitter {
  /** The JVM's limit on a method's bytecode. */
  public static final int MAX_METHOD_SIZE = 65535;

  private static final ClassHierarchyResolver HIERARCHY =
      ClassHierarchyResolver.defaultResolver()
          .orElse(ClassHierarchyResolver.ofResourceParsing(ClassEmitter.class.getClassLoader()));

  private ClassEmitter() {}

  /**
   * Compiles a module with the globals where an arena layout puts them.
   *
   * @param module a validated module
   * @param className the binary name of the class to generate, such as {@code wasm.m0.Module}
   * @param layout the module's arena layout
   * @return the class file and its methods' sizes
   * @throws CodegenException when a function cannot be compiled (too large for one method)
   */
  public static CompiledClass compile(Module module, String className, ArenaLayout layout) {
    return compile(module, className, layout::globalOffset);
  }

  /**
   * Compiles a module.
   *
   * @param module a validated module
   * @param className the binary name of the class to generate, such as {@code wasm.m0.Module}
   * @param slots the arena offset of each global
   * @return the class file and its methods' sizes
   * @throws CodegenException when a function cannot be compiled (too large for one method)
   */
  public static CompiledClass compile(Module module, String className, GlobalSlots slots) {
    ClassDesc owner = ClassDesc.of(className);
    ModuleInfo info = ModuleInfo.of(module, owner, slots);
    ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(HIERARCHY));
    CodeReader reader = new CodeReader(false);
    int imported = info.importedFunctions();
    int[] current = {-1};
    byte[] bytes;
    try {
      bytes =
          cf.build(
              owner,
              clb -> {
                clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
                MemoryAccess.emitFields(clb, owner);
                List<FunctionBody> codes = module.codes();
                for (int i = 0; i < codes.size(); i++) {
                  int function = imported + i;
                  FuncType type = info.functionTypes()[function];
                  FunctionBody body = codes.get(i);
                  current[0] = function;
                  clb.withMethodBody(
                      ModuleInfo.methodName(function),
                      JvmTypes.method(type),
                      ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                      cb -> new FunctionEmitter(info, cb, reader, type).emit(body));
                }
                current[0] = -1;
                info.stubs().emitAll(clb);
              });
    } catch (CodegenException e) {
      throw e;
    } catch (RuntimeException e) {
      int function = current[0] >= 0 ? current[0] : methodNamed(e.getMessage());
      throw new CodegenException(
          function >= 0 && isSizeError(e)
              ? "function too large for one JVM method: "
                  + codeLength(e.getMessage())
                  + " bytes of bytecode (at most "
                  + MAX_METHOD_SIZE
                  + ")"
              : e instanceof UnsupportedOperationException
                  ? e.getMessage()
                  : "cannot compile: " + e.getMessage(),
          where(module, function),
          e);
    }
    return new CompiledClass(className, bytes, sizes(cf.parse(bytes)));
  }

  /** The function, with its body's offset in the binary when it was decoded from one. */
  private static Location where(Module module, int function) {
    int defined = function - module.importedFunctionCount();
    long offset =
        defined >= 0 && defined < module.codes().size()
            ? module.codes().get(defined).body().sourceOffset()
            : -1;
    Location at = offset >= 0 ? Location.atOffset(offset) : Location.UNKNOWN;
    return at.inFunction(function, module.names().functionName(function));
  }

  private static boolean isSizeError(RuntimeException e) {
    return e.getMessage() != null && e.getMessage().contains("Code length");
  }

  /**
   * Finds the function whose method a class-file error names ({@code "Code length 70000 is outside
   * the allowed range in f12(int,Context)int"}: the JDK checks sizes when it writes the class), or
   * -1.
   */
  private static int methodNamed(String message) {
    if (message == null) {
      return -1;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(" in f(\\d+)\\(").matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String codeLength(String message) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Code length (\\d+)").matcher(message);
    return m.find() ? m.group(1) : "more than " + MAX_METHOD_SIZE;
  }

  private static Map<String, Integer> sizes(ClassModel model) {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (MethodModel m : model.methods()) {
      m.findAttribute(Attributes.code())
          .ifPresent(
              c -> result.put(m.methodName().stringValue(), ((CodeAttribute) c).codeLength()));
    }
    return result;
  }
}

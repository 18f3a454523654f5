package dev.teracage.compiler.codegen;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.image.ImageOrigin;
import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.support.GeneratedClasses;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.attribute.ConstantValueAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated module into one JVM class: a {@code public static} method {@code f<i>} per
 * defined function (wasm parameters as JVM values, then the {@code Context}; the first result
 * returned, the others through {@code Context.results}), plus private stubs and layout constants.
 *
 * <p>Every method stays within {@link #HUGE_METHOD} bytes of bytecode, so HotSpot compiles it: a
 * function estimated (or found) larger is split into parts ({@link SplitEmitter}), and parts found
 * too large are planned again with a smaller budget.
 */
public final class ClassEmitter {
  /** The JVM's limit on a method's bytecode. */
  public static final int MAX_METHOD_SIZE = 65535;

  /** HotSpot does not JIT-compile methods larger than this ({@code DontCompileHugeMethods}). */
  public static final int HUGE_METHOD = 8000;

  /**
   * System property forcing every function to be split with this part budget, or (0) none to be
   * split unless it exceeds the JVM's limit: diagnostics, to run the spec suite with every control
   * path across parts, and to measure split against whole methods.
   */
  public static final String FORCE_SPLIT = "teracage.codegen.splitBudget";

  /** Bodies up to this many bytes are compiled as one method without estimating. */
  private static final int SMALL_BODY = 1000;

  /**
   * Estimated bytecode above which a function is split before compiling it; below, it is compiled
   * whole and split only if its method really exceeds {@link #HUGE_METHOD} (the estimate is about
   * twice the real size, and needless splitting slows hot loops: RATIONALE.md).
   */
  private static final int METHOD_BUDGET = 14000;

  /** Estimated bytecode of each part of a split function, at first. */
  private static final int PART_BUDGET = 5000;

  /** The smallest part budget tried. */
  private static final int MIN_BUDGET = 300;

  /**
   * System property: defined functions per generated class (default {@value
   * #DEFAULT_FUNCTIONS_PER_CLASS}); modules with more get companion classes ({@link
   * GeneratedClasses}). For tests of the companion path on small modules.
   */
  public static final String FUNCTIONS_PER_CLASS = "teracage.codegen.functionsPerClass";

  private static final int DEFAULT_FUNCTIONS_PER_CLASS = 10_000;
  private static final int MIN_FUNCTIONS_PER_CLASS = 64;

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
    return compile(module, className, slots, null);
  }

  /**
   * Compiles a module into a class that carries a pairing key (see {@code ImageOrigin}) in its
   * public static final field {@code TERACAGE_PAIRING}.
   *
   * @param module a validated module
   * @param className the binary name of the class to generate
   * @param layout the arena layout its image has
   * @param pairing the key, as lowercase hex, or {@code null} for none
   * @return the class file and its methods' sizes
   */
  public static CompiledClass compile(
      Module module, String className, ArenaLayout layout, String pairing) {
    return compile(module, className, layout::globalOffset, pairing);
  }

  private static CompiledClass compile(
      Module module, String className, GlobalSlots slots, String pairing) {
    int defined = module.codes().size();
    int perClass = Integer.getInteger(FUNCTIONS_PER_CLASS, DEFAULT_FUNCTIONS_PER_CLASS);
    while (true) {
      ClassGroups groups =
          new ClassGroups(
              className,
              module.importedFunctionCount(),
              defined,
              defined <= perClass ? Math.max(1, defined) : perClass);
      try {
        return compileGroups(module, groups, slots, pairing);
      } catch (CodegenException e) {
        // A class whose constant pool overflows: fewer functions per class.
        if (!isPoolOverflow(e) || groups.perClass() <= MIN_FUNCTIONS_PER_CLASS) {
          throw e;
        }
        perClass = Math.max(MIN_FUNCTIONS_PER_CLASS, groups.perClass() / 2);
      }
    }
  }

  private static boolean isPoolOverflow(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("constant pool")) {
        return true;
      }
    }
    return false;
  }

  private static CompiledClass compileGroups(
      Module module, ClassGroups groups, GlobalSlots slots, String pairing) {
    ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(HIERARCHY));
    CodeReader reader = new CodeReader(false);
    int imported = module.importedFunctionCount();
    List<FunctionBody> codes = module.codes();
    // Per defined function: 0 = one method, else the estimated bytecode budget of each part.
    int[] budgets = new int[codes.size()];
    Integer forced = Integer.getInteger(FORCE_SPLIT);
    ModuleInfo first = ModuleInfo.of(module, ClassDesc.of(groups.nameOf(0)), slots, groups);
    for (int i = 0; i < codes.size(); i++) {
      if (forced != null) {
        budgets[i] = Math.max(0, forced);
      } else if (codes.get(i).body().length() > SMALL_BODY
          && SplitPlan.estimate(first, reader, codes.get(i)) > METHOD_BUDGET) {
        budgets[i] = PART_BUDGET;
      }
    }
    byte[] main = null;
    Map<String, byte[]> companions = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int g = 0; g < groups.count(); g++) {
      ClassDesc owner = ClassDesc.of(groups.nameOf(g));
      byte[] bytes =
          compileClass(
              cf,
              ModuleInfo.of(module, owner, slots, groups),
              reader,
              budgets,
              g,
              forced,
              g == 0 ? pairing : null);
      String prefix = g == 0 ? "" : owner.displayName() + ".";
      sizes(cf.parse(bytes)).forEach((method, size) -> sizes.put(prefix + method, size));
      if (g == 0) {
        main = bytes;
      } else {
        companions.put(groups.nameOf(g), bytes);
      }
    }
    return new CompiledClass(groups.mainClass(), main, sizes, companions);
  }

  /** Builds one class of a group, splitting its functions finer until every method fits. */
  private static byte[] compileClass(
      ClassFile cf,
      ModuleInfo info,
      CodeReader reader,
      int[] budgets,
      int group,
      Integer forced,
      String pairing) {
    Module module = info.module();
    int imported = info.importedFunctions();
    while (true) {
      int[] current = {-1};
      byte[] bytes;
      try {
        bytes = build(cf, info.owner(), info, reader, budgets, current, pairing, group);
      } catch (CodegenException e) {
        throw e;
      } catch (RuntimeException e) {
        int function = current[0] >= 0 ? current[0] : methodNamed(e.getMessage());
        if (function >= imported && isSizeError(e) && shrink(budgets, function - imported)) {
          continue;
        }
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
      boolean again = false;
      for (Map.Entry<String, Integer> e : sizes(cf.parse(bytes)).entrySet()) {
        int function = functionOf(e.getKey());
        boolean wholeForced = forced != null && forced <= 0;
        if (e.getValue() > HUGE_METHOD && function >= imported && !wholeForced) {
          if (!shrink(budgets, function - imported)) {
            throw new CodegenException(
                "cannot keep " + e.getKey() + " under " + HUGE_METHOD + " bytes: " + e.getValue(),
                where(module, function),
                null);
          }
          again = true;
        }
      }
      if (!again) {
        return bytes;
      }
    }
  }

  private static byte[] build(
      ClassFile cf,
      ClassDesc owner,
      ModuleInfo info,
      CodeReader reader,
      int[] budgets,
      int[] current,
      String pairing,
      int group) {
    Module module = info.module();
    ClassGroups groups = info.groups();
    return cf.build(
        owner,
        clb -> {
          clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
          MemoryAccess.emitFields(clb, owner);
          if (pairing != null) {
            clb.withField(
                ImageOrigin.PAIRING_FIELD,
                ConstantDescs.CD_String,
                fb ->
                    fb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL)
                        .with(ConstantValueAttribute.of(pairing)));
          }
          if (group == 0 && groups.count() > 1) {
            clb.withField(
                GeneratedClasses.PER_CLASS_FIELD,
                ConstantDescs.CD_int,
                fb ->
                    fb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL)
                        .with(ConstantValueAttribute.of(groups.perClass())));
          }
          List<FunctionBody> codes = module.codes();
          for (int function = groups.first(group); function < groups.end(group); function++) {
            int i = function - groups.imported();
            FuncType type = info.functionTypes()[function];
            FunctionBody body = codes.get(i);
            current[0] = function;
            if (budgets[i] > 0) {
              SplitPlan plan = SplitPlan.of(info, reader, body, budgets[i]);
              SplitEmitter.emit(clb, info, reader, function, type, body, plan);
            } else {
              clb.withMethodBody(
                  ModuleInfo.methodName(function),
                  JvmTypes.method(type),
                  ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                  cb -> new FunctionEmitter(info, cb, reader, type).emit(body));
            }
          }
          current[0] = -1;
          info.stubs().emitAll(clb);
        });
  }

  /** Splits a function, or splits it finer; false when its parts cannot get smaller. */
  private static boolean shrink(int[] budgets, int defined) {
    if (budgets[defined] == 0) {
      budgets[defined] = PART_BUDGET;
      return true;
    }
    if (budgets[defined] <= MIN_BUDGET) {
      return false;
    }
    budgets[defined] = Math.max(MIN_BUDGET, budgets[defined] / 2);
    return true;
  }

  /** The function index of a generated method name {@code f<i>} or {@code f<i>$...}, or -1. */
  private static int functionOf(String method) {
    if (method.length() < 2 || method.charAt(0) != 'f' || !Character.isDigit(method.charAt(1))) {
      return -1;
    }
    int end = 1;
    while (end < method.length() && Character.isDigit(method.charAt(end))) {
      end++;
    }
    return Integer.parseInt(method.substring(1, end));
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
   * the allowed range in f12(int,Context)int"}, or a part {@code f12$3}: the JDK checks sizes when
   * it writes the class), or -1.
   */
  private static int methodNamed(String message) {
    if (message == null) {
      return -1;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(" in f(\\d+)[($]").matcher(message);
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

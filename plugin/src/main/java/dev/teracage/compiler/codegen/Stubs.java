package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The generated class's private static helper methods, each emitted once when code first asks for
 * it: imported and indirect call sites, memory accesses, arena globals. They keep call sites small
 * (a few bytes each) and the JIT inlines them.
 */
final class Stubs {
  private record Stub(MethodTypeDesc type, Consumer<CodeBuilder> body) {}

  private final ClassDesc owner;
  private final Module module;
  private final FuncType[] functionTypes;
  private final IndirectTargets indirectTargets;
  private final Map<String, Stub> stubs = new LinkedHashMap<>();

  private final ClassGroups groups;

  Stubs(ClassDesc owner, Module module, FuncType[] functionTypes, ClassGroups groups) {
    this.owner = owner;
    this.groups = groups;
    this.module = module;
    this.functionTypes = functionTypes;
    this.indirectTargets =
        new IndirectTargets(module, functionTypes, module.importedFunctionCount());
  }

  private void call(CodeBuilder cb, String name, MethodTypeDesc type, Consumer<CodeBuilder> body) {
    stubs.computeIfAbsent(name, n -> new Stub(type, body));
    cb.invokestatic(owner, name, type);
  }

  /**
   * Calls imported function {@code k}: {@code ctx.functions[k].handle().invokeExact(args, ctx)}.
   * Expects the arguments and the context on the stack.
   */
  void callImport(CodeBuilder cb, int function) {
    MethodTypeDesc type = JvmTypes.method(functionTypes[function]);
    call(
        cb,
        "import" + function,
        type,
        b -> {
          int ctx = type.parameterCount() - 1;
          b.aload(b.parameterSlot(ctx));
          b.getfield(JvmTypes.CONTEXT, "functions", JvmTypes.FUNC_REF.arrayType());
          b.loadConstant(function);
          b.aaload();
          invokeHandle(b, type, ctx);
        });
  }

  /**
   * Calls through a table: expects the arguments, the element index and the context on the stack.
   * {@code Calls.indirect} checks the element and its type; a function of the caller's own instance
   * that the module references is then called directly, through a switch on its index ({@link
   * IndirectTargets}), any other through its handle.
   */
  void callIndirect(CodeBuilder cb, int typeIndex, int table) {
    MethodTypeDesc target = JvmTypes.method(module.types().get(typeIndex));
    int n = target.parameterCount() - 1;
    MethodTypeDesc type = target.insertParameterTypes(n, CD_int);
    List<Integer> direct = indirectTargets.of(typeIndex);
    call(
        cb,
        "indirect" + typeIndex + "_" + table,
        type,
        b -> {
          if (!direct.isEmpty()) {
            switchOnOwnFunction(b, target, n + 1, table, direct);
          }
          b.aload(b.parameterSlot(n + 1));
          b.loadConstant(table);
          b.iload(b.parameterSlot(n));
          b.loadConstant(typeIndex);
          Helpers.CALL_INDIRECT.invoke(b);
          invokeHandle(b, target, n + 1);
        });
  }

  /**
   * Calls the element with {@code invokestatic} and returns when it is one of {@code targets},
   * functions of the caller's instance whose type is the expected one (so neither trap can apply);
   * otherwise falls through, to the checked path. The element is looked up by instance and index
   * ({@code Calls.ownFunction}), without reading the reference itself.
   */
  private void switchOnOwnFunction(
      CodeBuilder b, MethodTypeDesc target, int ctxParam, int table, List<Integer> targets) {
    Label other = b.newLabel();
    b.aload(b.parameterSlot(ctxParam));
    b.loadConstant(table);
    b.iload(b.parameterSlot(ctxParam - 1));
    Helpers.CALL_INDIRECT_OWN.invoke(b);
    List<SwitchCase> cases = new ArrayList<>();
    for (int f : targets) {
      cases.add(SwitchCase.of(f, b.newLabel()));
    }
    int low = targets.getFirst();
    int high = targets.getLast();
    if ((long) high - low + 1 <= 2L * targets.size() + 8) {
      b.tableswitch(low, high, other, cases);
    } else {
      b.lookupswitch(other, cases);
    }
    for (SwitchCase c : cases) {
      b.labelBinding(c.target());
      for (int i = 0; i < ctxParam - 1; i++) {
        b.loadLocal(TypeKind.from(target.parameterType(i)), b.parameterSlot(i));
      }
      b.aload(b.parameterSlot(ctxParam));
      b.invokestatic(
          groups.count() == 1 ? owner : groups.classOf(c.caseValue()),
          ModuleInfo.methodName(c.caseValue()),
          target);
      b.return_(TypeKind.from(target.returnType()));
    }
    b.labelBinding(other);
  }

  private static void invokeHandle(CodeBuilder b, MethodTypeDesc target, int ctxParam) {
    b.invokevirtual(JvmTypes.FUNC_REF, "handle", MethodTypeDesc.of(JvmTypes.METHOD_HANDLE));
    int n = target.parameterCount() - 1;
    for (int i = 0; i < n; i++) {
      b.loadLocal(TypeKind.from(target.parameterType(i)), b.parameterSlot(i));
    }
    b.aload(b.parameterSlot(ctxParam));
    b.invokevirtual(JvmTypes.METHOD_HANDLE, "invokeExact", target);
    b.return_(TypeKind.from(target.returnType()));
  }

  /** memory.size: expects the context on the stack. */
  void memorySize(CodeBuilder cb, int memory) {
    call(
        cb,
        "memory_size_m" + memory,
        MethodTypeDesc.of(CD_int, JvmTypes.CONTEXT),
        b -> {
          MemoryAccess.segment(b, 0, memory);
          b.invokeinterface(JvmTypes.MEMORY_SEGMENT, "byteSize", MethodTypeDesc.of(CD_long));
          b.bipush(16);
          b.lushr();
          b.l2i();
          b.ireturn();
        });
  }

  /** Reads a global kept in the arena: expects the context on the stack. */
  void globalGet(CodeBuilder cb, int global, ValType t, long offset) {
    ClassDesc jt = JvmTypes.of(t);
    call(
        cb,
        "global_get" + global,
        MethodTypeDesc.of(jt, JvmTypes.CONTEXT),
        b -> {
          MemoryAccess.handleOf(b, t, owner);
          b.aload(0);
          b.getfield(JvmTypes.CONTEXT, "arena", JvmTypes.MEMORY_SEGMENT);
          b.loadConstant(offset);
          MemoryAccess.get(b, t);
          b.return_(TypeKind.from(jt));
        });
  }

  /** Writes a global kept in the arena: expects the value and the context on the stack. */
  void globalSet(CodeBuilder cb, int global, ValType t, long offset) {
    ClassDesc jt = JvmTypes.of(t);
    TypeKind k = TypeKind.from(jt);
    call(
        cb,
        "global_set" + global,
        MethodTypeDesc.of(CD_void, jt, JvmTypes.CONTEXT),
        b -> {
          MemoryAccess.handleOf(b, t, owner);
          b.aload(k.slotSize());
          b.getfield(JvmTypes.CONTEXT, "arena", JvmTypes.MEMORY_SEGMENT);
          b.loadConstant(offset);
          b.loadLocal(k, 0);
          MemoryAccess.set(b, t);
          b.return_();
        });
  }

  /**
   * Adds every requested stub to the class.
   *
   * @param clb the class builder
   */
  void emitAll(ClassBuilder clb) {
    for (Map.Entry<String, Stub> e : stubs.entrySet()) {
      clb.withMethodBody(
          e.getKey(),
          e.getValue().type(),
          ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
          e.getValue().body());
    }
  }
}

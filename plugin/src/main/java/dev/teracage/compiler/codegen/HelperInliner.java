package dev.teracage.compiler.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies the bytecode of a runtime helper into the generated method instead of calling it: the
 * helper's arguments go to scratch slots, its code follows with its locals moved there, its calls
 * to other support helpers (often private) are copied in the same way, and its returns jump to the
 * end.
 *
 * <p>Why: HotSpot's C2 stops inlining ordinary calls once a compilation has created {@code
 * NodeCountInliningCutoff} nodes, and every {@code MemorySegment} access it must inline (they are
 * force-inlined, so never refused) takes a large share of that budget. In a SIMD loop after a few
 * memory accesses the lane helpers were then refused and stayed calls, each costing more than the
 * scalar code it replaces. Code already in the method needs no inlining decision (RATIONALE.md,
 * "SIMD as two longs").
 *
 * <p>Only helpers whose whole call tree is plain: straight-line or forward-branching code (no loop:
 * HotSpot cannot start compiled code at a loop head where the JVM stack holds the caller's
 * operands), with no exception handlers, no allocation, no {@code invokedynamic}, no throw or
 * monitor, fields only public ones (the context's {@code v128High}), calls outside the support
 * package only to public JDK classes; and at most {@link #MAX_SIZE} bytes once expanded. Any other
 * helper is called as before.
 */
final class HelperInliner {
  /** The support package, in internal form; its helpers are copied, never called, inside a copy. */
  private static final String SUPPORT = "dev/teracage/runtime/support/";

  /** The most bytecode one expanded helper may add to a method. */
  static final int MAX_SIZE = 640;

  /** How deep helper calls may nest in one copy. */
  private static final int MAX_DEPTH = 6;

  private static final Map<String, ClassModel> CLASSES = new ConcurrentHashMap<>();

  /** Per helper: its expanded size, or -1 when it cannot be copied. */
  private static final Map<Helpers.Helper, Integer> SIZES = new ConcurrentHashMap<>();

  private HelperInliner() {}

  /**
   * Emits helper {@code h} in place when it can be copied, else its call; the arguments are on the
   * stack either way. In a copy, the high half of a v128 result goes to {@link
   * ScratchSlots#highSlot} instead of {@code Context.v128High}: a local, not a memory store.
   *
   * @param f the function being emitted
   * @param h a static helper of the support package
   * @return whether it was copied
   */
  static boolean invoke(FunctionEmitter f, Helpers.Helper h) {
    if (expandedSize(h) < 0) {
      h.invoke(f.cb);
      return false;
    }
    copy(f, method(h.owner().descriptorString(), h.name(), h.type()), 0);
    return true;
  }

  /**
   * Returns the bytecode a helper adds in place, or -1 when it is called instead.
   *
   * @param h a static helper of the support package
   * @return the size in bytes, or -1
   */
  static int expandedSize(Helpers.Helper h) {
    return SIZES.computeIfAbsent(
        h,
        k -> {
          MethodModel m = method(k.owner().descriptorString(), k.name(), k.type());
          int size = m == null ? -1 : size(m, 0);
          return size > MAX_SIZE ? -1 : size;
        });
  }

  /** The expanded size of {@code m}, or -1 when it cannot be copied. */
  private static int size(MethodModel m, int depth) {
    CodeAttribute code = m.findAttribute(Attributes.code()).orElse(null);
    if (depth > MAX_DEPTH || code == null || !code.exceptionHandlers().isEmpty()) {
      return -1;
    }
    int size = 3 * argumentSlots(m.methodTypeSymbol()).length;
    java.util.Set<Label> bound = new java.util.HashSet<>();
    for (CodeElement e : code) {
      if (e instanceof LabelTarget t) {
        bound.add(t.label());
      }
      if (!(e instanceof Instruction i)) {
        continue;
      }
      switch (i) {
        case InvokeInstruction inv when inSupport(inv.owner().asInternalName()) -> {
          if (inv.opcode() != Opcode.INVOKESTATIC) {
            return -1;
          }
          MethodModel callee =
              method(
                  "L" + inv.owner().asInternalName() + ";",
                  inv.name().stringValue(),
                  inv.typeSymbol());
          int calleeSize = callee == null ? -1 : size(callee, depth + 1);
          if (calleeSize < 0) {
            return -1;
          }
          size += calleeSize;
        }
        case InvokeInstruction inv -> {
          if (inv.opcode() != Opcode.INVOKESTATIC || !isPublicJdk(inv.owner().asInternalName())) {
            return -1;
          }
          size += i.sizeInBytes();
        }
        case FieldInstruction fi -> {
          if (!isPublicField(fi)) {
            return -1;
          }
          size += i.sizeInBytes();
        }
        case ReturnInstruction r -> size += 3;
        case BranchInstruction b when bound.contains(b.target()) -> {
          // A loop: HotSpot cannot enter compiled code (OSR) at a loop head inside a copy, where
          // the JVM stack holds the caller's operands.
          return -1;
        }
        default -> {
          if (!plain(i.opcode())) {
            return -1;
          }
          size += i.sizeInBytes();
        }
      }
    }
    return size;
  }

  /** Copies {@code m} in place, its arguments on the stack. */
  private static void copy(FunctionEmitter f, MethodModel m, int depth) {
    CodeBuilder cb = f.cb;
    CodeAttribute code = m.findAttribute(Attributes.code()).orElseThrow();
    int base = f.scratch.inlineSlots(depth, code.maxLocals());
    TypeKind[] kinds = argumentSlots(m.methodTypeSymbol());
    int[] slots = new int[kinds.length];
    int slot = 0;
    for (int p = 0; p < kinds.length; p++) {
      slots[p] = slot;
      slot += kinds[p].slotSize();
    }
    for (int p = kinds.length - 1; p >= 0; p--) {
      cb.storeLocal(kinds[p], base + slots[p]);
    }
    List<CodeElement> elements = code.elementList();
    // By position: the parser shares one instance per operand-less instruction, so two returns of
    // the same kind are the same object.
    int last = elements.size() - 1;
    while (!(elements.get(last) instanceof Instruction)) {
      last--;
    }
    Label end = cb.newLabel();
    Map<Label, Label> labels = new HashMap<>();
    for (int k = 0; k < elements.size(); k++) {
      CodeElement e = elements.get(k);
      switch (e) {
        case LabelTarget t -> cb.labelBinding(map(cb, labels, t.label()));
        case LoadInstruction l -> cb.loadLocal(l.typeKind(), base + l.slot());
        case StoreInstruction s -> cb.storeLocal(s.typeKind(), base + s.slot());
        case IncrementInstruction inc -> cb.iinc(base + inc.slot(), inc.constant());
        case BranchInstruction b -> cb.branch(b.opcode(), map(cb, labels, b.target()));
        case TableSwitchInstruction t ->
            cb.tableswitch(
                t.lowValue(),
                t.highValue(),
                map(cb, labels, t.defaultTarget()),
                cases(cb, labels, t.cases()));
        case LookupSwitchInstruction t ->
            cb.lookupswitch(map(cb, labels, t.defaultTarget()), cases(cb, labels, t.cases()));
        case ReturnInstruction r -> {
          if (k != last) {
            cb.goto_(end);
          }
        }
        case InvokeInstruction inv when inSupport(inv.owner().asInternalName()) ->
            copy(
                f,
                method(
                    "L" + inv.owner().asInternalName() + ";",
                    inv.name().stringValue(),
                    inv.typeSymbol()),
                depth + 1);
        case FieldInstruction fi
            when fi.opcode() == Opcode.PUTFIELD && fi.name().equalsString("v128High") -> {
          cb.lstore(f.scratch.highSlot());
          cb.pop();
        }
        case FieldInstruction fi
            when fi.opcode() == Opcode.GETFIELD && fi.name().equalsString("v128High") -> {
          cb.pop();
          cb.lload(f.scratch.highSlot());
        }
        case Instruction i -> cb.with(i);
        default -> {}
      }
    }
    cb.labelBinding(end);
  }

  private static Label map(CodeBuilder cb, Map<Label, Label> labels, Label l) {
    return labels.computeIfAbsent(l, k -> cb.newLabel());
  }

  private static List<SwitchCase> cases(
      CodeBuilder cb, Map<Label, Label> labels, List<SwitchCase> cases) {
    List<SwitchCase> mapped = new ArrayList<>(cases.size());
    for (SwitchCase c : cases) {
      mapped.add(SwitchCase.of(c.caseValue(), map(cb, labels, c.target())));
    }
    return mapped;
  }

  /** The kinds of a static method's parameters, in order. */
  private static TypeKind[] argumentSlots(MethodTypeDesc type) {
    TypeKind[] kinds = new TypeKind[type.parameterCount()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = TypeKind.from(type.parameterType(i));
    }
    return kinds;
  }

  private static boolean inSupport(String internalName) {
    return internalName.startsWith(SUPPORT) && internalName.indexOf('/', SUPPORT.length()) < 0;
  }

  /** Calls the generated class may make from anywhere: public JDK math and bit twiddling. */
  private static boolean isPublicJdk(String internalName) {
    return switch (internalName) {
      case "java/lang/Math",
          "java/lang/StrictMath",
          "java/lang/Float",
          "java/lang/Double",
          "java/lang/Integer",
          "java/lang/Long",
          "java/lang/Short",
          "java/lang/Byte",
          "java/lang/Character" ->
          true;
      default -> false;
    };
  }

  /** Fields of the context, all public; any other class's fields may be private. */
  private static boolean isPublicField(FieldInstruction fi) {
    return fi.owner().asInternalName().equals(SUPPORT + "Context")
        && (fi.opcode() == Opcode.GETFIELD || fi.opcode() == Opcode.PUTFIELD);
  }

  /** Instructions that need nothing of the helper's class and never leave the copy. */
  private static boolean plain(Opcode op) {
    return switch (op.kind()) {
      case LOAD,
          STORE,
          INCREMENT,
          BRANCH,
          TABLE_SWITCH,
          LOOKUP_SWITCH,
          CONSTANT,
          CONVERT,
          OPERATOR,
          STACK,
          NOP ->
          true;
      default -> false;
    };
  }

  /** Finds a static method of a support class, or null when it is not one. */
  private static MethodModel method(String classDescriptor, String name, MethodTypeDesc type) {
    ClassModel c = CLASSES.computeIfAbsent(classDescriptor, HelperInliner::load);
    for (MethodModel m : c.methods()) {
      if (m.methodName().equalsString(name)
          && m.methodTypeSymbol().descriptorString().equals(type.descriptorString())
          && m.flags().has(AccessFlag.STATIC)) {
        return m;
      }
    }
    return null;
  }

  private static ClassModel load(String classDescriptor) {
    String internal = ClassDesc.ofDescriptor(classDescriptor).descriptorString();
    String resource = internal.substring(1, internal.length() - 1) + ".class";
    try (InputStream in = HelperInliner.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("runtime class not found: " + resource);
      }
      return ClassFile.of().parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

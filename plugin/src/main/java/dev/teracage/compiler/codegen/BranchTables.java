package dev.teracage.compiler.codegen;

import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_char;
import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Large {@code br_table}s: a {@code tableswitch} costs 4 bytes per target, so past {@link
 * #DIRECT_LIMIT} targets the index is first mapped to the ordinal of its distinct label through
 * string constants ({@code String.charAt}, one char per target, at most {@link #CHUNK} per string
 * so each fits a constant pool entry), and the switch runs over the distinct labels only.
 */
final class BranchTables {
  /** Tables with more targets than this go through a string. */
  static final int DIRECT_LIMIT = 512;

  /** Targets per string constant: 3 bytes per char at worst stays under 65,535. */
  static final int CHUNK = 16384;

  private static final MethodTypeDesc CHAR_AT = MethodTypeDesc.of(CD_char, CD_int);

  private BranchTables() {}

  /**
   * Emits the dispatch of an index on the JVM stack.
   *
   * @param f the function
   * @param targets the label indices
   * @param n how many
   * @param defaultDepth the default label index
   * @param labels the JVM label for a label index
   */
  static void emit(
      FunctionEmitter f, int[] targets, int n, int defaultDepth, IntFunction<Label> labels) {
    CodeBuilder cb = f.cb;
    java.util.LinkedHashSet<Integer> distinct = new java.util.LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      distinct.add(targets[i]);
    }
    distinct.add(defaultDepth);
    // Targets in other parts of a split function, grouped by what leaving for them stores.
    List<Integer> direct = new ArrayList<>();
    Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
    for (int d : distinct) {
      ControlFrame frame = f.frame(d);
      if (f.split != null && frame.kind != ControlFrame.Kind.FUNCTION && !f.split.isLocal(frame)) {
        groups
            .computeIfAbsent(frame.height + ":" + frame.labelTypes(), k -> new ArrayList<>())
            .add(d);
      } else {
        direct.add(d);
      }
    }
    List<Integer> depths = new ArrayList<>(direct);
    groups.values().forEach(depths::addAll);
    Map<Integer, Integer> ordinals = new HashMap<>();
    for (int i = 0; i < depths.size(); i++) {
      ordinals.put(depths.get(i), i);
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) (int) ordinals.get(targets[i]));
    }
    int defaultOrdinal = ordinals.get(defaultDepth);
    String table = sb.toString();
    int index = f.scratch.temp(TypeKind.INT, 0);
    cb.istore(index);
    Label ordinal = cb.newLabel();
    Label outside = cb.newLabel();
    cb.iload(index);
    cb.iflt(outside);
    for (int start = 0; start < n; start += CHUNK) {
      int stop = Math.min(n, start + CHUNK);
      Label next = cb.newLabel();
      cb.iload(index);
      cb.loadConstant(stop);
      cb.if_icmpge(next);
      cb.ldc(table.substring(start, stop));
      cb.iload(index);
      if (start > 0) {
        cb.loadConstant(start);
        cb.isub();
      }
      cb.invokevirtual(CD_String, "charAt", CHAR_AT);
      cb.goto_(ordinal);
      cb.labelBinding(next);
    }
    cb.labelBinding(outside);
    cb.loadConstant(defaultOrdinal);
    cb.labelBinding(ordinal);
    int ordinalSlot = f.scratch.temp(TypeKind.INT, 1);
    cb.istore(ordinalSlot);
    Label grouped = cb.newLabel();
    if (!direct.isEmpty()) {
      cb.iload(ordinalSlot);
      List<SwitchCase> cases = new ArrayList<>(direct.size());
      for (int i = 0; i < direct.size(); i++) {
        cases.add(SwitchCase.of(i, labels.apply(direct.get(i))));
      }
      Label fallback = groups.isEmpty() ? labels.apply(defaultDepth) : grouped;
      cb.tableswitch(0, direct.size() - 1, fallback, cases);
    }
    if (!groups.isEmpty()) {
      cb.labelBinding(grouped);
      leaveGrouped(f, ordinalSlot, direct.size(), depths, groups);
    }
  }

  /**
   * Leaves a split function's part for a target in another part: the ordinal (on the stack, at
   * least {@code first}, in a local) selects the control state from string tables and the group's
   * spill code.
   */
  private static void leaveGrouped(
      FunctionEmitter f,
      int ordinal,
      int first,
      List<Integer> depths,
      Map<String, List<Integer>> groups) {
    CodeBuilder cb = f.cb;
    int count = depths.size() - first;
    if (count > CHUNK) {
      throw new IllegalStateException("br_table with over " + CHUNK + " targets in other parts");
    }
    StringBuilder high = new StringBuilder(count);
    StringBuilder low = new StringBuilder(count);
    for (int i = first; i < depths.size(); i++) {
      ControlFrame frame = f.frame(depths.get(i));
      int state = f.split.stateOf(frame);
      high.append((char) (state >>> 16));
      low.append((char) (state & 0xFFFF));
    }
    cb.iload(ordinal);
    cb.loadConstant(first);
    cb.isub();
    cb.istore(ordinal);
    cb.ldc(high.toString());
    cb.iload(ordinal);
    cb.invokevirtual(CD_String, "charAt", CHAR_AT);
    cb.loadConstant(16);
    cb.ishl();
    cb.ldc(low.toString());
    cb.iload(ordinal);
    cb.invokevirtual(CD_String, "charAt", CHAR_AT);
    cb.ior();
    f.split.setState();
    int end = 0;
    for (List<Integer> group : groups.values()) {
      end += group.size();
      ControlFrame frame = f.frame(group.getFirst());
      Label next = cb.newLabel();
      cb.iload(ordinal);
      cb.loadConstant(end);
      cb.if_icmpge(next);
      f.split.leave(frame.height, frame.labelTypes().size());
      cb.labelBinding(next);
    }
    Helpers.TRAP_UNREACHABLE.invoke(cb);
    cb.athrow();
  }
}

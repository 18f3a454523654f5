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
    Map<Integer, Integer> ordinals = new HashMap<>();
    List<Integer> depths = new ArrayList<>();
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) (int) ordinals.computeIfAbsent(targets[i], d -> add(depths, d)));
    }
    int defaultOrdinal = ordinals.computeIfAbsent(defaultDepth, d -> add(depths, d));
    String table = sb.toString();
    int index = f.temp(TypeKind.INT, 0);
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
    List<SwitchCase> cases = new ArrayList<>(depths.size());
    for (int i = 0; i < depths.size(); i++) {
      cases.add(SwitchCase.of(i, labels.apply(depths.get(i))));
    }
    cb.tableswitch(0, depths.size() - 1, labels.apply(defaultDepth), cases);
  }

  private static int add(List<Integer> depths, int depth) {
    depths.add(depth);
    return depths.size() - 1;
  }
}

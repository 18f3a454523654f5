package dev.teracage.compiler.codegen;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a large function is cut into parts, decided by one walk over its body before any code is
 * emitted: where each part starts (instruction positions, by an estimate of the bytecode each
 * instruction costs), which labels a branch from another part reaches (the entry points of each
 * part, numbered), and which locals each part touches and writes.
 *
 * <p>A control state names an entry point: {@code part << 16 | entry}; entry 0 of a part is its
 * first instruction.
 */
final class SplitPlan {
  /** Positions where parts start; the first is 0. */
  private final int[] cuts;

  /** Control state of each entry point, by the label's instruction position. */
  private final Map<Integer, Integer> states;

  /** Entry count of each part. */
  private final int[] entryCounts;

  private final BitSet[] touched;
  private final BitSet[] written;

  /** Label positions of blocks by their start: the end, and for ifs the else (or end). */
  private final Map<Integer, Integer> ends;

  private final Map<Integer, Integer> elses;

  private SplitPlan(
      int[] cuts,
      Map<Integer, Integer> states,
      int[] entryCounts,
      BitSet[] touched,
      BitSet[] written,
      Map<Integer, Integer> ends,
      Map<Integer, Integer> elses) {
    this.ends = ends;
    this.elses = elses;
    this.cuts = cuts;
    this.states = states;
    this.entryCounts = entryCounts;
    this.touched = touched;
    this.written = written;
  }

  /**
   * Estimates the bytecode of a function compiled as one method.
   *
   * @param info the module
   * @param reader a reader to walk with
   * @param body the function
   * @return the estimate in bytes
   */
  static long estimate(ModuleInfo info, CodeReader reader, FunctionBody body) {
    reader.reset(body.body().code(), 0, body.body().length(), 0);
    long total = 0;
    while (reader.hasNext()) {
      total += cost(info, reader, reader.next());
    }
    return total;
  }

  /**
   * Plans the parts of a function.
   *
   * @param info the module
   * @param reader a reader to walk with
   * @param body the function
   * @param budget the estimated bytecode of one part
   * @return the plan
   */
  static SplitPlan of(ModuleInfo info, CodeReader reader, FunctionBody body, int budget) {
    reader.reset(body.body().code(), 0, body.body().length(), 0);
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    Map<Integer, Integer> states = new HashMap<>();
    List<Integer> counts = new ArrayList<>();
    counts.add(1);
    List<BitSet> touched = new ArrayList<>();
    List<BitSet> written = new ArrayList<>();
    Map<Integer, Integer> ends = new HashMap<>();
    Map<Integer, Integer> elses = new HashMap<>();
    touched.add(new BitSet());
    written.add(new BitSet());
    // Open blocks: {kind (0 block, 1 loop, 2 if), start position, start part, first branch part}
    List<int[]> open = new ArrayList<>();
    open.add(new int[] {0, -1, 0, Integer.MAX_VALUE});
    long used = 0;
    while (reader.hasNext()) {
      Opcode op = reader.next();
      int pos = reader.position();
      long c = cost(info, reader, op);
      if (used > 0 && used + c > budget) {
        cuts.add(pos);
        counts.add(1);
        touched.add(new BitSet());
        written.add(new BitSet());
        used = 0;
      }
      used += c;
      int part = cuts.size() - 1;
      switch (op) {
        case BLOCK -> open.add(new int[] {0, pos, part, Integer.MAX_VALUE});
        case LOOP -> open.add(new int[] {1, pos, part, Integer.MAX_VALUE});
        case IF -> open.add(new int[] {2, pos, part, Integer.MAX_VALUE});
        case ELSE -> {
          int[] b = open.getLast();
          if (b[2] != part) {
            addEntry(states, counts, pos, part);
          }
          b[3] = Math.min(b[3], part);
          b[2] = part;
          elses.put(b[1], pos);
        }
        case END -> {
          int[] b = open.removeLast();
          ends.put(b[1], pos);
          elses.putIfAbsent(b[1], pos);
          if (!open.isEmpty() && b[0] != 1 && (b[3] < part || (b[0] == 2 && b[2] != part))) {
            addEntry(states, counts, pos, part);
          }
        }
        case BR, BR_IF -> target(open, reader.labelIndex(), part, states, counts);
        case BR_TABLE -> {
          int[] targets = reader.targets();
          for (int i = 0; i < reader.targetCount(); i++) {
            target(open, targets[i], part, states, counts);
          }
          target(open, reader.defaultTarget(), part, states, counts);
        }
        case LOCAL_GET -> touched.get(part).set(reader.localIndex());
        case LOCAL_SET, LOCAL_TEE -> {
          touched.get(part).set(reader.localIndex());
          written.get(part).set(reader.localIndex());
        }
        default -> {}
      }
    }
    int[] cutArray = cuts.stream().mapToInt(Integer::intValue).toArray();
    int[] countArray = counts.stream().mapToInt(Integer::intValue).toArray();
    return new SplitPlan(
        cutArray,
        states,
        countArray,
        touched.toArray(BitSet[]::new),
        written.toArray(BitSet[]::new),
        ends,
        elses);
  }

  private static void target(
      List<int[]> open, int depth, int part, Map<Integer, Integer> states, List<Integer> counts) {
    int[] b = open.get(open.size() - 1 - depth);
    if (b[0] == 1) {
      if (b[2] != part) {
        addEntry(states, counts, b[1], b[2]);
      }
    } else {
      b[3] = Math.min(b[3], part);
    }
  }

  private static void addEntry(
      Map<Integer, Integer> states, List<Integer> counts, int pos, int part) {
    if (!states.containsKey(pos)) {
      int id = counts.get(part);
      counts.set(part, id + 1);
      states.put(pos, part << 16 | id);
    }
  }

  /** A conservative guess at the bytecode one instruction compiles to. */
  private static long cost(ModuleInfo info, CodeReader reader, Opcode op) {
    return switch (op) {
      case NOP, BLOCK, LOOP -> 1;
      case LOCAL_GET, LOCAL_SET, DROP -> 3;
      case LOCAL_TEE -> 4;
      case I32_CONST -> 3;
      case I64_CONST, F32_CONST, F64_CONST -> 8;
      case IF, ELSE, END, SELECT, SELECT_T -> 12;
      case BR, BR_IF, RETURN -> 40;
      case BR_TABLE -> {
        int n = reader.targetCount();
        int[] targets = reader.targets();
        java.util.BitSet distinct = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
          distinct.set(targets[i]);
        }
        yield 100 + 4L * Math.min(n, BranchTables.DIRECT_LIMIT) + 40L * distinct.cardinality();
      }
      case CALL -> {
        FuncType t = info.functionTypes()[reader.functionIndex()];
        yield 20 + 12L * t.results().size();
      }
      case CALL_INDIRECT -> {
        FuncType t = info.module().types().get(reader.typeIndex());
        yield 30 + 12L * t.results().size();
      }
      case GLOBAL_GET, GLOBAL_SET -> 16;
      default ->
          op.prefix() == Opcode.SIMD_PREFIX
              ? SimdEmitter.cost(op)
              : op.immediate() == Immediate.MEMARG ? 30 : op.prefix() != 0 ? 16 : 4;
    };
  }

  /**
   * Returns the position of a block's or if's {@code end}.
   *
   * @param start the position of the block or if
   * @return the position of its end
   */
  int endOf(int start) {
    return ends.get(start);
  }

  /**
   * Returns the position of an if's {@code else}, or its {@code end} when it has none.
   *
   * @param start the position of the if
   * @return the position where its false branch starts
   */
  int elseOf(int start) {
    return elses.get(start);
  }

  /**
   * Returns the number of parts.
   *
   * @return at least 1
   */
  int parts() {
    return cuts.length;
  }

  /**
   * Returns where a part ends: the next part's first position, or the body's end.
   *
   * @param part the part
   * @return the position after its last instruction
   */
  int end(int part) {
    return part + 1 < cuts.length ? cuts[part + 1] : Integer.MAX_VALUE;
  }

  /**
   * Returns the part an instruction position lies in.
   *
   * @param pos the position
   * @return the part
   */
  int partOf(int pos) {
    int lo = 0;
    int hi = cuts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cuts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Returns the control state entering at a label, or -1 when no other part branches there.
   *
   * @param pos the label's instruction position (loop, else or end)
   * @return the state or -1
   */
  int state(int pos) {
    Integer s = states.get(pos);
    return s == null ? -1 : s;
  }

  /**
   * Returns the entry count of a part (entry 0 is its start).
   *
   * @param part the part
   * @return the count
   */
  int entries(int part) {
    return entryCounts[part];
  }

  /**
   * Returns the locals a part reads or writes.
   *
   * @param part the part
   * @return the set, not to be modified
   */
  BitSet touched(int part) {
    return touched[part];
  }

  /**
   * Returns the locals a part writes.
   *
   * @param part the part
   * @return the set, not to be modified
   */
  BitSet written(int part) {
    return written[part];
  }
}

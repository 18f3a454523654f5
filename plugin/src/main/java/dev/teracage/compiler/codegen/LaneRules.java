package dev.teracage.compiler.codegen;

import static dev.teracage.compiler.codegen.LaneWise.ANY;
import static dev.teracage.compiler.codegen.LaneWise.F32;
import static dev.teracage.compiler.codegen.LaneWise.I16;
import static dev.teracage.compiler.codegen.LaneWise.I32;
import static dev.teracage.compiler.model.Opcode.F32X4_ABS;
import static dev.teracage.compiler.model.Opcode.F32X4_ADD;
import static dev.teracage.compiler.model.Opcode.F32X4_DIV;
import static dev.teracage.compiler.model.Opcode.F32X4_EQ;
import static dev.teracage.compiler.model.Opcode.F32X4_EXTRACT_LANE;
import static dev.teracage.compiler.model.Opcode.F32X4_GE;
import static dev.teracage.compiler.model.Opcode.F32X4_GT;
import static dev.teracage.compiler.model.Opcode.F32X4_LE;
import static dev.teracage.compiler.model.Opcode.F32X4_LT;
import static dev.teracage.compiler.model.Opcode.F32X4_MAX;
import static dev.teracage.compiler.model.Opcode.F32X4_MIN;
import static dev.teracage.compiler.model.Opcode.F32X4_MUL;
import static dev.teracage.compiler.model.Opcode.F32X4_NE;
import static dev.teracage.compiler.model.Opcode.F32X4_NEG;
import static dev.teracage.compiler.model.Opcode.F32X4_SPLAT;
import static dev.teracage.compiler.model.Opcode.F32X4_SQRT;
import static dev.teracage.compiler.model.Opcode.F32X4_SUB;
import static dev.teracage.compiler.model.Opcode.I16X8_ADD;
import static dev.teracage.compiler.model.Opcode.I16X8_EXTRACT_LANE_S;
import static dev.teracage.compiler.model.Opcode.I16X8_EXTRACT_LANE_U;
import static dev.teracage.compiler.model.Opcode.I16X8_MUL;
import static dev.teracage.compiler.model.Opcode.I16X8_SHL;
import static dev.teracage.compiler.model.Opcode.I16X8_SHR_S;
import static dev.teracage.compiler.model.Opcode.I16X8_SHR_U;
import static dev.teracage.compiler.model.Opcode.I16X8_SPLAT;
import static dev.teracage.compiler.model.Opcode.I16X8_SUB;
import static dev.teracage.compiler.model.Opcode.I32X4_ABS;
import static dev.teracage.compiler.model.Opcode.I32X4_ADD;
import static dev.teracage.compiler.model.Opcode.I32X4_EQ;
import static dev.teracage.compiler.model.Opcode.I32X4_EXTRACT_LANE;
import static dev.teracage.compiler.model.Opcode.I32X4_GE_S;
import static dev.teracage.compiler.model.Opcode.I32X4_GE_U;
import static dev.teracage.compiler.model.Opcode.I32X4_GT_S;
import static dev.teracage.compiler.model.Opcode.I32X4_GT_U;
import static dev.teracage.compiler.model.Opcode.I32X4_LE_S;
import static dev.teracage.compiler.model.Opcode.I32X4_LE_U;
import static dev.teracage.compiler.model.Opcode.I32X4_LT_S;
import static dev.teracage.compiler.model.Opcode.I32X4_LT_U;
import static dev.teracage.compiler.model.Opcode.I32X4_MUL;
import static dev.teracage.compiler.model.Opcode.I32X4_NE;
import static dev.teracage.compiler.model.Opcode.I32X4_NEG;
import static dev.teracage.compiler.model.Opcode.I32X4_SHL;
import static dev.teracage.compiler.model.Opcode.I32X4_SHR_S;
import static dev.teracage.compiler.model.Opcode.I32X4_SHR_U;
import static dev.teracage.compiler.model.Opcode.I32X4_SPLAT;
import static dev.teracage.compiler.model.Opcode.I32X4_SUB;
import static dev.teracage.compiler.model.Opcode.I8X16_NARROW_I16X8_S;
import static dev.teracage.compiler.model.Opcode.I8X16_NARROW_I16X8_U;
import static dev.teracage.compiler.model.Opcode.I8X16_SHUFFLE;
import static dev.teracage.compiler.model.Opcode.V128_AND;
import static dev.teracage.compiler.model.Opcode.V128_ANDNOT;
import static dev.teracage.compiler.model.Opcode.V128_BITSELECT;
import static dev.teracage.compiler.model.Opcode.V128_LOAD;
import static dev.teracage.compiler.model.Opcode.V128_LOAD16X4_S;
import static dev.teracage.compiler.model.Opcode.V128_LOAD16X4_U;
import static dev.teracage.compiler.model.Opcode.V128_OR;
import static dev.teracage.compiler.model.Opcode.V128_STORE;
import static dev.teracage.compiler.model.Opcode.V128_XOR;

import dev.teracage.compiler.model.Opcode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The instructions {@link LaneWise} emits, in one table: for each, how it is emitted ({@link
 * Kind}), the lane forms its result may take, preferred first (none when its result is not a vector
 * or is always packed), and the form each of its operands is taken in ({@link OperandStack#PACKED}
 * for a scalar, or a vector the instruction only takes packed).
 */
final class LaneRules {
  private static final byte PACKED = OperandStack.PACKED;
  private static final byte[] NONE = {};

  /** How {@link LaneWise} emits an instruction: which of {@link LaneCode}'s shapes it has. */
  enum Kind {
    BINARY,
    SHIFT,
    COMPARE,
    BITSELECT,
    UNARY,
    SPLAT,
    NARROW,
    SHUFFLE,
    LOAD,
    LOAD16X4,
    STORE,
    EXTRACT_LANE
  }

  /** An instruction's kind, result forms and operand forms, operand 0 the deepest. */
  private record Rule(Kind kind, byte[] results, byte[] operands) {}

  private static final Map<Opcode, Rule> RULES = new EnumMap<>(Opcode.class);

  static {
    // Lane-wise arithmetic: the result and every vector operand in the instruction's shape.
    add(
        Kind.BINARY,
        List.of(F32X4_ADD, F32X4_SUB, F32X4_MUL, F32X4_DIV, F32X4_MIN, F32X4_MAX),
        F32,
        F32,
        F32);
    add(Kind.BINARY, List.of(I32X4_ADD, I32X4_SUB, I32X4_MUL), I32, I32, I32);
    add(Kind.BINARY, List.of(V128_AND, V128_OR, V128_XOR, V128_ANDNOT), I32, I32, I32);
    add(Kind.BINARY, List.of(I16X8_ADD, I16X8_SUB, I16X8_MUL), I16, I16, I16);
    add(Kind.SHIFT, List.of(I16X8_SHL, I16X8_SHR_S, I16X8_SHR_U), I16, I16, PACKED);
    add(Kind.SHIFT, List.of(I32X4_SHL, I32X4_SHR_S, I32X4_SHR_U), I32, I32, PACKED);
    add(Kind.UNARY, List.of(F32X4_ABS, F32X4_NEG, F32X4_SQRT), F32, F32);
    add(Kind.UNARY, List.of(I32X4_ABS, I32X4_NEG), I32, I32);
    add(Kind.SPLAT, List.of(F32X4_SPLAT), F32, PACKED);
    add(Kind.SPLAT, List.of(I32X4_SPLAT), I32, PACKED);
    add(Kind.SPLAT, List.of(I16X8_SPLAT), I16, PACKED);
    // Comparisons and bitselect: masks as i32 lanes.
    add(
        Kind.COMPARE,
        List.of(
            I32X4_EQ,
            I32X4_NE,
            I32X4_LT_S,
            I32X4_LT_U,
            I32X4_GT_S,
            I32X4_GT_U,
            I32X4_LE_S,
            I32X4_LE_U,
            I32X4_GE_S,
            I32X4_GE_U),
        I32,
        I32,
        I32);
    add(
        Kind.COMPARE,
        List.of(F32X4_EQ, F32X4_NE, F32X4_LT, F32X4_GT, F32X4_LE, F32X4_GE),
        I32,
        F32,
        F32);
    add(Kind.BITSELECT, List.of(V128_BITSELECT), I32, I32, I32, I32);
    // Loads and shuffles: any form they can make.
    add(Kind.LOAD16X4, List.of(V128_LOAD16X4_S, V128_LOAD16X4_U), I32, PACKED);
    put(I8X16_SHUFFLE, Kind.SHUFFLE, new byte[] {I32, I16}, PACKED, PACKED);
    put(V128_LOAD, Kind.LOAD, new byte[] {I32, F32, I16}, PACKED);
    // Consumers only: their results are not vectors, or are packed.
    put(I8X16_NARROW_I16X8_S, Kind.NARROW, NONE, I16, I16);
    put(I8X16_NARROW_I16X8_U, Kind.NARROW, NONE, I16, I16);
    put(V128_STORE, Kind.STORE, NONE, PACKED, ANY);
    put(F32X4_EXTRACT_LANE, Kind.EXTRACT_LANE, NONE, F32);
    put(I32X4_EXTRACT_LANE, Kind.EXTRACT_LANE, NONE, I32);
    put(I16X8_EXTRACT_LANE_S, Kind.EXTRACT_LANE, NONE, I16);
    put(I16X8_EXTRACT_LANE_U, Kind.EXTRACT_LANE, NONE, I16);
  }

  private LaneRules() {}

  private static void add(Kind kind, List<Opcode> ops, byte result, byte... operands) {
    for (Opcode op : ops) {
      put(op, kind, new byte[] {result}, operands);
    }
  }

  private static void put(Opcode op, Kind kind, byte[] results, byte... operands) {
    RULES.put(op, new Rule(kind, results, operands));
  }

  /**
   * Returns how {@code op} is emitted lane-wise, or null when {@link LaneWise} does not emit it.
   *
   * @param op the instruction
   * @return the kind, or null
   */
  static Kind kind(Opcode op) {
    Rule r = RULES.get(op);
    return r == null ? null : r.kind();
  }

  /**
   * Returns the lane forms {@code op}'s result may take, preferred first; empty when its result is
   * not a vector or is always packed; null when {@link LaneWise} does not emit {@code op}.
   */
  static byte[] results(Opcode op) {
    Rule r = RULES.get(op);
    return r == null ? null : r.results().clone();
  }

  /** Returns the form operand {@code operand} (0 the deepest) of {@code op} is taken in. */
  static byte takes(Opcode op, int operand) {
    Rule r = RULES.get(op);
    return r == null || operand >= r.operands().length ? PACKED : r.operands()[operand];
  }
}

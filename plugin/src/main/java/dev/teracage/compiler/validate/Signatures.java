package dev.teracage.compiler.validate;

import dev.teracage.compiler.model.Opcode;
import java.util.HashMap;
import java.util.Map;

/**
 * The fixed signatures of {@link Opcode#signature()} decoded once into type codes, indexed by
 * {@link Opcode#ordinal()}, so validating a numeric, memory or SIMD instruction is a table lookup.
 */
final class Signatures {
  /**
   * Stands for the address type of the memory an instruction names ({@code 'a'} in signatures):
   * {@link Types#I32}, or {@link Types#I64} under memory64.
   */
  static final int ADDRESS = 8;

  /** Result of an instruction that pushes nothing. */
  static final int NO_RESULT = -1;

  private static final int[][] PARAMS = new int[Opcode.values().length][];
  private static final int[] RESULTS = new int[Opcode.values().length];

  static {
    Map<String, int[]> shared = new HashMap<>();
    for (Opcode op : Opcode.values()) {
      String s = op.signature();
      RESULTS[op.ordinal()] = NO_RESULT;
      if (s == null) {
        continue;
      }
      int colon = s.indexOf(':');
      String params = s.substring(0, colon);
      PARAMS[op.ordinal()] =
          shared.computeIfAbsent(
              params,
              p -> {
                int[] codes = new int[p.length()];
                for (int i = 0; i < codes.length; i++) {
                  codes[i] = code(p.charAt(i));
                }
                return codes;
              });
      if (colon + 1 < s.length()) {
        if (colon + 2 != s.length()) {
          throw new AssertionError("more than one result: " + op);
        }
        RESULTS[op.ordinal()] = code(s.charAt(colon + 1));
      }
    }
  }

  private Signatures() {}

  private static int code(char c) {
    return switch (c) {
      case 'i' -> Types.I32;
      case 'I' -> Types.I64;
      case 'f' -> Types.F32;
      case 'F' -> Types.F64;
      case 'v' -> Types.V128;
      case 'a' -> ADDRESS;
      default -> throw new AssertionError("signature letter " + c);
    };
  }

  /**
   * Returns the parameter types of an instruction with a fixed signature.
   *
   * @param op the opcode
   * @return the parameter codes (may contain {@link #ADDRESS}), or {@code null} when the opcode's
   *     typing depends on context
   */
  static int[] params(Opcode op) {
    return PARAMS[op.ordinal()];
  }

  /**
   * Returns the result type of an instruction with a fixed signature.
   *
   * @param op the opcode
   * @return the result code, or {@link #NO_RESULT}
   */
  static int result(Opcode op) {
    return RESULTS[op.ordinal()];
  }
}

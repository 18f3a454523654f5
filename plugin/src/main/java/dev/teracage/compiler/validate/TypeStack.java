package dev.teracage.compiler.validate;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import java.util.Arrays;

/**
 * The operand stack and control stack of the validation algorithm, as arrays of type codes (see
 * {@link Types}) reused from one function to the next: nothing is allocated per instruction.
 *
 * <p>A control frame records the opcode that opened it, its start and end types (shared arrays,
 * never copied), the operand stack height at its start, and whether the rest of it is unreachable,
 * in which case the stack below that height is polymorphic: popping it yields {@link
 * Types#UNKNOWN}.
 *
 * <p>Errors are thrown without a location; the caller adds where the instruction is.
 *
 * @see <a href="https://webassembly.github.io/spec/core/appendix/algorithm.html">Validation
 *     algorithm</a>
 */
final class TypeStack {
  /** Frame kind of the function body itself. */
  static final int FUNCTION = 0;

  /** Frame kind of {@code block}. */
  static final int BLOCK = 1;

  /** Frame kind of {@code loop}. */
  static final int LOOP = 2;

  /** Frame kind of {@code if} before its {@code else}. */
  static final int IF = 3;

  /** Frame kind of the {@code else} part of an {@code if}. */
  static final int ELSE = 4;

  private int[] values = new int[64];
  private int valueCount;

  private int[] kinds = new int[16];
  private int[][] startTypes = new int[16][];
  private int[][] endTypes = new int[16][];
  private int[] heights = new int[16];
  private boolean[] unreachable = new boolean[16];
  private int frameCount;

  /** Height of the innermost frame: {@code heights[frameCount - 1]}, kept in a field. */
  private int floor;

  /** Whether the innermost frame is unreachable: {@code unreachable[frameCount - 1]}. */
  private boolean polymorphic;

  /** Empties both stacks, for the next function. */
  void reset() {
    valueCount = 0;
    frameCount = 0;
  }

  /**
   * Returns the error of an operand of the wrong type, or a missing one.
   *
   * @return {@code "type mismatch"}, without a location
   */
  static InvalidException typeMismatch() {
    return new InvalidException("type mismatch", Location.UNKNOWN);
  }

  /**
   * Pushes a value type.
   *
   * @param t a type code
   */
  void push(int t) {
    if (valueCount == values.length) {
      values = Arrays.copyOf(values, valueCount * 2);
    }
    values[valueCount++] = t;
  }

  /**
   * Pushes value types, first to last.
   *
   * @param types type codes
   */
  void push(int[] types) {
    for (int t : types) {
      push(t);
    }
  }

  /**
   * Pops a value of any type.
   *
   * @return its type, or {@link Types#UNKNOWN} from a polymorphic stack
   */
  int pop() {
    if (valueCount == floor) {
      if (polymorphic) {
        return Types.UNKNOWN;
      }
      throw typeMismatch();
    }
    return values[--valueCount];
  }

  /**
   * Pops a value of an expected type.
   *
   * @param expected a type code, or {@link Types#UNKNOWN} for any
   * @return the actual type
   */
  int pop(int expected) {
    if (valueCount > floor) {
      int actual = values[--valueCount];
      if (actual != expected && actual != Types.UNKNOWN && expected != Types.UNKNOWN) {
        throw typeMismatch();
      }
      return actual;
    }
    if (polymorphic) {
      return Types.UNKNOWN;
    }
    throw typeMismatch();
  }

  /**
   * Pops values of expected types, last to first.
   *
   * @param types type codes
   */
  void pop(int[] types) {
    for (int i = types.length - 1; i >= 0; i--) {
      pop(types[i]);
    }
  }

  /**
   * Pops values of expected types and pushes back what was popped, so unknown types stay unknown
   * ({@code br_if}, and each target of {@code br_table}).
   *
   * @param types type codes
   */
  void popAndPushBack(int[] types) {
    int n = types.length;
    int f = frameCount - 1;
    // Fast path: every value is on the stack above the frame's height; check them in place.
    if (valueCount - heights[f] >= n) {
      int base = valueCount - n;
      for (int i = 0; i < n; i++) {
        int actual = values[base + i];
        int expected = types[i];
        if (actual != expected && actual != Types.UNKNOWN && expected != Types.UNKNOWN) {
          throw typeMismatch();
        }
      }
      return;
    }
    // Some come from the polymorphic stack: they are pushed back as unknown.
    if (!unreachable[f]) {
      throw typeMismatch();
    }
    int available = valueCount - heights[f];
    int base = heights[f];
    int missing = n - available;
    for (int i = 0; i < available; i++) {
      int actual = values[base + i];
      int expected = types[missing + i];
      if (actual != expected && actual != Types.UNKNOWN && expected != Types.UNKNOWN) {
        throw typeMismatch();
      }
    }
    if (valueCount + missing > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, valueCount + missing));
    }
    System.arraycopy(values, base, values, base + missing, available);
    Arrays.fill(values, base, base + missing, Types.UNKNOWN);
    valueCount += missing;
  }

  /**
   * Opens a control frame and pushes its start types.
   *
   * @param kind {@link #BLOCK}, {@link #LOOP}, ...
   * @param start the start (parameter) types
   * @param end the end (result) types
   */
  void pushFrame(int kind, int[] start, int[] end) {
    if (frameCount == kinds.length) {
      int n = frameCount * 2;
      kinds = Arrays.copyOf(kinds, n);
      startTypes = Arrays.copyOf(startTypes, n);
      endTypes = Arrays.copyOf(endTypes, n);
      heights = Arrays.copyOf(heights, n);
      unreachable = Arrays.copyOf(unreachable, n);
    }
    kinds[frameCount] = kind;
    startTypes[frameCount] = start;
    endTypes[frameCount] = end;
    heights[frameCount] = valueCount;
    unreachable[frameCount] = false;
    frameCount++;
    floor = valueCount;
    polymorphic = false;
    push(start);
  }

  /**
   * Closes the innermost frame: pops its end types and checks nothing else is left in it.
   *
   * @return the kind of the closed frame; its types stay readable through {@link #closedStart()}
   *     and {@link #closedEnd()} until the next frame is opened
   */
  int popFrame() {
    int f = frameCount - 1;
    pop(endTypes[f]);
    if (valueCount != heights[f]) {
      throw typeMismatch();
    }
    frameCount--;
    if (frameCount > 0) {
      floor = heights[frameCount - 1];
      polymorphic = unreachable[frameCount - 1];
    }
    return kinds[f];
  }

  /**
   * Returns the start types of the frame closed last.
   *
   * @return the types
   */
  int[] closedStart() {
    return startTypes[frameCount];
  }

  /**
   * Returns the end types of the frame closed last.
   *
   * @return the types
   */
  int[] closedEnd() {
    return endTypes[frameCount];
  }

  /**
   * Returns the number of open frames.
   *
   * @return the count
   */
  int frameCount() {
    return frameCount;
  }

  /**
   * Returns the kind of the innermost frame.
   *
   * @return the kind
   */
  int innermostKind() {
    return kinds[frameCount - 1];
  }

  /**
   * Returns the types a branch to a label carries: the start types of a loop, the end types of any
   * other frame.
   *
   * @param label the label index, 0 for the innermost frame; must be less than {@link
   *     #frameCount()}
   * @return the types
   */
  int[] labelTypes(int label) {
    int f = frameCount - 1 - label;
    return kinds[f] == LOOP ? startTypes[f] : endTypes[f];
  }

  /** Marks the rest of the innermost frame unreachable: its stack becomes polymorphic. */
  void unreachable() {
    valueCount = floor;
    unreachable[frameCount - 1] = true;
    polymorphic = true;
  }

  /**
   * Returns the number of values on the stack, for tests.
   *
   * @return the count
   */
  int valueCount() {
    return valueCount;
  }
}

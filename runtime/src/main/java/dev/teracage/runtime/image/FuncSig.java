package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ValueCode;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A function signature: parameter and result types as {@link ValueCode}s. Immutable, compared by
 * value. {@link #id()} is a small number interned across the JVM, equal for equal signatures of any
 * module or instance, so an indirect call's type check is one {@code int} comparison.
 *
 * <p>A final class rather than a record: the arrays are copied in and out, and the id is cached.
 */
public final class FuncSig {
  private static final ConcurrentHashMap<FuncSig, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  private final byte[] params;
  private final byte[] results;
  private final int hash;
  private int id = -1; // racy single-check: interning is idempotent

  /**
   * Creates a signature.
   *
   * @param params parameter types
   * @param results result types
   * @throws IllegalArgumentException if a code is not a value type
   */
  public FuncSig(int[] params, int[] results) {
    this.params = codes(params);
    this.results = codes(results);
    this.hash = 31 * Arrays.hashCode(this.params) + Arrays.hashCode(this.results);
  }

  private static byte[] codes(int[] types) {
    byte[] codes = new byte[types.length];
    for (int i = 0; i < types.length; i++) {
      if (!ValueCode.isValid(types[i])) {
        throw new IllegalArgumentException("not a value type code: " + types[i]);
      }
      codes[i] = (byte) types[i];
    }
    return codes;
  }

  /**
   * Returns the number of parameters.
   *
   * @return the parameter count
   */
  public int paramCount() {
    return params.length;
  }

  /**
   * Returns one parameter type.
   *
   * @param index a parameter index
   * @return its {@link ValueCode}
   */
  public int param(int index) {
    return params[index];
  }

  /**
   * Returns the parameter types.
   *
   * @return a fresh array of {@link ValueCode}s
   */
  public int[] params() {
    return widen(params);
  }

  /**
   * Returns the number of results.
   *
   * @return the result count
   */
  public int resultCount() {
    return results.length;
  }

  /**
   * Returns one result type.
   *
   * @param index a result index
   * @return its {@link ValueCode}
   */
  public int result(int index) {
    return results[index];
  }

  /**
   * Returns the result types.
   *
   * @return a fresh array of {@link ValueCode}s
   */
  public int[] results() {
    return widen(results);
  }

  /**
   * Returns the canonical id of this signature: equal signatures have equal ids, across all modules
   * and instances in this JVM; different signatures have different ids.
   *
   * @return a non-negative id
   */
  public int id() {
    int cached = id;
    if (cached < 0) {
      cached = IDS.computeIfAbsent(this, s -> NEXT_ID.getAndIncrement());
      id = cached;
    }
    return cached;
  }

  private static int[] widen(byte[] codes) {
    int[] types = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      types[i] = codes[i];
    }
    return types;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FuncSig s
        && hash == s.hash
        && Arrays.equals(params, s.params)
        && Arrays.equals(results, s.results);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the text format, for example {@code (func (param i32 i64) (result f32))}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("(func");
    append(sb, " (param", params);
    append(sb, " (result", results);
    return sb.append(')').toString();
  }

  private static void append(StringBuilder sb, String head, byte[] codes) {
    if (codes.length > 0) {
      sb.append(head);
      for (byte code : codes) {
        sb.append(' ').append(ValueCode.name(code));
      }
      sb.append(')');
    }
  }
}

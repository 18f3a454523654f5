package dev.teracage.compiler.model;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An expression (a function body's instructions, or a constant expression) kept in its binary
 * encoding, terminated by {@code end}. Instructions are decoded on demand by readers that walk the
 * bytes; nothing is materialized per instruction, which keeps large modules small in memory.
 *
 * <p>Two expressions are equal when their bytes are equal; where they came from ({@link
 * #sourceOffset()}, {@link #sourceMap()}) is not part of equality.
 */
public final class Expr {
  private final byte[] code;
  private final long sourceOffset;
  private final SourceMap sourceMap;

  /**
   * Creates an expression over a copy of the given bytes.
   *
   * @param code the encoded instructions, ending with {@code end} ({@code 0x0B})
   * @param sourceOffset byte offset of the first instruction in the module binary, or -1
   * @param sourceMap where each instruction came from in text, or {@code null}
   */
  public Expr(byte[] code, long sourceOffset, SourceMap sourceMap) {
    this(code, 0, code.length, sourceOffset, sourceMap);
  }

  /**
   * Creates an expression over a copy of a range of bytes.
   *
   * @param source the array holding the encoded instructions
   * @param begin index of the first byte
   * @param end index after the last byte
   * @param sourceOffset byte offset of the first instruction in the module binary, or -1
   * @param sourceMap where each instruction came from in text, or {@code null}
   */
  public Expr(byte[] source, int begin, int end, long sourceOffset, SourceMap sourceMap) {
    this.code = Arrays.copyOfRange(source, begin, end);
    this.sourceOffset = sourceOffset;
    this.sourceMap = sourceMap;
  }

  /**
   * Returns the encoded instructions. The array is shared, not copied: callers must not modify it.
   *
   * @return the bytes, ending with {@code end}
   */
  public byte[] code() {
    return code;
  }

  /**
   * Returns the number of bytes.
   *
   * @return the length of {@link #code()}
   */
  public int length() {
    return code.length;
  }

  /**
   * Returns the byte offset of this expression in the module binary it was decoded from.
   *
   * @return the offset, or -1 when not decoded from a binary
   */
  public long sourceOffset() {
    return sourceOffset;
  }

  /**
   * Returns where each instruction came from in the text format.
   *
   * @return the map, or {@code null} when not read from text
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expr e && Arrays.equals(code, e.code);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(code);
  }

  @Override
  public String toString() {
    return code.length <= 32
        ? "Expr[" + HexFormat.of().formatHex(code) + "]"
        : "Expr[" + code.length + " bytes]";
  }
}

package dev.teracage.compiler.model;

import java.util.Arrays;

/**
 * Maps byte offsets inside an {@link Expr} back to line and column in the text it was read from, so
 * validation errors in text modules can say where. Entries are sorted by code offset; the position
 * of an offset is that of the last entry at or before it.
 */
public final class SourceMap {
  private final int[] codeOffsets;
  private final int[] lines;
  private final int[] columns;

  /**
   * Creates a map from parallel arrays (copied), sorted by code offset.
   *
   * @param codeOffsets byte offsets of instructions inside the expression
   * @param lines 1-based lines
   * @param columns 1-based columns
   */
  public SourceMap(int[] codeOffsets, int[] lines, int[] columns) {
    if (codeOffsets.length != lines.length || lines.length != columns.length) {
      throw new IllegalArgumentException("arrays differ in length");
    }
    this.codeOffsets = codeOffsets.clone();
    this.lines = lines.clone();
    this.columns = columns.clone();
  }

  private int entry(int codeOffset) {
    int i = Arrays.binarySearch(codeOffsets, codeOffset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /**
   * Returns the line of the instruction at or before a code offset.
   *
   * @param codeOffset a byte offset in the expression
   * @return the 1-based line, or 0 when the map is empty
   */
  public int line(int codeOffset) {
    return lines.length == 0 ? 0 : lines[entry(codeOffset)];
  }

  /**
   * Returns the column of the instruction at or before a code offset.
   *
   * @param codeOffset a byte offset in the expression
   * @return the 1-based column, or 0 when the map is empty
   */
  public int column(int codeOffset) {
    return columns.length == 0 ? 0 : columns[entry(codeOffset)];
  }
}

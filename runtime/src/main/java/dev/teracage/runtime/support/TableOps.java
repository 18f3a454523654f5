package dev.teracage.runtime.support;

import java.lang.foreign.ValueLayout;

/**
 * Table instructions, called by generated code with the wasm operands in stack order, then the
 * {@link Context}, then the immediates. Indices, lengths and sizes are unsigned {@code int}s. A
 * range outside the table (or segment) traps with "out of bounds table access" before anything is
 * written. References are {@link FuncRef}s ({@code funcref}) or any object ({@code externref});
 * tables store them as u32 handles (see {@link ExternalTable}).
 *
 * <p>Not API.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#table-instructions">
 *     Table instructions</a>
 */
public final class TableOps {
  private TableOps() {}

  /**
   * {@code table.get}.
   *
   * @param index the element index
   * @param ctx the context
   * @param table the table index
   * @return the reference, or {@code null}
   */
  public static Object get(int index, Context ctx, int table) {
    TableInstance t = ctx.tables[table];
    if (!t.inBounds(index, 1)) {
      throw Traps.outOfBoundsTableAccess();
    }
    return t.getUnchecked(index);
  }

  /**
   * {@code table.set}.
   *
   * @param index the element index
   * @param value the reference, or {@code null}
   * @param ctx the context
   * @param table the table index
   */
  public static void set(int index, Object value, Context ctx, int table) {
    TableInstance t = ctx.tables[table];
    if (!t.inBounds(index, 1)) {
      throw Traps.outOfBoundsTableAccess();
    }
    t.setUnchecked(index, value);
  }

  /**
   * {@code table.size}.
   *
   * @param ctx the context
   * @param table the table index
   * @return the size in elements
   */
  public static int size(Context ctx, int table) {
    return ctx.tables[table].size();
  }

  /**
   * {@code table.grow}.
   *
   * @param init the value of the new elements
   * @param delta elements to add, unsigned
   * @param ctx the context
   * @param table the table index
   * @return the old size, or -1 when the table cannot grow
   */
  public static int grow(Object init, int delta, Context ctx, int table) {
    return ctx.tables[table].grow(delta, init);
  }

  /**
   * {@code table.fill}.
   *
   * @param index the first element
   * @param value the reference to store
   * @param count the number of elements
   * @param ctx the context
   * @param table the table index
   */
  public static void fill(int index, Object value, int count, Context ctx, int table) {
    TableInstance t = ctx.tables[table];
    if (!t.inBounds(index, count)) {
      throw Traps.outOfBoundsTableAccess();
    }
    for (int i = 0; i != count; i++) {
      t.setUnchecked(index + i, value);
    }
  }

  /**
   * {@code table.copy}, overlap-safe.
   *
   * @param dst the first destination element
   * @param src the first source element
   * @param count the number of elements
   * @param ctx the context
   * @param dstTable the destination table index
   * @param srcTable the source table index
   */
  public static void copy(int dst, int src, int count, Context ctx, int dstTable, int srcTable) {
    TableInstance to = ctx.tables[dstTable];
    TableInstance from = ctx.tables[srcTable];
    if (!to.inBounds(dst, count) || !from.inBounds(src, count)) {
      throw Traps.outOfBoundsTableAccess();
    }
    to.copyFrom(dst, from, src, count);
  }

  /**
   * {@code table.init}: copies from an element segment (length 0 once dropped).
   *
   * @param dst the first table element
   * @param src the first segment element
   * @param count the number of elements
   * @param ctx the context
   * @param elem the element segment index
   * @param table the table index
   */
  public static void init(int dst, int src, int count, Context ctx, int elem, int table) {
    Object[] refs = ctx.elements[elem];
    TableInstance t = ctx.tables[table];
    long s = Integer.toUnsignedLong(src);
    long length = refs == null ? 0 : refs.length;
    if (s + Integer.toUnsignedLong(count) > length || !t.inBounds(dst, count)) {
      throw Traps.outOfBoundsTableAccess();
    }
    for (int i = 0; i != count; i++) {
      t.setUnchecked(dst + i, refs[src + i]);
    }
  }

  /**
   * {@code elem.drop}: the segment's length becomes 0.
   *
   * @param ctx the context
   * @param elem the element segment index
   */
  public static void elemDrop(Context ctx, int elem) {
    ctx.elements[elem] = null;
    ctx.arena.set(ValueLayout.JAVA_BYTE, ctx.elemDroppedFlags + (long) elem, (byte) 1);
  }
}

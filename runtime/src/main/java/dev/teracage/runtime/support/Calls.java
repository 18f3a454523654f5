package dev.teracage.runtime.support;

/**
 * Call helpers for generated code.
 *
 * <p>Not API.
 */
public final class Calls {
  private Calls() {}

  /**
   * Resolves the target of {@code call_indirect}: the function at {@code elemIndex} of a table,
   * checked against the expected type.
   *
   * @param ctx the caller's context
   * @param table the table index
   * @param elemIndex the element index (unsigned)
   * @param typeIndex the expected type, an index into the caller module's types
   * @return the function to call
   * @throws dev.teracage.runtime.trap.TrapException "undefined element" (index outside the table),
   *     "uninitialized element" (null element), or "indirect call type mismatch"
   * @see <a
   *     href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-indirect-x-y">
   *     call_indirect</a>
   */
  public static FuncRef indirect(Context ctx, int table, int elemIndex, int typeIndex) {
    TableInstance t = ctx.tables[table];
    if (Integer.compareUnsigned(elemIndex, t.size()) >= 0) {
      throw Traps.undefinedElement(elemIndex);
    }
    Object element = t.getUnchecked(elemIndex);
    if (element == null) {
      throw Traps.uninitializedElement(elemIndex);
    }
    FuncRef f = (FuncRef) element;
    if (f.typeId() != ctx.typeIds[typeIndex]) {
      throw Traps.indirectCallTypeMismatch();
    }
    return f;
  }

  /**
   * The fast path of {@code call_indirect} into the caller's own functions: the index of the
   * function at {@code elemIndex} of a table when the caller's instance defines it, else -1. The
   * stub calls the functions of the expected type directly and sends everything else (-1, or a
   * function of another type) through {@link #indirect}, which checks and traps.
   *
   * @param ctx the caller's context
   * @param table the table index
   * @param elemIndex the element index (unsigned)
   * @return the function index, or -1
   */
  public static int ownFunction(Context ctx, int table, int elemIndex) {
    return ctx.tables[table].ownFunction(elemIndex, ctx);
  }
}

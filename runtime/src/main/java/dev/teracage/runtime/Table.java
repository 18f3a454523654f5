package dev.teracage.runtime;

import dev.teracage.runtime.support.TableInstance;
import dev.teracage.runtime.trap.TrapException;
import dev.teracage.runtime.trap.TrapKind;

/**
 * A table of references, exported by an instance or created by the host to be imported. Elements
 * are {@link dev.teracage.runtime.support.FuncRef}s ({@code funcref}) or any object ({@code
 * externref}), {@code null} for {@code ref.null}.
 */
public final class Table {
  private final TableInstance table;

  Table(TableInstance table) {
    this.table = table;
  }

  /**
   * Creates a table for the host to provide as an import.
   *
   * @param elemType {@link dev.teracage.runtime.layout.ValueCode#FUNCREF} or {@code EXTERNREF}
   * @param min the initial size
   * @param max the maximum, or -1 for none
   * @return the table, all {@code null}
   */
  public static Table create(int elemType, long min, long max) {
    return new Table(
        TableInstance.standalone(elemType, min, max, InstanceLimits.DEFAULT.tableElements()));
  }

  TableInstance instance() {
    return table;
  }

  /**
   * Returns the element type.
   *
   * @return a reference type's value code
   */
  public int elemType() {
    return table.elemType();
  }

  /**
   * Returns the current size.
   *
   * @return elements
   */
  public long size() {
    return Integer.toUnsignedLong(table.size());
  }

  /**
   * Returns the declared maximum.
   *
   * @return elements, or -1 for none
   */
  public long max() {
    return table.declaredMax();
  }

  /**
   * Reads an element.
   *
   * @param index the index
   * @return the reference, or {@code null}
   * @throws TrapException "out of bounds table access"
   */
  public Object get(long index) {
    check(index);
    return table.getUnchecked((int) index);
  }

  /**
   * Writes an element.
   *
   * @param index the index
   * @param value the reference, or {@code null}
   * @throws TrapException "out of bounds table access"
   */
  public void set(long index, Object value) {
    check(index);
    table.setUnchecked((int) index, value);
  }

  /**
   * Grows the table as {@code table.grow} does.
   *
   * @param delta elements to add
   * @param init the value of the new elements
   * @return the old size, or -1 if it cannot grow that much
   */
  public long grow(long delta, Object init) {
    if (delta < 0 || delta > 0xFFFF_FFFFL) {
      return -1;
    }
    int old = table.grow((int) delta, init);
    return old == -1 ? -1 : Integer.toUnsignedLong(old);
  }

  private void check(long index) {
    if (index < 0 || index >= size()) {
      throw new TrapException(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS);
    }
  }
}

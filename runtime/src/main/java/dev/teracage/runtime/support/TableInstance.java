package dev.teracage.runtime.support;

import dev.teracage.runtime.layout.ArenaHeader;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * A table instance (spec: runtime structure): a vector of references, stored as u32 handles into
 * the owner's {@link ExternalTable} (design P2), normally in a region of the owner's arena reserved
 * for the table's maximum (or the configured limit); in the fallback, in a separate allocation
 * copied on growth. The arena descriptor, when there is one, records the size.
 *
 * <p>Indices are unsigned {@code int}s; every method checks bounds against the current size.
 *
 * <p>Reads go through a heap mirror of the resolved elements ({@code refs[i] == objects.get(handle
 * i)}), kept in step by every write, so {@code call_indirect} costs one array load instead of a
 * segment read plus an external-table lookup. The arena's handles stay the source of truth (what
 * images and snapshots hold); the mirror is rebuilt from them when a table is created over a region
 * that already holds handles. Two more arrays mirror each function reference's defining instance
 * and function index ({@link #ownFunction}), so that {@code call_indirect} of one of its own
 * functions reads them directly, without going through the reference object.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#table-instances">Table
 *     instances</a>
 */
public final class TableInstance {
  private static final long HANDLE = 4;

  /** The most elements a table can have: the largest Java array of its mirror. */
  public static final long MAX_MIRRORED = Integer.MAX_VALUE - 8;

  private final int elemType;
  private final ExternalTable objects;
  private final MemorySegment reserved;
  private final long declaredMax;
  private final long limit;
  private final MemorySegment descriptor;
  private MemorySegment elements;
  private Object[] refs;
  private Context[] owners;
  private int[] indices;
  private int size;

  /**
   * Creates a table of {@code min} null elements.
   *
   * @param elemType the element type's value code
   * @param objects the external table the handles refer to
   * @param reserved the reserved region ({@code 4 * limit} bytes, zero), or {@code null} to
   *     allocate and copy
   * @param min the initial size
   * @param declaredMax the declared maximum, or -1 for none
   * @param limit the most elements this table may ever have (declared maximum capped by the
   *     configured limit)
   * @param descriptor the arena's 16-byte table descriptor to keep up to date, or {@code null}
   */
  public TableInstance(
      int elemType,
      ExternalTable objects,
      MemorySegment reserved,
      long min,
      long declaredMax,
      long limit,
      MemorySegment descriptor) {
    if (min > limit || min > MAX_MIRRORED) {
      throw new IllegalArgumentException(
          "table of "
              + min
              + " elements exceeds the limit of "
              + Math.min(limit, MAX_MIRRORED)
              + " elements");
    }
    this.elemType = elemType;
    this.objects = objects;
    this.reserved = reserved;
    this.declaredMax = declaredMax;
    this.limit = limit;
    this.descriptor = descriptor;
    this.size = (int) min;
    this.elements = reserved != null ? reserved : ArenaMemory.allocate(min * HANDLE);
    this.refs = new Object[(int) min];
    this.owners = new Context[(int) min];
    this.indices = new int[(int) min];
    reloadMirror();
    writeDescriptor();
  }

  /**
   * Rebuilds the heap mirror from the handles in the arena (after they were written directly, as
   * when an image's state is copied in).
   *
   * @throws IllegalArgumentException if an element holds a handle the external table lacks
   */
  public void reloadMirror() {
    int known = objects.size();
    for (int i = 0; i < size; i++) {
      int handle = elements.get(ArenaHeader.U32, i * HANDLE);
      if (handle < 0 || handle >= known) {
        throw new IllegalArgumentException(
            "element "
                + i
                + " holds handle "
                + Integer.toUnsignedString(handle)
                + ", but the external table has "
                + known);
      }
      mirror(i, objects.get(handle));
    }
  }

  /** Sets element {@code i} of the mirrors. */
  private void mirror(int i, Object value) {
    refs[i] = value;
    if (value instanceof FuncRef f && f.owner() != null) {
      owners[i] = f.owner();
      indices[i] = f.index();
    } else {
      owners[i] = null;
      indices[i] = -1;
    }
  }

  /**
   * Returns the handles of the elements, at the table's current size (for snapshots).
   *
   * @return {@code 4 * size} bytes, u32 little-endian handles
   */
  public MemorySegment handles() {
    return elements.asSlice(0, size * HANDLE);
  }

  /**
   * Creates a table of its own (not part of an instance's arena), for the host to export.
   *
   * @param elemType the element type's value code
   * @param min the initial size
   * @param declaredMax the declared maximum, or -1
   * @param limit the configured limit in elements
   * @return the table
   */
  public static TableInstance standalone(int elemType, long min, long declaredMax, long limit) {
    long cap = Math.min(limit, declaredMax < 0 ? 0xFFFF_FFFFL : declaredMax);
    return new TableInstance(
        elemType,
        new ExternalTable(new Object[0]),
        ArenaMemory.reserve(cap * HANDLE),
        min,
        declaredMax,
        cap,
        null);
  }

  /**
   * Returns the element type.
   *
   * @return a reference type's value code
   */
  public int elemType() {
    return elemType;
  }

  /**
   * Returns the current size.
   *
   * @return elements, unsigned
   */
  public int size() {
    return size;
  }

  /**
   * Returns the declared maximum (the table type's, used to match imports).
   *
   * @return elements, or -1 for none
   */
  public long declaredMax() {
    return declaredMax;
  }

  /**
   * Returns the external table the stored handles refer to.
   *
   * @return the owner's external table
   */
  public ExternalTable objects() {
    return objects;
  }

  /**
   * Tells whether {@code [index, index + count)} lies within the table (unsigned operands).
   *
   * @param index the first element
   * @param count the number of elements
   * @return true when in bounds
   */
  public boolean inBounds(int index, int count) {
    return Integer.toUnsignedLong(index) + Integer.toUnsignedLong(count)
        <= Integer.toUnsignedLong(size);
  }

  /**
   * Reads an element; the caller has checked bounds.
   *
   * @param index an index below {@link #size()}
   * @return the reference, or {@code null}
   */
  public Object getUnchecked(int index) {
    // In bounds: index < size <= refs.length, checked by the caller.
    return refs[index];
  }

  /**
   * Returns the function index of element {@code index} when it is a function defined by the
   * instance of {@code ctx}, else -1 (another instance's or a host function, null, an extern
   * reference, or an index outside the table).
   *
   * @param index the element index, unsigned
   * @param ctx the instance asking
   * @return the function index in that instance, or -1
   */
  public int ownFunction(int index, Context ctx) {
    if (Integer.compareUnsigned(index, size) >= 0) {
      return -1;
    }
    // In bounds: index < size <= owners.length == indices.length.
    return owners[index] == ctx ? indices[index] : -1;
  }

  /**
   * Writes an element; the caller has checked bounds.
   *
   * @param index an index below {@link #size()}
   * @param value the reference, or {@code null}
   */
  public void setUnchecked(int index, Object value) {
    elements.set(ArenaHeader.U32, Integer.toUnsignedLong(index) * HANDLE, objects.handleOf(value));
    mirror(index, value);
  }

  /**
   * Grows the table ({@code table.grow}), new elements set to {@code init}.
   *
   * @param delta elements to add, unsigned
   * @param init the value of the new elements
   * @return the old size, or -1 if the table cannot grow that much
   */
  public synchronized int grow(int delta, Object init) {
    long old = Integer.toUnsignedLong(size);
    long add = Integer.toUnsignedLong(delta);
    if (add > limit - old || old + add > MAX_MIRRORED) {
      return -1;
    }
    if (reserved == null && add > 0) {
      MemorySegment grown;
      try {
        grown = ArenaMemory.allocate((old + add) * HANDLE);
      } catch (OutOfMemoryError e) {
        return -1;
      }
      grown.copyFrom(elements.asSlice(0, old * HANDLE));
      elements = grown;
    }
    Object[] grownRefs;
    Context[] grownOwners;
    int[] grownIndices;
    try {
      grownRefs = Arrays.copyOf(refs, (int) (old + add));
      grownOwners = Arrays.copyOf(owners, (int) (old + add));
      grownIndices = Arrays.copyOf(indices, (int) (old + add));
    } catch (OutOfMemoryError e) {
      return -1;
    }
    int handle = objects.handleOf(init);
    for (long i = old; i < old + add; i++) {
      elements.set(ArenaHeader.U32, i * HANDLE, handle);
    }
    refs = grownRefs;
    owners = grownOwners;
    indices = grownIndices;
    for (int i = (int) old; i < (int) (old + add); i++) {
      mirror(i, init);
    }
    size = (int) (old + add);
    writeDescriptor();
    return (int) old;
  }

  /**
   * Copies handles inside or between tables sharing an external table, overlap-safe; the caller has
   * checked bounds.
   *
   * @param dst the first destination index
   * @param src the source table
   * @param from the first source index
   * @param count the number of elements
   */
  public void copyFrom(int dst, TableInstance src, int from, int count) {
    if (src.objects == objects) {
      MemorySegment.copy(
          src.elements,
          Integer.toUnsignedLong(from) * HANDLE,
          elements,
          Integer.toUnsignedLong(dst) * HANDLE,
          Integer.toUnsignedLong(count) * HANDLE);
      System.arraycopy(src.refs, from, refs, dst, count);
      System.arraycopy(src.owners, from, owners, dst, count);
      System.arraycopy(src.indices, from, indices, dst, count);
      return;
    }
    Object[] values = new Object[count];
    for (int i = 0; i < count; i++) {
      values[i] = src.getUnchecked(from + i);
    }
    for (int i = 0; i < count; i++) {
      setUnchecked(dst + i, values[i]);
    }
  }

  private void writeDescriptor() {
    if (descriptor != null) {
      descriptor.set(ArenaHeader.U32, ArenaHeader.TABLE_SIZE_OFFSET, size);
    }
  }
}

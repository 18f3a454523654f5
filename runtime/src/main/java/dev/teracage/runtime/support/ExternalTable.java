package dev.teracage.runtime.support;

import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * The external table of one instance (design P2): the Java objects the arena refers to by u32
 * handle, such as the references stored in tables and reference-typed globals.
 *
 * <p>Handle allocation: handle {@code 0} is {@code null}; optional seed objects take handles {@code
 * 1..n}. Any other object gets the next free handle the first time it is stored and keeps it:
 * objects are interned by identity, so storing the same reference again (a function filled into
 * many table slots, a global set in a loop to the same value) never grows the table, and a handle
 * lookup is one identity-hash probe. Handles are never reused while the table lives (as long as its
 * instance, or tables and globals that instance exported): an instance that keeps storing fresh
 * {@code externref} objects keeps them all reachable. Reading ({@link #get}) is one array load.
 * Tables and globals use the external table of the instance that defines them, so a shared table's
 * handles always mean the same objects.
 */
public final class ExternalTable {
  private volatile Object[] objects;
  private int count;
  private final IdentityHashMap<Object, Integer> handles = new IdentityHashMap<>();

  /**
   * Creates a table holding {@code null} at handle 0 and {@code seed[i]} at handle {@code i + 1}.
   *
   * @param seed the first objects (may be empty)
   */
  public ExternalTable(Object[] seed) {
    Object[] initial = new Object[Math.max(16, seed.length + 1)];
    System.arraycopy(seed, 0, initial, 1, seed.length);
    count = seed.length + 1;
    for (int i = 0; i < seed.length; i++) {
      if (seed[i] != null) {
        handles.putIfAbsent(seed[i], i + 1);
      }
    }
    objects = initial;
  }

  /**
   * Returns the object with a handle.
   *
   * @param handle a handle from {@link #handleOf}
   * @return the object, {@code null} for handle 0
   */
  public Object get(int handle) {
    return objects[handle];
  }

  /**
   * Returns the handle of an object, allocating one the first time.
   *
   * @param object an object, or {@code null}
   * @return its handle; 0 for {@code null}
   */
  public int handleOf(Object object) {
    if (object == null) {
      return 0;
    }
    synchronized (handles) {
      Integer known = handles.get(object);
      if (known != null) {
        return known;
      }
      Object[] current = objects;
      if (count == current.length) {
        if (count == Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("external table full");
        }
        current = Arrays.copyOf(current, (int) Math.min(Integer.MAX_VALUE - 8, 2L * count));
      }
      int handle = count++;
      current[handle] = object;
      handles.put(object, handle);
      objects = current;
      return handle;
    }
  }

  /**
   * Returns how many handles are in use, handle 0 included.
   *
   * @return the handle count
   */
  public int size() {
    synchronized (handles) {
      return count;
    }
  }
}

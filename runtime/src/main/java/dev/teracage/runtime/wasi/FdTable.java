package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest's file descriptor numbers. A new descriptor takes the lowest free number, as POSIX
 * does; at most {@link #LIMIT} are open at once ({@link Errno#MFILE} beyond).
 */
final class FdTable {
  static final int LIMIT = 4096;

  private final List<Descriptor> slots = new ArrayList<>();

  /**
   * Returns an open descriptor.
   *
   * @throws Fault {@link Errno#BADF} when the number is not open
   */
  Descriptor get(int fd) {
    if (fd < 0 || fd >= slots.size() || slots.get(fd) == null) {
      throw new Fault(Errno.BADF);
    }
    return slots.get(fd);
  }

  /** Returns the descriptor at {@code fd}, or {@code null}. */
  Descriptor find(int fd) {
    return fd < 0 || fd >= slots.size() ? null : slots.get(fd);
  }

  /** Opens a descriptor at the lowest free number. */
  int add(Descriptor descriptor) {
    int fd = slots.indexOf(null);
    if (fd >= 0) {
      slots.set(fd, descriptor);
      return fd;
    }
    if (slots.size() >= LIMIT) {
      throw new Fault(Errno.MFILE);
    }
    slots.add(descriptor);
    return slots.size() - 1;
  }

  /**
   * Opens a freshly opened descriptor at the lowest free number and stores that number at {@code
   * fdPtr} in guest memory; a descriptor the table cannot take (EMFILE) is closed, not leaked.
   */
  int install(Descriptor descriptor, java.lang.foreign.MemorySegment memory, int fdPtr)
      throws java.io.IOException {
    int fd;
    try {
      fd = add(descriptor);
    } catch (Fault e) {
      descriptor.close();
      throw e;
    }
    Guest.putU32(memory, fdPtr, fd);
    return fd;
  }

  /** Removes an open descriptor and returns it, without closing it. */
  Descriptor remove(int fd) {
    Descriptor descriptor = get(fd);
    slots.set(fd, null);
    return descriptor;
  }

  /** Moves {@code from} to {@code to}, closing what {@code to} held. Both must be open. */
  void renumber(int from, int to) throws IOException {
    Descriptor moved = get(from);
    Descriptor replaced = get(to);
    if (from == to) {
      return;
    }
    slots.set(to, moved);
    slots.set(from, null);
    replaced.close();
  }

  /** Closes every descriptor. */
  void closeAll() throws IOException {
    IOException first = null;
    for (int fd = 0; fd < slots.size(); fd++) {
      Descriptor descriptor = slots.get(fd);
      if (descriptor != null) {
        slots.set(fd, null);
        try {
          descriptor.close();
        } catch (IOException e) {
          if (first == null) {
            first = e;
          }
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}

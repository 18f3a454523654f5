package dev.teracage.runtime.wasi;

import java.io.IOException;

/**
 * An open file descriptor as the guest sees it: its rights, its {@code fdflags} and what it refers
 * to. Subclasses: {@link StreamFd} (standard streams), {@link FileFd}, {@link DirFd}, {@link
 * SocketFd}.
 */
abstract sealed class Descriptor permits StreamFd, FileFd, DirFd, SocketFd {
  /** Rights of operations on this descriptor. Only ever narrowed. */
  long rightsBase;

  /** Rights that descriptors opened through this one may have. Only ever narrowed. */
  long rightsInheriting;

  /** The descriptor's {@code fdflags}. */
  int fdflags;

  Descriptor(long rightsBase, long rightsInheriting, int fdflags) {
    this.rightsBase = rightsBase;
    this.rightsInheriting = rightsInheriting;
    this.fdflags = fdflags;
  }

  /**
   * Checks that this descriptor holds every right in {@code rights}.
   *
   * @throws Fault {@link Errno#NOTCAPABLE} when one is missing
   */
  final void require(long rights) {
    if ((rightsBase & rights) != rights) {
      throw new Fault(Errno.NOTCAPABLE);
    }
  }

  /** Returns the witx {@code filetype}. */
  abstract int filetype() throws IOException;

  /** Releases what the descriptor holds. */
  abstract void close() throws IOException;
}

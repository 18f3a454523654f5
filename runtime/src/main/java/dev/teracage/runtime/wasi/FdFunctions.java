package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;

/**
 * Descriptor bookkeeping: {@code fd_close}, {@code fd_renumber}, {@code fd_fdstat_get}, {@code
 * fd_fdstat_set_flags}, {@code fd_fdstat_set_rights}, {@code fd_prestat_get}, {@code
 * fd_prestat_dir_name}, {@code fd_sync}, {@code fd_datasync}, {@code fd_advise} and {@code
 * fd_allocate}.
 */
final class FdFunctions {
  private static final int ADVICE_MAX =
      5; // normal, sequential, random, willneed, dontneed, noreuse

  private final WasiState state;

  FdFunctions(WasiState state) {
    this.state = state;
  }

  int fdClose(int fd, Context caller) throws IOException {
    state.fds.remove(fd).close();
    return Errno.SUCCESS;
  }

  int fdRenumber(int fd, int to, Context caller) throws IOException {
    state.fds.renumber(fd, to);
    return Errno.SUCCESS;
  }

  int fdFdstatGet(int fd, int statPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    Guest.check(caller.memory0, statPtr, Abi.FDSTAT_SIZE);
    Guest.putU64(caller.memory0, statPtr, 0); // filetype, padding and flags, set below
    Guest.putU8(caller.memory0, statPtr, descriptor.filetype());
    Guest.putU16(caller.memory0, statPtr + 2, descriptor.fdflags);
    Guest.putU64(caller.memory0, statPtr + 8, descriptor.rightsBase);
    Guest.putU64(caller.memory0, statPtr + 16, descriptor.rightsInheriting);
    return Errno.SUCCESS;
  }

  /**
   * Changes {@code append} and {@code nonblock}; the synchronous-I/O flags are fixed at {@code
   * path_open} ({@link Errno#NOTSUP} when a change is asked for).
   */
  int fdFdstatSetFlags(int fd, int flags, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    descriptor.require(Rights.FD_FDSTAT_SET_FLAGS);
    if ((flags & ~Abi.FDFLAGS_ALL) != 0) {
      throw new Fault(Errno.INVAL);
    }
    int fixed = Abi.FDFLAGS_DSYNC | Abi.FDFLAGS_RSYNC | Abi.FDFLAGS_SYNC;
    if ((flags & fixed) != (descriptor.fdflags & fixed)) {
      throw new Fault(Errno.NOTSUP);
    }
    if (descriptor instanceof SocketFd socket) {
      socket.setNonblocking((flags & Abi.FDFLAGS_NONBLOCK) != 0);
    }
    descriptor.fdflags = flags;
    return Errno.SUCCESS;
  }

  /** Narrows rights; asking for a right not held is {@link Errno#NOTCAPABLE}. */
  int fdFdstatSetRights(int fd, long base, long inheriting, Context caller) {
    Descriptor descriptor = state.fds.get(fd);
    if ((base & ~descriptor.rightsBase) != 0 || (inheriting & ~descriptor.rightsInheriting) != 0) {
      throw new Fault(Errno.NOTCAPABLE);
    }
    descriptor.rightsBase = base;
    descriptor.rightsInheriting = inheriting;
    return Errno.SUCCESS;
  }

  int fdPrestatGet(int fd, int prestatPtr, Context caller) {
    DirFd dir = preopen(fd);
    Guest.check(caller.memory0, prestatPtr, 8);
    Guest.putU32(caller.memory0, prestatPtr, 0); // tag dir and padding
    Guest.putU32(caller.memory0, prestatPtr + 4, name(dir).length);
    return Errno.SUCCESS;
  }

  /**
   * Writes the preopen's guest path, without a NUL; a short buffer is {@link Errno#NAMETOOLONG}.
   */
  int fdPrestatDirName(int fd, int pathPtr, int pathLen, Context caller) {
    DirFd dir = preopen(fd);
    byte[] name = name(dir);
    Guest.check(caller.memory0, pathPtr, Integer.toUnsignedLong(pathLen));
    if (Integer.toUnsignedLong(pathLen) < name.length) {
      throw new Fault(Errno.NAMETOOLONG);
    }
    Guest.write(caller.memory0, pathPtr, name, 0, name.length);
    return Errno.SUCCESS;
  }

  int fdSync(int fd, Context caller) throws IOException {
    sync(fd, Rights.FD_SYNC, true);
    return Errno.SUCCESS;
  }

  int fdDatasync(int fd, Context caller) throws IOException {
    sync(fd, Rights.FD_DATASYNC, false);
    return Errno.SUCCESS;
  }

  /** Checks the advice and the right; the advice is a hint the JVM offers no way to pass on. */
  int fdAdvise(int fd, long offset, long length, int advice, Context caller) {
    Descriptor descriptor = state.fds.get(fd);
    if (descriptor instanceof DirFd) {
      throw new Fault(Errno.BADF);
    }
    if (descriptor instanceof StreamFd || descriptor instanceof SocketFd) {
      throw new Fault(Errno.SPIPE);
    }
    descriptor.require(Rights.FD_ADVISE);
    if (advice < 0 || advice > ADVICE_MAX || offset < 0 || length < 0) {
      throw new Fault(Errno.INVAL);
    }
    return Errno.SUCCESS;
  }

  /** Extends the file with zeros to cover {@code [offset, offset+length)}. */
  int fdAllocate(int fd, long offset, long length, Context caller) throws IOException {
    FileFd file = file(fd);
    file.require(Rights.FD_ALLOCATE);
    if (offset < 0 || length <= 0) {
      throw new Fault(Errno.INVAL);
    }
    long end = offset + length;
    if (end < 0) {
      throw new Fault(Errno.FBIG);
    }
    file.extend(end);
    return Errno.SUCCESS;
  }

  private void sync(int fd, long right, boolean metadata) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    descriptor.require(right);
    switch (descriptor) {
      case FileFd file -> file.channel.force(metadata);
      case DirFd dir -> {
        try (FileChannel channel = FileChannel.open(dir.host(), StandardOpenOption.READ)) {
          channel.force(metadata);
        }
      }
      case StreamFd stream -> throw new Fault(Errno.INVAL);
      case SocketFd socket -> throw new Fault(Errno.INVAL);
    }
  }

  private FileFd file(int fd) {
    return switch (state.fds.get(fd)) {
      case FileFd file -> file;
      case DirFd dir -> throw new Fault(Errno.BADF);
      default -> throw new Fault(Errno.SPIPE);
    };
  }

  /** Returns a preopened directory; any other descriptor is {@link Errno#BADF}, as libc expects. */
  private DirFd preopen(int fd) {
    if (state.fds.get(fd) instanceof DirFd dir && dir.isPreopen) {
      return dir;
    }
    throw new Fault(Errno.BADF);
  }

  private static byte[] name(DirFd dir) {
    return dir.preopen.guestPath().getBytes(StandardCharsets.UTF_8);
  }
}

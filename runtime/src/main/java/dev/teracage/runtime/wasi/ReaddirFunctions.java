package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * {@code fd_readdir}: fills the buffer with {@code dirent} headers each followed by its name,
 * starting at the entry the cookie names (see {@link DirEntries}). The last entry is cut at the
 * buffer's end, as the specification says; a guest that gets back a full buffer asks again.
 */
final class ReaddirFunctions {
  private final WasiState state;

  ReaddirFunctions(WasiState state) {
    this.state = state;
  }

  int fdReaddir(int fd, int bufPtr, int bufLen, long cookie, int usedPtr, Context caller)
      throws IOException {
    if (!(state.fds.get(fd) instanceof DirFd dir)) {
      throw new Fault(Errno.NOTDIR);
    }
    dir.require(Rights.FD_READDIR);
    MemorySegment memory = caller.memory0;
    long capacity = Integer.toUnsignedLong(bufLen);
    Guest.check(memory, bufPtr, capacity);
    Guest.check(memory, usedPtr, 4);
    if (cookie == 0 || dir.entries == null) {
      Path host = dir.host();
      dir.entries = DirEntries.list(host, dir.components.isEmpty() ? host : host.getParent());
    }
    DirEntries entries = dir.entries;
    long used = 0;
    byte[] header = new byte[Abi.DIRENT_SIZE];
    for (long i = cookie; i >= 0 && i < entries.size() && used < capacity; i++) {
      byte[] name = entries.names().get((int) i);
      putLong(header, 0, i + 1);
      putLong(header, 8, entries.inodes()[(int) i]);
      putLong(header, 16, name.length | ((long) entries.types()[(int) i] << 32));
      used += copy(memory, bufPtr, used, capacity, header);
      used += copy(memory, bufPtr, used, capacity, name);
    }
    Guest.putU32(memory, usedPtr, (int) used);
    return Errno.SUCCESS;
  }

  /** Copies as much of {@code bytes} as fits; the whole buffer range was checked. */
  private static int copy(
      MemorySegment memory, int bufPtr, long used, long capacity, byte[] bytes) {
    int n = (int) Math.min(bytes.length, capacity - used);
    Guest.write(memory, (int) (Integer.toUnsignedLong(bufPtr) + used), bytes, 0, n);
    return n;
  }

  private static void putLong(byte[] bytes, int at, long value) {
    for (int k = 0; k < 8; k++) {
      bytes[at + k] = (byte) (value >>> (8 * k));
    }
  }
}

package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * {@code fd_filestat_get}, {@code fd_filestat_set_size}, {@code fd_filestat_set_times}, {@code
 * path_filestat_get} and {@code path_filestat_set_times}. Times are nanoseconds since the epoch;
 * {@code *_now} flags take the realtime clock; a time flag together with its {@code _now} flag is
 * {@link Errno#INVAL}.
 */
final class FilestatFunctions {
  private final WasiState state;

  FilestatFunctions(WasiState state) {
    this.state = state;
  }

  int fdFilestatGet(int fd, int statPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    descriptor.require(Rights.FD_FILESTAT_GET);
    Guest.check(caller.memory0, statPtr, Abi.FILESTAT_SIZE);
    Filestat stat =
        switch (descriptor) {
          case FileFd file -> {
            Filestat byPath;
            try {
              byPath = Filestat.ofOrNull(file.host());
            } catch (Fault gone) {
              byPath = null;
            }
            if (byPath == null) { // unlinked while open: what the channel still knows
              byPath = new Filestat(0, 0, file.filetype(), 0, 0, 0, 0, 0);
            }
            yield new Filestat(
                byPath.dev(),
                byPath.ino(),
                file.filetype(),
                byPath.nlink(),
                file.channel.size(),
                byPath.atim(),
                byPath.mtim(),
                byPath.ctim());
          }
          case DirFd dir -> Filestat.of(dir.host());
          default -> Filestat.ofType(descriptor.filetype());
        };
    stat.store(caller.memory0, statPtr);
    return Errno.SUCCESS;
  }

  int fdFilestatSetSize(int fd, long size, Context caller) throws IOException {
    if (!(state.fds.get(fd) instanceof FileFd file)) {
      throw new Fault(Errno.BADF);
    }
    file.require(Rights.FD_FILESTAT_SET_SIZE);
    if (size < 0) {
      throw new Fault(Errno.INVAL);
    }
    file.resize(size);
    return Errno.SUCCESS;
  }

  int fdFilestatSetTimes(int fd, long atim, long mtim, int flags, Context caller)
      throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    descriptor.require(Rights.FD_FILESTAT_SET_TIMES);
    Path path =
        switch (descriptor) {
          case FileFd file -> file.host();
          case DirFd dir -> dir.host();
          default -> throw new Fault(Errno.BADF);
        };
    setTimes(path, atim, mtim, flags);
    return Errno.SUCCESS;
  }

  int pathFilestatGet(
      int fd, int lookupFlags, int pathPtr, int pathLen, int statPtr, Context caller)
      throws IOException {
    DirFd dir = state.dir(fd);
    dir.require(Rights.PATH_FILESTAT_GET);
    String path = Guest.string(caller.memory0, pathPtr, pathLen);
    Guest.check(caller.memory0, statPtr, Abi.FILESTAT_SIZE);
    PathResolver.Resolved resolved = PathResolver.resolve(dir, path, follow(lookupFlags));
    Filestat.of(resolved.host()).store(caller.memory0, statPtr);
    return Errno.SUCCESS;
  }

  int pathFilestatSetTimes(
      int fd,
      int lookupFlags,
      int pathPtr,
      int pathLen,
      long atim,
      long mtim,
      int flags,
      Context caller)
      throws IOException {
    DirFd dir = state.dir(fd);
    dir.require(Rights.PATH_FILESTAT_SET_TIMES);
    String path = Guest.string(caller.memory0, pathPtr, pathLen);
    PathResolver.Resolved resolved = PathResolver.resolve(dir, path, follow(lookupFlags));
    setTimes(resolved.host(), atim, mtim, flags);
    return Errno.SUCCESS;
  }

  static boolean follow(int lookupFlags) {
    if ((lookupFlags & ~Abi.LOOKUP_SYMLINK_FOLLOW) != 0) {
      throw new Fault(Errno.INVAL);
    }
    return (lookupFlags & Abi.LOOKUP_SYMLINK_FOLLOW) != 0;
  }

  private void setTimes(Path path, long atim, long mtim, int flags) throws IOException {
    int all = Abi.FST_ATIM | Abi.FST_ATIM_NOW | Abi.FST_MTIM | Abi.FST_MTIM_NOW;
    if ((flags & ~all) != 0
        || (flags & (Abi.FST_ATIM | Abi.FST_ATIM_NOW)) == (Abi.FST_ATIM | Abi.FST_ATIM_NOW)
        || (flags & (Abi.FST_MTIM | Abi.FST_MTIM_NOW)) == (Abi.FST_MTIM | Abi.FST_MTIM_NOW)) {
      throw new Fault(Errno.INVAL);
    }
    long now = state.clock.now(WasiClock.REALTIME);
    FileTime access = time(flags, Abi.FST_ATIM, Abi.FST_ATIM_NOW, atim, now);
    FileTime modified = time(flags, Abi.FST_MTIM, Abi.FST_MTIM_NOW, mtim, now);
    if (access == null && modified == null) {
      return;
    }
    Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(modified, access, null);
  }

  private static FileTime time(int flags, int set, int setNow, long value, long now) {
    long nanos;
    if ((flags & set) != 0) {
      nanos = value;
    } else if ((flags & setNow) != 0) {
      nanos = now;
    } else {
      return null;
    }
    return FileTime.from(
        Instant.ofEpochSecond(
            Long.divideUnsigned(nanos, 1_000_000_000L),
            Long.remainderUnsigned(nanos, 1_000_000_000L)));
  }
}

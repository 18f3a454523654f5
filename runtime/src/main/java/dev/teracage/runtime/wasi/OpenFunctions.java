package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code path_open}. The rights asked for must be among the directory's inheriting rights ({@link
 * Errno#NOTCAPABLE}); {@code creat} needs {@code path_create_file} and {@code trunc} needs {@code
 * path_filestat_set_size} on the directory. A file is opened for writing when a write-like right is
 * asked for, as wasi-libc encodes {@code O_WRONLY} and {@code O_RDWR}; a directory asked for with a
 * write right is {@link Errno#ISDIR}. A link in the last component that is not followed is {@link
 * Errno#LOOP}, as with {@code O_NOFOLLOW}.
 */
final class OpenFunctions {
  private static final long WRITE_RIGHTS =
      Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE | Rights.FD_DATASYNC;

  private final WasiState state;

  OpenFunctions(WasiState state) {
    this.state = state;
  }

  int pathOpen(
      int fd,
      int lookupFlags,
      int pathPtr,
      int pathLen,
      int oflags,
      long base,
      long inheriting,
      int fdflags,
      int fdPtr,
      Context caller)
      throws IOException {
    DirFd dir = state.dir(fd);
    dir.require(Rights.PATH_OPEN);
    String path = Guest.string(caller.memory0, pathPtr, pathLen);
    Guest.check(caller.memory0, fdPtr, 4);
    if ((oflags & ~Abi.OFLAGS_ALL) != 0 || (fdflags & ~Abi.FDFLAGS_ALL) != 0) {
      throw new Fault(Errno.INVAL);
    }
    boolean creat = (oflags & Abi.OFLAGS_CREAT) != 0;
    boolean excl = creat && (oflags & Abi.OFLAGS_EXCL) != 0;
    boolean trunc = (oflags & Abi.OFLAGS_TRUNC) != 0;
    boolean directory = (oflags & Abi.OFLAGS_DIRECTORY) != 0;
    if (creat) {
      dir.require(Rights.PATH_CREATE_FILE);
    }
    if (trunc) {
      dir.require(Rights.PATH_FILESTAT_SET_SIZE);
    }
    if ((base & ~dir.rightsInheriting) != 0 || (inheriting & ~dir.rightsInheriting) != 0) {
      throw new Fault(Errno.NOTCAPABLE);
    }
    boolean follow = FilestatFunctions.follow(lookupFlags) && !excl;
    PathResolver.Resolved resolved = PathResolver.resolve(dir, path, follow);
    Path host = resolved.host();
    BasicFileAttributes attributes = PathResolver.attributesOrNull(host);
    if (attributes != null && excl) {
      throw new Fault(Errno.EXIST);
    }
    if (attributes != null && attributes.isSymbolicLink()) {
      throw new Fault(Errno.LOOP);
    }
    if (attributes == null) {
      if (!creat) {
        throw new Fault(Errno.NOENT);
      }
      if (resolved.mustBeDirectory()) {
        throw new Fault(Errno.ISDIR);
      }
      if (directory) {
        throw new Fault(Errno.INVAL);
      }
      try {
        Files.createFile(host);
      } catch (FileAlreadyExistsException e) {
        if (excl) {
          throw e;
        }
      }
      attributes = Files.readAttributes(host, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
    Descriptor opened;
    if (attributes.isDirectory()) {
      if (trunc || (base & WRITE_RIGHTS) != 0) {
        throw new Fault(Errno.ISDIR);
      }
      opened =
          new DirFd(
              resolved.preopen(),
              resolved.components(),
              false,
              base & Rights.DIRECTORY,
              inheriting);
    } else {
      if (directory || resolved.mustBeDirectory()) {
        throw new Fault(Errno.NOTDIR);
      }
      FileChannel channel = FileChannel.open(host, options(base, trunc, fdflags));
      opened =
          new FileFd(
              channel,
              resolved.preopen(),
              resolved.components(),
              Filestat.filetype(attributes),
              base & Rights.FILE,
              fdflags);
    }
    state.fds.install(opened, caller.memory0, fdPtr);
    return Errno.SUCCESS;
  }

  private static Set<OpenOption> options(long base, boolean trunc, int fdflags) {
    Set<OpenOption> options = new HashSet<>();
    options.add(LinkOption.NOFOLLOW_LINKS);
    boolean write = trunc || (base & WRITE_RIGHTS) != 0;
    if (write) {
      options.add(StandardOpenOption.WRITE);
    }
    if (!write || (base & Rights.FD_READ) != 0) {
      options.add(StandardOpenOption.READ);
    }
    if (trunc) {
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    }
    if ((fdflags & Abi.FDFLAGS_DSYNC) != 0) {
      options.add(StandardOpenOption.DSYNC);
    }
    if ((fdflags & (Abi.FDFLAGS_SYNC | Abi.FDFLAGS_RSYNC)) != 0) {
      options.add(StandardOpenOption.SYNC);
    }
    return options;
  }
}

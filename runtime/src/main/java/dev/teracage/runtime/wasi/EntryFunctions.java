package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Directory entries: {@code path_create_directory}, {@code path_remove_directory}, {@code
 * path_unlink_file}, {@code path_rename}, {@code path_link}, {@code path_symlink} and {@code
 * path_readlink}. None follows a link in the last component ({@code path_link} when asked to).
 * Renames and links between two preopens are {@link Errno#XDEV}: each preopen is its own sandbox. A
 * link the guest creates must point inside its preopen when read as a path ({@link
 * Errno#NOTCAPABLE} otherwise). That check is lexical, for the host's sake: it keeps plain escaping
 * links out of a sandbox, but not a chain whose target goes through another link and then {@code
 * ..}. The guest cannot escape through such a chain ({@link PathResolver} expands every link); a
 * host process that follows one might.
 */
final class EntryFunctions {
  private final WasiState state;

  EntryFunctions(WasiState state) {
    this.state = state;
  }

  int pathCreateDirectory(int fd, int pathPtr, int pathLen, Context caller) throws IOException {
    PathResolver.Resolved resolved =
        resolve(fd, Rights.PATH_CREATE_DIRECTORY, pathPtr, pathLen, caller);
    resolved.entry(Errno.EXIST);
    Files.createDirectory(resolved.host());
    return Errno.SUCCESS;
  }

  int pathRemoveDirectory(int fd, int pathPtr, int pathLen, Context caller) throws IOException {
    PathResolver.Resolved resolved =
        resolve(fd, Rights.PATH_REMOVE_DIRECTORY, pathPtr, pathLen, caller);
    resolved.entry(Errno.INVAL);
    BasicFileAttributes attributes = existing(resolved.host());
    if (!attributes.isDirectory()) {
      throw new Fault(Errno.NOTDIR);
    }
    Files.delete(resolved.host());
    return Errno.SUCCESS;
  }

  int pathUnlinkFile(int fd, int pathPtr, int pathLen, Context caller) throws IOException {
    PathResolver.Resolved resolved = resolve(fd, Rights.PATH_UNLINK_FILE, pathPtr, pathLen, caller);
    resolved.entry(Errno.ISDIR);
    BasicFileAttributes attributes = existing(resolved.host());
    if (attributes.isDirectory()) {
      throw new Fault(Errno.ISDIR);
    }
    if (resolved.mustBeDirectory()) {
      throw new Fault(Errno.NOTDIR);
    }
    Files.delete(resolved.host());
    return Errno.SUCCESS;
  }

  int pathRename(int fd, int oldPtr, int oldLen, int newFd, int newPtr, int newLen, Context caller)
      throws IOException {
    DirFd from = state.dir(fd);
    DirFd to = state.dir(newFd);
    from.require(Rights.PATH_RENAME_SOURCE);
    to.require(Rights.PATH_RENAME_TARGET);
    String oldPath = Guest.string(caller.memory0, oldPtr, oldLen);
    String newPath = Guest.string(caller.memory0, newPtr, newLen);
    if (from.preopen != to.preopen) {
      throw new Fault(Errno.XDEV);
    }
    PathResolver.Resolved source = PathResolver.resolve(from, oldPath, false);
    PathResolver.Resolved target = PathResolver.resolve(to, newPath, false);
    source.entry(Errno.BUSY);
    target.entry(Errno.BUSY);
    BasicFileAttributes attributes = existing(source.host());
    if (target.mustBeDirectory() && !attributes.isDirectory()) {
      throw new Fault(Errno.NOTDIR);
    }
    Files.move(source.host(), target.host(), StandardCopyOption.ATOMIC_MOVE);
    return Errno.SUCCESS;
  }

  int pathLink(
      int fd,
      int lookupFlags,
      int oldPtr,
      int oldLen,
      int newFd,
      int newPtr,
      int newLen,
      Context caller)
      throws IOException {
    DirFd from = state.dir(fd);
    DirFd to = state.dir(newFd);
    from.require(Rights.PATH_LINK_SOURCE);
    to.require(Rights.PATH_LINK_TARGET);
    boolean follow = FilestatFunctions.follow(lookupFlags);
    String oldPath = Guest.string(caller.memory0, oldPtr, oldLen);
    String newPath = Guest.string(caller.memory0, newPtr, newLen);
    if (from.preopen != to.preopen) {
      throw new Fault(Errno.XDEV);
    }
    PathResolver.Resolved source = PathResolver.resolve(from, oldPath, follow);
    PathResolver.Resolved target = PathResolver.resolve(to, newPath, false);
    target.entry(Errno.EXIST);
    if (existing(source.host()).isDirectory()) {
      throw new Fault(Errno.PERM);
    }
    if (PathResolver.attributesOrNull(target.host()) != null) {
      throw new Fault(Errno.EXIST);
    }
    Files.createLink(target.host(), source.host());
    return Errno.SUCCESS;
  }

  int pathSymlink(int oldPtr, int oldLen, int fd, int newPtr, int newLen, Context caller)
      throws IOException {
    DirFd dir = state.dir(fd);
    dir.require(Rights.PATH_SYMLINK);
    String target = Guest.string(caller.memory0, oldPtr, oldLen);
    String path = Guest.string(caller.memory0, newPtr, newLen);
    PathResolver.Resolved link = PathResolver.resolve(dir, path, false);
    link.entry(Errno.EXIST);
    if (target.isEmpty()) {
      throw new Fault(Errno.NOENT);
    }
    PathResolver.checkLinkTarget(
        link.components().subList(0, link.components().size() - 1), target);
    Path host = link.host();
    Files.createSymbolicLink(host, host.getFileSystem().getPath(target));
    return Errno.SUCCESS;
  }

  /** Copies the link's target, truncated to the buffer as {@code readlink} does. */
  int pathReadlink(
      int fd, int pathPtr, int pathLen, int bufPtr, int bufLen, int usedPtr, Context caller)
      throws IOException {
    PathResolver.Resolved resolved = resolve(fd, Rights.PATH_READLINK, pathPtr, pathLen, caller);
    Guest.check(caller.memory0, bufPtr, Integer.toUnsignedLong(bufLen));
    Guest.check(caller.memory0, usedPtr, 4);
    byte[] target =
        Files.readSymbolicLink(resolved.host()).toString().getBytes(StandardCharsets.UTF_8);
    int n = (int) Math.min(target.length, Integer.toUnsignedLong(bufLen));
    Guest.write(caller.memory0, bufPtr, target, 0, n);
    Guest.putU32(caller.memory0, usedPtr, n);
    return Errno.SUCCESS;
  }

  private PathResolver.Resolved resolve(
      int fd, long right, int pathPtr, int pathLen, Context caller) throws IOException {
    DirFd dir = state.dir(fd);
    dir.require(right);
    String path = Guest.string(caller.memory0, pathPtr, pathLen);
    return PathResolver.resolve(dir, path, false);
  }

  private static BasicFileAttributes existing(Path path) throws IOException {
    BasicFileAttributes attributes = PathResolver.attributesOrNull(path);
    if (attributes == null) {
      throw new Fault(Errno.NOENT);
    }
    return attributes;
  }
}

package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An open directory: a preopen and the path of the directory inside it, as a list of names (never
 * {@code "."}, {@code ".."} or a symbolic link). Paths given relative to it are resolved by {@link
 * PathResolver} without leaving {@link Preopen#root()}.
 */
final class DirFd extends Descriptor {
  final Preopen preopen;
  final List<String> components;

  /** Whether this is the preopened descriptor itself (it answers {@code fd_prestat_get}). */
  final boolean isPreopen;

  /** Entries of the last {@code fd_readdir} listing, reused while cookies continue it. */
  DirEntries entries;

  DirFd(
      Preopen preopen,
      List<String> components,
      boolean isPreopen,
      long rightsBase,
      long rightsInheriting) {
    super(rightsBase, rightsInheriting, 0);
    this.preopen = preopen;
    this.components = List.copyOf(components);
    this.isPreopen = isPreopen;
  }

  /**
   * Returns the host path of this directory, checked to lead through plain directories only.
   *
   * @throws Fault {@link Errno#NOENT} when it no longer does ({@link PathResolver#checkedHost})
   */
  Path host() throws IOException {
    return PathResolver.checkedHost(preopen, components, components.size());
  }

  @Override
  int filetype() {
    return Abi.FILETYPE_DIRECTORY;
  }

  @Override
  void close() {
    entries = null;
  }
}

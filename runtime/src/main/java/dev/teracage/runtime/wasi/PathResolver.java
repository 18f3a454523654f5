package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The sandbox: resolves a guest path relative to a directory descriptor, component by component,
 * like {@code openat} confined to the descriptor's preopen. Nothing here follows a symbolic link
 * through the host: every component is inspected with {@link LinkOption#NOFOLLOW_LINKS}, and a
 * link's target is read and spliced into the remaining components by hand.
 *
 * <ul>
 *   <li>An absolute path, a {@code ..} above the preopen root, or a link whose target is absolute
 *       or climbs above the root: {@link Errno#NOTCAPABLE}.
 *   <li>More than {@link #MAX_LINKS} links on one path: {@link Errno#LOOP}.
 *   <li>An intermediate component that is missing: {@link Errno#NOENT}; not a directory: {@link
 *       Errno#NOTDIR}. An empty path: {@link Errno#NOENT}.
 * </ul>
 *
 * <p>Limit: the host tree can change between this check and the operation that uses its result
 * (java.nio has no {@code openat}); the operation itself never follows a link in its last
 * component, so only a host process racing the guest could redirect an intermediate directory.
 */
final class PathResolver {
  /** Links followed on one path before {@link Errno#LOOP}, as Linux's {@code MAXSYMLINKS}. */
  static final int MAX_LINKS = 40;

  private PathResolver() {}

  /**
   * A resolved path.
   *
   * @param preopen the preopen it lies in
   * @param components its names below the root, none of them a link (but the last may be one when
   *     links were not followed)
   * @param name the last component as written, or {@code null} when the path ends in {@code .} or
   *     {@code ..} (it then names a directory already walked, not an entry to create or remove)
   * @param mustBeDirectory whether the path ended in a slash
   */
  record Resolved(Preopen preopen, List<String> components, String name, boolean mustBeDirectory) {
    Path host() {
      return hostPath(preopen, components);
    }

    /** Returns the name, or raises {@code errno} when the path names no entry of its own. */
    String entry(int errno) {
      if (name == null || components.isEmpty()) {
        throw new Fault(errno);
      }
      return name;
    }

    /** Returns whether this is the preopen root or the path of {@code dir}. */
    boolean isRoot() {
      return components.isEmpty();
    }
  }

  /**
   * Returns the host path of components a descriptor was opened at, after checking that the first
   * {@code directories} of them are still directories and not links. The guest can rename a
   * directory it holds open and put a link in its place; java.nio would follow that link, so a
   * descriptor whose path no longer leads through plain directories is treated as gone.
   *
   * @throws Fault {@link Errno#NOENT} when one of them is missing, a link or no directory
   */
  static Path checkedHost(Preopen preopen, List<String> components, int directories)
      throws IOException {
    Path path = preopen.root();
    for (int i = 0; i < components.size(); i++) {
      path = path.resolve(components.get(i));
      if (i < directories) {
        BasicFileAttributes attributes = attributesOrNull(path);
        if (attributes == null || !attributes.isDirectory()) { // NOFOLLOW: a link is no directory
          throw new Fault(Errno.NOENT);
        }
      }
    }
    return path;
  }

  static Path hostPath(Preopen preopen, List<String> components) {
    Path path = preopen.root();
    for (String component : components) {
      path = path.resolve(component);
    }
    return path;
  }

  /**
   * Resolves a path relative to a directory.
   *
   * @param dir the directory descriptor
   * @param path the guest path
   * @param followLast whether a link in the last component is followed (a trailing slash forces it)
   * @return the resolution
   * @throws Fault on an escape, a loop or a missing or non-directory intermediate component
   */
  static Resolved resolve(DirFd dir, String path, boolean followLast) throws IOException {
    if (path.isEmpty()) {
      throw new Fault(Errno.NOENT);
    }
    if (path.startsWith("/")) {
      throw new Fault(Errno.NOTCAPABLE);
    }
    checkedHost(dir.preopen, dir.components, dir.components.size());
    boolean trailingSlash = path.endsWith("/");
    Deque<String> todo = new ArrayDeque<>();
    split(path, todo);
    List<String> stack = new ArrayList<>(dir.components);
    String name = null;
    int links = 0;
    while (!todo.isEmpty()) {
      String component = todo.pollFirst();
      boolean last = todo.isEmpty();
      if (component.equals(".")) {
        name = null;
        continue;
      }
      if (component.equals("..")) {
        if (stack.isEmpty()) {
          throw new Fault(Errno.NOTCAPABLE);
        }
        stack.removeLast();
        name = null;
        continue;
      }
      if (!last || followLast || trailingSlash) {
        Path candidate = hostPath(dir.preopen, stack).resolve(component);
        BasicFileAttributes attributes = attributesOrNull(candidate);
        if (attributes != null && attributes.isSymbolicLink()) {
          if (++links > MAX_LINKS) {
            throw new Fault(Errno.LOOP);
          }
          String target = Files.readSymbolicLink(candidate).toString();
          if (target.isEmpty()) {
            throw new Fault(Errno.NOENT);
          }
          if (target.startsWith("/")) {
            throw new Fault(Errno.NOTCAPABLE);
          }
          Deque<String> spliced = new ArrayDeque<>();
          split(target, spliced);
          while (!spliced.isEmpty()) {
            todo.addFirst(spliced.pollLast());
          }
          name = null;
          continue;
        }
        if (!last) {
          if (attributes == null) {
            throw new Fault(Errno.NOENT);
          }
          if (!attributes.isDirectory()) {
            throw new Fault(Errno.NOTDIR);
          }
        }
      }
      stack.add(component);
      name = component;
    }
    Resolved resolved = new Resolved(dir.preopen, stack, name, trailingSlash);
    if (trailingSlash) {
      BasicFileAttributes attributes = attributesOrNull(resolved.host());
      if (attributes != null && !attributes.isDirectory()) {
        throw new Fault(Errno.NOTDIR);
      }
    }
    return resolved;
  }

  /**
   * Checks, without touching the file system, that a link target written in {@code parent} stays
   * inside the preopen when read as a path: relative, and no {@code ..} above the root.
   *
   * @throws Fault {@link Errno#NOTCAPABLE} otherwise
   */
  static void checkLinkTarget(List<String> parent, String target) {
    if (target.startsWith("/")) {
      throw new Fault(Errno.NOTCAPABLE);
    }
    int depth = parent.size();
    Deque<String> parts = new ArrayDeque<>();
    split(target, parts);
    for (String part : parts) {
      if (part.equals("..")) {
        if (--depth < 0) {
          throw new Fault(Errno.NOTCAPABLE);
        }
      } else if (!part.equals(".")) {
        depth++;
      }
    }
  }

  /** Returns a path's attributes, not following a link, or {@code null} when it does not exist. */
  static BasicFileAttributes attributesOrNull(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void split(String path, Deque<String> into) {
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        into.addLast(part);
      }
    }
  }
}

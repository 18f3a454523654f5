package dev.teracage.runtime.image;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content-addressed cache of arena files (design P3). An image's initial arena is written once
 * to {@code <cache>/<sha-256 of reservation and ranges>.arena}: a sparse file exactly as long as
 * the arena's reservation, holding the ranges at their offsets and holes elsewhere. Every instance
 * maps it {@link FileChannel.MapMode#PRIVATE privately}: pages nobody wrote are shared (page
 * cache), a written page becomes the instance's own and never reaches the file.
 *
 * <p>The cache directory is the system property {@code teracage.cache.dir}, else {@code
 * teracage-<user>} in {@code java.io.tmpdir}, created readable by its owner only where the file
 * system has POSIX permissions; a directory that another user owns, that is a symbolic link, or
 * that others can write is not used (instances then copy the state instead of mapping it). A file
 * is written under a temporary name and moved into place atomically, so concurrent JVMs never see a
 * partial file; whoever moves second finds the same content. A file found in place is checked
 * (length, and the ranges' bytes) before it is used.
 */
final class ArenaFiles {
  private static final String SUFFIX = ".arena";

  private ArenaFiles() {}

  static Path directory() throws IOException {
    String configured = System.getProperty("teracage.cache.dir");
    Path dir =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(
                System.getProperty("java.io.tmpdir"),
                "teracage-"
                    + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
    if (!Files.isDirectory(dir)) {
      try {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.createDirectories(
              dir,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(dir);
        }
      } catch (FileAlreadyExistsException e) {
        // created concurrently
      }
    }
    checkPrivate(dir);
    return dir;
  }

  /**
   * Refuses a cache directory that someone else owns or can write (where the file system says):
   * untouched pages of an instance read from the files in it. The caller then copies instead.
   */
  private static void checkPrivate(Path dir) throws IOException {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.nio.file.attribute.PosixFileAttributes attributes =
        Files.readAttributes(
            dir,
            java.nio.file.attribute.PosixFileAttributes.class,
            java.nio.file.LinkOption.NOFOLLOW_LINKS);
    String me = System.getProperty("user.name");
    if (!attributes.isDirectory()) {
      throw new IOException(dir + " is not a directory");
    }
    if (me != null && !attributes.owner().getName().equals(me)) {
      throw new IOException(dir + " belongs to " + attributes.owner().getName() + ", not " + me);
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = attributes.permissions();
    if (perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
        || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
      throw new IOException(dir + " is writable by others");
    }
  }

  /** Returns the cache file holding a state, writing it if it is not there yet. */
  static Path materialize(ArenaState state, long reservedSize) throws IOException {
    Path dir = directory();
    Path file = dir.resolve(key(state, reservedSize) + SUFFIX);
    if (Files.exists(file)) {
      if (matches(file, state, reservedSize)) {
        return file;
      }
      Files.deleteIfExists(file);
    }
    Path temp = Files.createTempFile(dir, "arena", ".part");
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        for (ArenaState.Range r : state.ranges()) {
          ByteBuffer buf = ByteBuffer.wrap(r.bytes());
          long at = r.offset();
          while (buf.hasRemaining()) {
            at += ch.write(buf, at);
          }
        }
        if (ch.size() < reservedSize) {
          // Holes up to the reservation's end: one byte at the end, the rest unwritten.
          ch.write(ByteBuffer.allocate(1), reservedSize - 1);
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        // another JVM moved the same content into place first
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return file;
  }

  private static boolean matches(Path file, ArenaState state, long reservedSize)
      throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      if (ch.size() != reservedSize) {
        return false;
      }
      for (ArenaState.Range r : state.ranges()) {
        ByteBuffer buf = ByteBuffer.allocate(r.bytes().length);
        long at = r.offset();
        while (buf.hasRemaining()) {
          int n = ch.read(buf, at);
          if (n < 0) {
            return false;
          }
          at += n;
        }
        if (!java.util.Arrays.equals(buf.array(), r.bytes())) {
          return false;
        }
      }
      return true;
    }
  }

  /** Maps a cache file privately; the mapping outlives the channel. */
  static MemorySegment mapPrivate(Path file, long reservedSize) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      if (ch.size() != reservedSize) {
        throw new IOException(file + " is " + ch.size() + " bytes, expected " + reservedSize);
      }
      return ch.map(FileChannel.MapMode.PRIVATE, 0, reservedSize, Arena.ofAuto());
    }
  }

  /** SHA-256 of the reservation size, then each range's offset, length and bytes. */
  static String key(ArenaState state, long reservedSize) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    ByteBuffer header = ByteBuffer.allocate(20);
    header.putLong(reservedSize);
    sha.update(header.array(), 0, 8);
    for (ArenaState.Range r : state.ranges()) {
      header.clear();
      header.putLong(r.offset()).putInt(r.bytes().length);
      sha.update(header.array(), 0, 12);
      sha.update(r.bytes());
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}

package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * The witx {@code filestat} of a host path, read without following a link. Device, inode, link
 * count and change time come from the {@code unix} attribute view where the platform has one, and
 * are 0 (change time: modification time) where not.
 *
 * @param dev device id
 * @param ino inode number
 * @param filetype witx filetype
 * @param nlink link count
 * @param size size in bytes
 * @param atim access time, ns since the epoch
 * @param mtim modification time, ns since the epoch
 * @param ctim status change time, ns since the epoch
 */
record Filestat(
    long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim) {
  private static final String UNIX = "unix:dev,ino,nlink,ctime";

  /** The stat of something that is no file: a stream or socket. */
  static Filestat ofType(int filetype) {
    return new Filestat(0, 0, filetype, 1, 0, 0, 0, 0);
  }

  static Filestat of(Path path) throws IOException {
    BasicFileAttributes basic =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    long dev = 0;
    long ino = 0;
    long nlink = 1;
    long ctim = nanos(basic.lastModifiedTime());
    try {
      Map<String, Object> unix = Files.readAttributes(path, UNIX, LinkOption.NOFOLLOW_LINKS);
      dev = ((Number) unix.get("dev")).longValue();
      ino = ((Number) unix.get("ino")).longValue();
      nlink = ((Number) unix.get("nlink")).longValue();
      ctim = nanos((FileTime) unix.get("ctime"));
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // No unix view on this platform: keep the portable values.
    }
    return new Filestat(
        dev,
        ino,
        filetype(basic),
        nlink,
        basic.size(),
        nanos(basic.lastAccessTime()),
        nanos(basic.lastModifiedTime()),
        ctim);
  }

  static Filestat ofOrNull(Path path) throws IOException {
    try {
      return of(path);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  static int filetype(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return Abi.FILETYPE_SYMBOLIC_LINK;
    } else if (attributes.isDirectory()) {
      return Abi.FILETYPE_DIRECTORY;
    } else if (attributes.isRegularFile()) {
      return Abi.FILETYPE_REGULAR_FILE;
    }
    return Abi.FILETYPE_UNKNOWN;
  }

  /** Nanoseconds since the epoch, saturated at the range of a u64 timestamp read as signed. */
  static long nanos(FileTime time) {
    Instant instant = time.toInstant();
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? 0 : Long.MAX_VALUE;
    }
  }

  /** Writes this stat as a witx {@code filestat} at a guest pointer. */
  void store(MemorySegment memory, int ptr) {
    Guest.check(memory, ptr, Abi.FILESTAT_SIZE);
    Guest.putU64(memory, ptr, dev);
    Guest.putU64(memory, ptr + 8, ino);
    Guest.putU64(memory, ptr + 16, filetype & 0xFF); // u8 and its padding
    Guest.putU64(memory, ptr + 24, nlink);
    Guest.putU64(memory, ptr + 32, size);
    Guest.putU64(memory, ptr + 40, atim);
    Guest.putU64(memory, ptr + 48, mtim);
    Guest.putU64(memory, ptr + 56, ctim);
  }
}

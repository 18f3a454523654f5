package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system functions on a read-write preopen at fd 3. */
class FileSystemTest {
  private static final long RW = Rights.FILE;

  @TempDir Path dir;
  private Harness h;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("hello.txt"), "Hello, file!");
    Files.createDirectory(dir.resolve("sub"));
    h = new Harness(Wasi.builder().preopen(dir, "/data", false));
  }

  @Test
  void prestatNamesThePreopen() {
    assertEquals(Errno.SUCCESS, h.call("fd_prestat_get", 3, 40));
    assertEquals(0, h.u8(40));
    assertEquals(5, h.u32(44));
    assertEquals(Errno.NAMETOOLONG, h.call("fd_prestat_dir_name", 3, 100, 4));
    assertEquals(Errno.SUCCESS, h.call("fd_prestat_dir_name", 3, 100, 5));
    assertEquals("/data", h.string(100, 5));
    assertEquals(Errno.FAULT, h.call("fd_prestat_dir_name", 3, Harness.PAGE - 2, 5));
    assertEquals(Errno.BADF, h.call("fd_prestat_get", 4, 40));
    assertEquals(Errno.SUCCESS, h.call("fd_fdstat_get", 3, 40));
    assertEquals(Abi.FILETYPE_DIRECTORY, h.u8(40));
  }

  @Test
  void createWriteSeekReadAndTell() throws IOException {
    int fd = h.open(3, "new.txt", Abi.OFLAGS_CREAT | Abi.OFLAGS_EXCL, RW, 0);
    assertEquals(Errno.SUCCESS, h.write(fd, "abcdef"));
    assertEquals(6, h.u32(1896));
    assertEquals(Errno.SUCCESS, h.call("fd_seek", fd, -4L, Abi.WHENCE_CUR, 40));
    assertEquals(2, h.u64(40));
    assertEquals("cd", h.read(fd, 2));
    assertEquals(Errno.SUCCESS, h.call("fd_tell", fd, 40));
    assertEquals(4, h.u64(40));
    assertEquals(Errno.SUCCESS, h.call("fd_seek", fd, -1L, Abi.WHENCE_END, 40));
    assertEquals("f", h.read(fd, 10));
    assertEquals("", h.read(fd, 10));
    assertEquals(Errno.INVAL, h.call("fd_seek", fd, -7L, Abi.WHENCE_END, 40));
    assertEquals(Errno.INVAL, h.call("fd_seek", fd, 0L, 3, 40));
    assertEquals(Errno.INVAL, h.call("fd_seek", fd, Long.MAX_VALUE, Abi.WHENCE_END, 40));
    assertEquals(Errno.SUCCESS, h.call("fd_close", fd));
    assertEquals("abcdef", Files.readString(dir.resolve("new.txt")));
    int len = h.put(1000, "new.txt");
    assertEquals(
        Errno.EXIST,
        h.call("path_open", 3, 1, 1000, len, Abi.OFLAGS_CREAT | Abi.OFLAGS_EXCL, RW, 0L, 0, 996));
    len = h.put(1000, "missing.txt");
    assertEquals(Errno.NOENT, h.call("path_open", 3, 1, 1000, len, 0, RW, 0L, 0, 996));
    len = h.put(1000, "hello.txt");
    assertEquals(
        Errno.NOTDIR, h.call("path_open", 3, 1, 1000, len, Abi.OFLAGS_DIRECTORY, RW, 0L, 0, 996));
    assertEquals(Errno.NOTCAPABLE, h.call("path_open", 3, 1, 1000, len, 0, 1L << 40, 0L, 0, 996));
    assertEquals(Errno.INVAL, h.call("path_open", 3, 1, 1000, len, 16, RW, 0L, 0, 996));
  }

  @Test
  void truncateAppendAndPositionalIo() throws IOException {
    int fd = h.open(3, "hello.txt", 0, RW, Abi.FDFLAGS_APPEND);
    assertEquals(Errno.SUCCESS, h.write(fd, " More."));
    assertEquals("Hello, file! More.", Files.readString(dir.resolve("hello.txt")));
    assertEquals(Errno.SUCCESS, h.call("fd_fdstat_get", fd, 40));
    assertEquals(Abi.FILETYPE_REGULAR_FILE, h.u8(40));
    assertEquals(Abi.FDFLAGS_APPEND, h.u16(42));
    assertEquals(Errno.SUCCESS, h.call("fd_fdstat_set_flags", fd, 0));
    assertEquals(Errno.NOTSUP, h.call("fd_fdstat_set_flags", fd, Abi.FDFLAGS_SYNC));
    h.put(2000, "J");
    h.iovec(1900, 2000, 1);
    assertEquals(Errno.SUCCESS, h.call("fd_pwrite", fd, 1900, 1, 0L, 1896));
    h.iovec(1900, 4000, 5);
    assertEquals(Errno.SUCCESS, h.call("fd_pread", fd, 1900, 1, 13L, 1896));
    assertEquals("More.", h.string(4000, h.u32(1896)));
    assertEquals(Errno.INVAL, h.call("fd_pread", fd, 1900, 1, -1L, 1896));
    assertEquals("Jello, file! More.", Files.readString(dir.resolve("hello.txt")));
    assertEquals(Errno.SUCCESS, h.call("fd_filestat_set_size", fd, 5L));
    assertEquals("Jello", Files.readString(dir.resolve("hello.txt")));
    assertEquals(Errno.SUCCESS, h.call("fd_allocate", fd, 8L, 2L));
    assertEquals(10, Files.size(dir.resolve("hello.txt")));
    assertEquals(Errno.INVAL, h.call("fd_allocate", fd, -1L, 2L));
    assertEquals(Errno.SUCCESS, h.call("fd_advise", fd, 0L, 10L, 2));
    assertEquals(Errno.INVAL, h.call("fd_advise", fd, 0L, 10L, 6));
    assertEquals(Errno.SUCCESS, h.call("fd_sync", fd));
    assertEquals(Errno.SUCCESS, h.call("fd_datasync", fd));
    h.open(3, "hello.txt", Abi.OFLAGS_TRUNC, RW, 0);
    assertEquals(0, Files.size(dir.resolve("hello.txt")));
  }

  @Test
  void readOnlyDescriptorsRefuseWrites() {
    int fd = h.open(3, "hello.txt", 0, Rights.FD_READ | Rights.FD_SEEK, 0);
    assertEquals(Errno.NOTCAPABLE, h.write(fd, "x"));
    assertEquals(Errno.NOTCAPABLE, h.call("fd_tell", fd, 40));
    assertEquals(Errno.SUCCESS, h.call("fd_seek", fd, 7L, Abi.WHENCE_SET, 40));
    assertEquals("file!", h.read(fd, 5));
    assertEquals(Errno.ISDIR, h.write(3, "x"));
    assertEquals(Errno.NOTDIR, h.call("fd_readdir", fd, 100, 100, 0L, 40));
    assertEquals(Errno.NOTDIR, h.pathCall("path_create_directory", fd, "x"));
  }

  @Test
  void filestatByDescriptorAndPath() throws IOException {
    int len = h.put(1000, "hello.txt");
    assertEquals(Errno.SUCCESS, h.call("path_filestat_get", 3, 1, 1000, len, 2000));
    assertEquals(Abi.FILETYPE_REGULAR_FILE, h.u8(2016));
    assertEquals(12, h.u64(2032));
    assertEquals(1, h.u64(2024));
    Object ino = Files.getAttribute(dir.resolve("hello.txt"), "unix:ino");
    assertEquals(((Number) ino).longValue(), h.u64(2008));
    long nanos = 1_600_000_000_123_456_789L;
    assertEquals(
        Errno.SUCCESS,
        h.call(
            "path_filestat_set_times",
            3,
            1,
            1000,
            len,
            nanos,
            nanos + 1000,
            Abi.FST_ATIM | Abi.FST_MTIM));
    FileTime mtime = Files.getLastModifiedTime(dir.resolve("hello.txt"), LinkOption.NOFOLLOW_LINKS);
    assertEquals(1_600_000_000L, mtime.toInstant().getEpochSecond());
    assertEquals(123_457_789, mtime.toInstant().getNano());
    assertEquals(
        Errno.INVAL,
        h.call(
            "path_filestat_set_times", 3, 1, 1000, len, 0L, 0L, Abi.FST_ATIM | Abi.FST_ATIM_NOW));
    int fd = h.open(3, "hello.txt", 0, RW, 0);
    assertEquals(Errno.SUCCESS, h.call("fd_filestat_get", fd, 2000));
    assertEquals(12, h.u64(2032));
    assertEquals(nanos + 1000, h.u64(2048));
    assertEquals(Errno.SUCCESS, h.call("fd_filestat_set_times", fd, 0L, 0L, Abi.FST_MTIM_NOW));
    assertTrue(
        Files.getLastModifiedTime(dir.resolve("hello.txt")).toInstant().getEpochSecond()
            > 1_700_000_000L);
    assertEquals(Errno.FAULT, h.call("fd_filestat_get", fd, Harness.PAGE - 63));
    assertEquals(Errno.SUCCESS, h.call("fd_filestat_get", 1, 2000));
  }

  @Test
  void directoriesAndEntries() throws IOException {
    assertEquals(Errno.SUCCESS, h.pathCall("path_create_directory", 3, "made"));
    assertTrue(Files.isDirectory(dir.resolve("made")));
    assertEquals(Errno.EXIST, h.pathCall("path_create_directory", 3, "made"));
    assertEquals(Errno.EXIST, h.pathCall("path_create_directory", 3, "."));
    assertEquals(Errno.NOENT, h.pathCall("path_create_directory", 3, "no/such"));
    assertEquals(Errno.NOTDIR, h.pathCall("path_create_directory", 3, "hello.txt/x"));
    h.open(3, "made/inner.txt", Abi.OFLAGS_CREAT, RW, 0);
    assertEquals(Errno.NOTEMPTY, h.pathCall("path_remove_directory", 3, "made"));
    assertEquals(Errno.NOTDIR, h.pathCall("path_remove_directory", 3, "hello.txt"));
    assertEquals(Errno.INVAL, h.pathCall("path_remove_directory", 3, "."));
    assertEquals(Errno.ISDIR, h.pathCall("path_unlink_file", 3, "made"));
    assertEquals(Errno.NOTDIR, h.pathCall("path_unlink_file", 3, "hello.txt/"));
    assertEquals(Errno.SUCCESS, h.pathCall("path_unlink_file", 3, "made/inner.txt"));
    assertEquals(Errno.NOENT, h.pathCall("path_unlink_file", 3, "made/inner.txt"));
    assertEquals(Errno.SUCCESS, h.pathCall("path_remove_directory", 3, "made/"));
    assertFalse(Files.exists(dir.resolve("made")));
  }

  @Test
  void renameLinkSymlinkReadlink() throws IOException {
    int from = h.put(1000, "hello.txt");
    int to = h.put(1100, "sub/moved.txt");
    assertEquals(Errno.SUCCESS, h.call("path_rename", 3, 1000, from, 3, 1100, to));
    assertEquals("Hello, file!", Files.readString(dir.resolve("sub/moved.txt")));
    assertEquals(Errno.NOENT, h.call("path_rename", 3, 1000, from, 3, 1100, to));
    from = h.put(1000, "sub/moved.txt");
    to = h.put(1100, "hard.txt");
    assertEquals(Errno.SUCCESS, h.call("path_link", 3, 0, 1000, from, 3, 1100, to));
    assertTrue(Files.isSameFile(dir.resolve("hard.txt"), dir.resolve("sub/moved.txt")));
    assertEquals(Errno.EXIST, h.call("path_link", 3, 0, 1000, from, 3, 1100, to));
    int target = h.put(1000, "../hard.txt");
    int link = h.put(1100, "sub/soft");
    assertEquals(Errno.SUCCESS, h.call("path_symlink", 1000, target, 3, 1100, link));
    assertEquals(Path.of("../hard.txt"), Files.readSymbolicLink(dir.resolve("sub/soft")));
    assertEquals(Errno.EXIST, h.call("path_symlink", 1000, target, 3, 1100, link));
    assertEquals(Errno.SUCCESS, h.call("path_readlink", 3, 1100, link, 3000, 5, 40));
    assertEquals(5, h.u32(40));
    assertEquals("../ha", h.string(3000, 5));
    assertEquals(
        Errno.INVAL, h.call("path_readlink", 3, 1000, h.put(1000, "hard.txt"), 3000, 50, 40));
    int fd = h.open(3, "sub/soft", 0, Rights.FD_READ, 0);
    assertEquals("Hello, file!", h.read(fd, 100));
    from = h.put(1000, "sub");
    to = h.put(1100, "hard.txt");
    assertEquals(Errno.NOTDIR, h.call("path_rename", 3, 1000, from, 3, 1100, to));
    assertEquals(Errno.PERM, h.call("path_link", 3, 0, 1000, from, 3, 1200, h.put(1200, "d2")));
  }

  @Test
  void readdirListsWithResumableCookies() throws IOException {
    for (String name : List.of("b", "a", "c")) {
      Files.writeString(dir.resolve("sub").resolve(name), name);
    }
    Files.createDirectory(dir.resolve("sub/z-dir"));
    int sub = h.open(3, "sub", Abi.OFLAGS_DIRECTORY, Rights.FD_READDIR, 0);
    List<String> names = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    long cookie = 0;
    while (true) {
      assertEquals(Errno.SUCCESS, h.call("fd_readdir", sub, 10_000, 30, cookie, 40));
      int used = h.u32(40);
      if (used == 0) {
        break;
      }
      int namelen = h.u32(10_016);
      if (24 + namelen > used) {
        break; // truncated entry: ask again from the same cookie with a larger buffer
      }
      names.add(h.string(10_024, namelen));
      types.add(h.u8(10_020));
      cookie = h.u64(10_000);
    }
    assertEquals(List.of(".", "..", "a", "b", "c", "z-dir"), names);
    assertEquals(Abi.FILETYPE_DIRECTORY, types.get(0));
    assertEquals(Abi.FILETYPE_REGULAR_FILE, types.get(2));
    assertEquals(Errno.SUCCESS, h.call("fd_readdir", sub, 10_000, 4000, 0L, 40));
    int used = h.u32(40);
    assertEquals(6 * 24 + 1 + 2 + 1 + 1 + 1 + 5, used);
    assertEquals(Errno.SUCCESS, h.call("fd_readdir", sub, 10_000, 4000, 6L, 40));
    assertEquals(0, h.u32(40));
    assertEquals(Errno.SUCCESS, h.call("fd_readdir", sub, 10_000, 4000, 5L, 40));
    assertEquals("z-dir", h.string(10_024, 5));
    assertEquals(Abi.FILETYPE_DIRECTORY, h.u8(10_020));
    assertEquals(Errno.FAULT, h.call("fd_readdir", sub, Harness.PAGE - 10, 11, 0L, 40));
    assertEquals(Errno.SUCCESS, h.call("fd_readdir", 3, 10_000, 4000, 0L, 40));
    assertEquals(Errno.SUCCESS, h.call("fd_fdstat_set_rights", sub, 0L, 0L));
    assertEquals(Errno.NOTCAPABLE, h.call("fd_readdir", sub, 10_000, 4000, 0L, 40));
  }

  @Test
  void openFilesOutliveTheirNameAndDotDotIsTheParent() throws IOException {
    int fd = h.open(3, "sub/doomed.txt", Abi.OFLAGS_CREAT, RW, 0);
    assertEquals(Errno.SUCCESS, h.write(fd, "still here"));
    assertEquals(Errno.SUCCESS, h.pathCall("path_unlink_file", 3, "sub/doomed.txt"));
    assertEquals(Errno.SUCCESS, h.call("fd_filestat_get", fd, 2000));
    assertEquals(0, h.u64(2024)); // no links left
    assertEquals(10, h.u64(2032)); // the channel's size
    assertEquals(Errno.SUCCESS, h.call("fd_seek", fd, 0L, Abi.WHENCE_SET, 40));
    assertEquals("still here", h.read(fd, 100));
    int sub = h.open(3, "sub", Abi.OFLAGS_DIRECTORY, Rights.FD_READDIR, 0);
    assertEquals(Errno.SUCCESS, h.call("fd_readdir", sub, 10_000, 4000, 0L, 40));
    long dotdot = h.u64(10_000 + 24 + 1 + 8); // second entry's d_ino, after "." and its name
    assertEquals(((Number) Files.getAttribute(dir, "unix:ino")).longValue(), dotdot);
  }
}

package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape attempts: each is refused with its errno, and the host tree outside the sandbox (and, for
 * refused operations, inside it) is the same before and after.
 */
class SandboxTest {
  private static final long ALL = Rights.FILE | Rights.DIRECTORY;

  @TempDir Path tmp;
  private Path sandbox;
  private Path other;
  private Map<String, String> before;
  private Harness h;

  @BeforeEach
  void setUp() throws IOException {
    sandbox = Files.createDirectories(tmp.resolve("sandbox"));
    other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.createDirectories(sandbox.resolve("sub/deeper"));
    Files.writeString(sandbox.resolve("sub/file.txt"), "inside");
    Files.writeString(other.resolve("o.txt"), "other");
    Files.createSymbolicLink(sandbox.resolve("out-abs"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(sandbox.resolve("out-rel"), Path.of("../secret.txt"));
    Files.createSymbolicLink(sandbox.resolve("out-dir"), Path.of(".."));
    Files.createSymbolicLink(sandbox.resolve("sub/up-up"), Path.of("../../other"));
    Files.createSymbolicLink(sandbox.resolve("loop-a"), Path.of("loop-b"));
    Files.createSymbolicLink(sandbox.resolve("loop-b"), Path.of("loop-a"));
    Files.createSymbolicLink(sandbox.resolve("self"), Path.of("self"));
    Files.createSymbolicLink(sandbox.resolve("in-link"), Path.of("sub/file.txt"));
    Files.createSymbolicLink(sandbox.resolve("sub/back"), Path.of("../sub/./file.txt"));
    before = TreeSnapshot.of(tmp);
    h = new Harness(Wasi.builder().preopen(sandbox, "/", false).preopen(other, "/other", false));
  }

  @AfterEach
  void hostTreeUnchanged() {
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  private int open(String path, int lookup, int oflags, long rights) {
    int len = h.put(1000, path);
    return h.call("path_open", 3, lookup, 1000, len, oflags, rights, rights, 0, 996);
  }

  @Test
  void dotDotAboveTheRootIsRefused() {
    assertEquals(Errno.NOTCAPABLE, open("..", 1, 0, 0));
    assertEquals(Errno.NOTCAPABLE, open("../secret.txt", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("sub/../../secret.txt", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("sub/deeper/../../../sandbox/x", 1, Abi.OFLAGS_CREAT, ALL));
    assertEquals(Errno.NOTCAPABLE, h.pathCall("path_create_directory", 3, "../escaped"));
    assertEquals(Errno.NOTCAPABLE, h.pathCall("path_unlink_file", 3, "../secret.txt"));
    assertEquals(Errno.NOTCAPABLE, h.pathCall("path_remove_directory", 3, "../other"));
  }

  @Test
  void absolutePathsAreRefused() {
    assertEquals(
        Errno.NOTCAPABLE, open(tmp.resolve("secret.txt").toString(), 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("/", 1, 0, 0));
    assertEquals(Errno.NOTCAPABLE, h.pathCall("path_create_directory", 3, tmp + "/made"));
    assertEquals(Errno.NOTCAPABLE, h.pathCall("path_unlink_file", 3, tmp + "/secret.txt"));
  }

  @Test
  void linksLeadingOutAreRefusedWhenFollowed() {
    assertEquals(Errno.NOTCAPABLE, open("out-abs", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("out-rel", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("out-dir/secret.txt", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("out-dir/sandbox/sub/file.txt", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("sub/up-up/o.txt", 1, 0, Rights.FD_READ));
    assertEquals(Errno.NOTCAPABLE, open("out-rel", 1, Abi.OFLAGS_CREAT | Abi.OFLAGS_TRUNC, ALL));
    int len = h.put(1000, "out-abs");
    assertEquals(Errno.NOTCAPABLE, h.call("path_filestat_get", 3, 1, 1000, len, 2000));
    assertEquals(Errno.NOTCAPABLE, h.pathCall("path_create_directory", 3, "out-dir/made"));
  }

  @Test
  void linksNotFollowedAreThemselves() {
    assertEquals(Errno.LOOP, open("out-abs", 0, 0, Rights.FD_READ));
    int len = h.put(1000, "out-abs");
    assertEquals(Errno.SUCCESS, h.call("path_filestat_get", 3, 0, 1000, len, 2000));
    assertEquals(Abi.FILETYPE_SYMBOLIC_LINK, h.u8(2016));
    assertEquals(Errno.SUCCESS, h.call("path_readlink", 3, 1000, len, 3000, 200, 2000));
    assertEquals(tmp.resolve("secret.txt").toString(), h.string(3000, h.u32(2000)));
  }

  @Test
  void linkLoopsAreEloop() {
    assertEquals(Errno.LOOP, open("loop-a", 1, 0, Rights.FD_READ));
    assertEquals(Errno.LOOP, open("self/x", 0, 0, Rights.FD_READ));
    assertEquals(Errno.LOOP, open("loop-b", 1, Abi.OFLAGS_CREAT, ALL));
  }

  @Test
  void linksInsideTheSandboxAreFollowed() {
    assertEquals(Errno.SUCCESS, open("in-link", 1, 0, Rights.FD_READ));
    assertEquals("inside", h.read(h.u32(996), 100));
    assertEquals(Errno.SUCCESS, open("sub/back", 1, 0, Rights.FD_READ));
    assertEquals("inside", h.read(h.u32(996), 100));
    assertEquals(Errno.SUCCESS, open("sub/deeper/../../sub/file.txt", 1, 0, Rights.FD_READ));
  }

  @Test
  void openedDirectoriesStayConfined() {
    assertEquals(
        Errno.SUCCESS, open("sub", 1, Abi.OFLAGS_DIRECTORY, Rights.DIRECTORY | Rights.FD_READ));
    assertEquals(Errno.ISDIR, open("sub", 1, 0, Rights.FD_READ | Rights.FD_WRITE));
    int sub = h.u32(996);
    int len = h.put(1000, "../../secret.txt");
    assertEquals(
        Errno.NOTCAPABLE, h.call("path_open", sub, 1, 1000, len, 0, Rights.FD_READ, 0L, 0, 996));
    len = h.put(1000, "../sub/file.txt");
    assertEquals(
        Errno.SUCCESS, h.call("path_open", sub, 1, 1000, len, 0, Rights.FD_READ, 0L, 0, 996));
  }

  @Test
  void guestCannotCreateLinksLeadingOut() {
    int target = h.put(1000, "../secret.txt");
    int link = h.put(1100, "new-link");
    assertEquals(Errno.NOTCAPABLE, h.call("path_symlink", 1000, target, 3, 1100, link));
    link = h.put(1100, "sub/new-link");
    target = h.put(1000, "/etc/passwd");
    assertEquals(Errno.NOTCAPABLE, h.call("path_symlink", 1000, target, 3, 1100, link));
    target = h.put(1000, "../../secret.txt");
    assertEquals(Errno.NOTCAPABLE, h.call("path_symlink", 1000, target, 3, 1100, link));
  }

  @Test
  void renamesAndLinksAcrossPreopensAreExdev() {
    int from = h.put(1000, "sub/file.txt");
    int to = h.put(1100, "moved.txt");
    assertEquals(Errno.XDEV, h.call("path_rename", 3, 1000, from, 4, 1100, to));
    assertEquals(Errno.XDEV, h.call("path_link", 3, 0, 1000, from, 4, 1100, to));
    from = h.put(1000, "o.txt");
    to = h.put(1100, "stolen.txt");
    assertEquals(Errno.XDEV, h.call("path_rename", 4, 1000, from, 3, 1100, to));
    to = h.put(1100, "../secret.txt");
    assertEquals(Errno.NOTCAPABLE, h.call("path_rename", 4, 1000, from, 4, 1100, to));
    assertEquals(Errno.NOTCAPABLE, h.call("path_link", 4, 0, 1000, from, 4, 1100, to));
  }

  @Test
  void invalidUtf8AndNulPathsAreRefused() {
    h.put(1000, new byte[] {'a', (byte) 0xC3, '(', 0});
    assertEquals(Errno.ILSEQ, h.call("path_open", 3, 1, 1000, 3, 0, 0L, 0L, 0, 996));
    assertEquals(Errno.ILSEQ, h.call("path_create_directory", 3, 1000, 3));
    h.put(1000, new byte[] {'a', 0, 'b'});
    assertEquals(Errno.INVAL, h.call("path_create_directory", 3, 1000, 3));
    assertEquals(Errno.FAULT, h.call("path_create_directory", 3, Harness.PAGE - 1, 2));
    assertEquals(Errno.FAULT, h.call("path_create_directory", 3, 1000, -1));
    assertEquals(Errno.NOENT, h.call("path_create_directory", 3, 1000, 0));
  }

  @Test
  void readOnlyPreopensRefuseChanges() {
    Harness ro = new Harness(Wasi.builder().preopen(sandbox, "/", true));
    int len = ro.put(1000, "sub/file.txt");
    assertEquals(
        Errno.NOTCAPABLE, ro.call("path_open", 3, 1, 1000, len, 0, Rights.FD_WRITE, 0L, 0, 996));
    assertEquals(
        Errno.NOTCAPABLE,
        ro.call("path_open", 3, 1, 1000, len, Abi.OFLAGS_TRUNC, Rights.FD_READ, 0L, 0, 996));
    len = ro.put(1000, "new.txt");
    assertEquals(
        Errno.NOTCAPABLE,
        ro.call("path_open", 3, 1, 1000, len, Abi.OFLAGS_CREAT, Rights.FD_READ, 0L, 0, 996));
    assertEquals(Errno.NOTCAPABLE, ro.pathCall("path_create_directory", 3, "d"));
    assertEquals(Errno.NOTCAPABLE, ro.pathCall("path_unlink_file", 3, "sub/file.txt"));
    assertEquals(Errno.NOTCAPABLE, ro.pathCall("path_remove_directory", 3, "sub/deeper"));
    len = ro.put(1000, "sub/file.txt");
    assertEquals(
        Errno.SUCCESS, ro.call("path_open", 3, 1, 1000, len, 0, Rights.FD_READ, 0L, 0, 996));
    int fd = ro.u32(996);
    assertEquals("inside", ro.read(fd, 100));
    assertEquals(Errno.NOTCAPABLE, ro.write(fd, "x"));
    assertEquals(Errno.NOTCAPABLE, ro.call("fd_filestat_set_size", fd, 0L));
  }
}

package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain of links the guest creates, each lexically inside the preopen but leading out when the
 * host follows them all: the guest still cannot leave the preopen through it.
 */
class LinkChainTest {
  @TempDir Path tmp;

  @Test
  void guestCreatedLinkChainsStayConfined() throws IOException {
    Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
    Files.createDirectories(sandbox.resolve("sub/deeper"));
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    Map<String, String> outside = Map.of("secret.txt", Files.readString(tmp.resolve("secret.txt")));
    Harness h = new Harness(Wasi.builder().preopen(sandbox, "/", false));
    String[][] links = {{"sub/deeper", "l"}, {"l/..", "x"}, {"x/..", "y"}, {"y/..", "z"}};
    for (String[] link : links) {
      int target = h.put(1000, link[0]);
      int name = h.put(1100, link[1]);
      assertEquals(Errno.SUCCESS, h.call("path_symlink", 1000, target, 3, 1100, name), link[1]);
    }
    // The host would follow z out of the sandbox; the guest may not.
    assertEquals(
        tmp.resolve("secret.txt").toRealPath(), sandbox.resolve("z/secret.txt").toRealPath());
    int len = h.put(1000, "z/secret.txt");
    assertEquals(
        Errno.NOTCAPABLE, h.call("path_open", 3, 1, 1000, len, 0, Rights.FD_READ, 0L, 0, 996));
    len = h.put(1000, "z/x");
    assertEquals(Errno.NOTCAPABLE, h.call("path_create_directory", 3, 1000, len));
    len = h.put(1000, "y/sub/deeper"); // y is the root itself
    assertEquals(
        Errno.SUCCESS, h.call("path_open", 3, 1, 1000, len, Abi.OFLAGS_DIRECTORY, 0L, 0L, 0, 996));
    assertEquals(outside, Map.of("secret.txt", Files.readString(tmp.resolve("secret.txt"))));
    assertEquals(false, Files.exists(tmp.resolve("x")));
  }

  @Test
  void aDescriptorWhosePathBecameALinkIsGone() throws IOException {
    Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
    Files.createDirectories(sandbox.resolve("sub/deeper"));
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    Harness h = new Harness(Wasi.builder().preopen(sandbox, "/", false));
    int sub = h.open(3, "sub", Abi.OFLAGS_DIRECTORY, Rights.DIRECTORY | Rights.FD_READ, 0);
    int file = h.open(3, "sub/deeper/../f.txt", Abi.OFLAGS_CREAT, Rights.FILE, 0);
    int from = h.put(1000, "sub");
    int to = h.put(1100, "moved");
    assertEquals(Errno.SUCCESS, h.call("path_rename", 3, 1000, from, 3, 1100, to));
    // Each link reads as a path inside the preopen; "sub" now leads to the preopen's parent.
    String[][] links = {{"moved/deeper", "l"}, {"l/..", "x"}, {"x/..", "y"}, {"y/..", "sub"}};
    for (String[] link : links) {
      int target = h.put(1000, link[0]);
      int name = h.put(1100, link[1]);
      assertEquals(Errno.SUCCESS, h.call("path_symlink", 1000, target, 3, 1100, name), link[1]);
    }
    assertEquals(tmp.toRealPath(), sandbox.resolve("sub").toRealPath());
    int len = h.put(1000, "secret.txt");
    assertEquals(
        Errno.NOENT, h.call("path_open", sub, 1, 1000, len, 0, Rights.FD_READ, 0L, 0, 996));
    assertEquals(Errno.NOENT, h.pathCall("path_create_directory", sub, "evil"));
    assertEquals(Errno.NOENT, h.call("fd_readdir", sub, 10_000, 4000, 0L, 40));
    assertEquals(Errno.NOENT, h.call("fd_filestat_get", sub, 2000));
    assertEquals(Errno.NOENT, h.call("fd_filestat_set_times", sub, 0L, 0L, Abi.FST_MTIM_NOW));
    assertEquals(Errno.NOENT, h.call("fd_filestat_set_times", file, 0L, 0L, Abi.FST_MTIM_NOW));
    assertEquals(Errno.SUCCESS, h.call("fd_filestat_get", file, 2000)); // from the channel
    assertEquals(false, Files.exists(tmp.resolve("evil")));
    assertEquals("secret", Files.readString(tmp.resolve("secret.txt")));
  }
}

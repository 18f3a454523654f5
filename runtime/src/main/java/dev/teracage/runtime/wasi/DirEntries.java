package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One listing of a directory for {@code fd_readdir}: {@code .}, {@code ..}, then the entries in
 * name order. Entry {@code i} has cookie {@code i} and its {@code d_next} is {@code i + 1}, so a
 * guest resumes a listing at any cookie it was given. Cookie 0 lists the directory afresh.
 *
 * @param names the UTF-8 names
 * @param inodes the inode number of each entry (0 when the host does not say)
 * @param types the witx filetype of each entry
 */
record DirEntries(List<byte[]> names, long[] inodes, int[] types) {
  /**
   * Lists a directory.
   *
   * @param dir the directory
   * @param parent what its {@code ..} entry stands for: its parent, or itself at a preopen root
   */
  static DirEntries list(Path dir, Path parent) throws IOException {
    List<String> found = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        found.add(entry.getFileName().toString());
      }
    }
    found.sort(null);
    found.addFirst("..");
    found.addFirst(".");
    List<byte[]> names = new ArrayList<>(found.size());
    long[] inodes = new long[found.size()];
    int[] types = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      String name = found.get(i);
      names.add(name.getBytes(StandardCharsets.UTF_8));
      Path path = i == 0 ? dir : i == 1 ? parent : dir.resolve(name);
      Filestat stat = Filestat.ofOrNull(path);
      inodes[i] = stat == null ? 0 : stat.ino();
      types[i] = stat == null ? Abi.FILETYPE_UNKNOWN : stat.filetype();
    }
    return new DirEntries(names, inodes, types);
  }

  int size() {
    return names.size();
  }
}

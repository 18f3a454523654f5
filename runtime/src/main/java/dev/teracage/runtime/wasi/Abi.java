package dev.teracage.runtime.wasi;

/**
 * The small enumerations and flag sets of WASI preview 1 (witx {@code filetype}, {@code fdflags},
 * {@code oflags}, {@code lookupflags}, {@code whence}, {@code clockid}, {@code fstflags}, {@code
 * eventtype}), and the sizes of the structures host functions write into guest memory.
 */
final class Abi {
  static final int FILETYPE_UNKNOWN = 0;
  static final int FILETYPE_BLOCK_DEVICE = 1;
  static final int FILETYPE_CHARACTER_DEVICE = 2;
  static final int FILETYPE_DIRECTORY = 3;
  static final int FILETYPE_REGULAR_FILE = 4;
  static final int FILETYPE_SOCKET_DGRAM = 5;
  static final int FILETYPE_SOCKET_STREAM = 6;
  static final int FILETYPE_SYMBOLIC_LINK = 7;

  static final int FDFLAGS_APPEND = 1;
  static final int FDFLAGS_DSYNC = 2;
  static final int FDFLAGS_NONBLOCK = 4;
  static final int FDFLAGS_RSYNC = 8;
  static final int FDFLAGS_SYNC = 16;
  static final int FDFLAGS_ALL = 31;

  static final int OFLAGS_CREAT = 1;
  static final int OFLAGS_DIRECTORY = 2;
  static final int OFLAGS_EXCL = 4;
  static final int OFLAGS_TRUNC = 8;
  static final int OFLAGS_ALL = 15;

  static final int LOOKUP_SYMLINK_FOLLOW = 1;

  static final int WHENCE_SET = 0;
  static final int WHENCE_CUR = 1;
  static final int WHENCE_END = 2;

  static final int CLOCK_REALTIME = 0;
  static final int CLOCK_MONOTONIC = 1;
  static final int CLOCK_PROCESS_CPUTIME = 2;
  static final int CLOCK_THREAD_CPUTIME = 3;

  static final int FST_ATIM = 1;
  static final int FST_ATIM_NOW = 2;
  static final int FST_MTIM = 4;
  static final int FST_MTIM_NOW = 8;

  static final int EVENT_CLOCK = 0;
  static final int EVENT_FD_READ = 1;
  static final int EVENT_FD_WRITE = 2;
  static final int SUBCLOCK_ABSTIME = 1;
  static final int EVENTRW_HANGUP = 1;

  static final int SDFLAGS_RD = 1;
  static final int SDFLAGS_WR = 2;
  static final int RIFLAGS_PEEK = 1;
  static final int RIFLAGS_WAITALL = 2;
  static final int ROFLAGS_DATA_TRUNCATED = 1;

  /** {@code iovec}/{@code ciovec}: buf u32 at 0, buf_len u32 at 4. */
  static final int IOVEC_SIZE = 8;

  /** {@code fdstat}: filetype u8 at 0, flags u16 at 2, rights base u64 at 8, inheriting at 16. */
  static final int FDSTAT_SIZE = 24;

  /** {@code filestat}: dev, ino, filetype (u8 at 16), nlink, size, atim, mtim, ctim (u64s). */
  static final int FILESTAT_SIZE = 64;

  /** {@code dirent}: d_next u64 at 0, d_ino u64 at 8, d_namlen u32 at 16, d_type u8 at 20. */
  static final int DIRENT_SIZE = 24;

  /** {@code subscription}: userdata u64 at 0, tag u8 at 8, union from 16. */
  static final int SUBSCRIPTION_SIZE = 48;

  /**
   * {@code event}: userdata u64 at 0, error u16 at 8, type u8 at 10, nbytes u64 at 16, flags 24.
   */
  static final int EVENT_SIZE = 32;

  private Abi() {}
}

/*
 * Direct wasi_snapshot_preview1 calls with exact pointers and lengths (bypassing wasi-libc's checks):
 * bad pointers, overflowing lengths, invalid UTF-8, invalid descriptors, rights, renumbering,
 * prestat, readdir cookies and poll_oneoff. Runs with a preopen "/data" at fd 3 holding files a, b, c.
 */
#include <stdint.h>
#include <wasi/api.h>

#include "check.h"

#define IMPORT(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))
int32_t raw_fd_write(int32_t fd, int32_t iovs, int32_t count, int32_t out) IMPORT(fd_write);
int32_t raw_fd_read(int32_t fd, int32_t iovs, int32_t count, int32_t out) IMPORT(fd_read);
int32_t raw_path_open(int32_t fd, int32_t lookup, int32_t path, int32_t len, int32_t oflags,
                      int64_t base, int64_t inheriting, int32_t fdflags, int32_t out)
    IMPORT(path_open);
int32_t raw_args_sizes_get(int32_t count, int32_t size) IMPORT(args_sizes_get);
int32_t raw_random_get(int32_t buf, int32_t len) IMPORT(random_get);
int32_t raw_fd_readdir(int32_t fd, int32_t buf, int32_t len, int64_t cookie, int32_t out)
    IMPORT(fd_readdir);

#define P(x) ((int32_t)(uintptr_t)(x))

#define EXPECT(call, want)                                                            \
  do {                                                                                \
    int got_ = (int)(call);                                                           \
    if (got_ != (int)(want)) {                                                        \
      printf("FAIL %s:%d: %s = %d, expected %d\n", __FILE__, __LINE__, #call, got_,   \
             (int)(want));                                                            \
      failures++;                                                                     \
    }                                                                                 \
  } while (0)

static uint32_t out_u32;
static __wasi_ciovec_t iov[2];

static void bad_input(void) {
  int32_t end = (int32_t)(__builtin_wasm_memory_size(0) * 65536);
  static const char text[] = "x";
  iov[0].buf = (const uint8_t *)text;
  iov[0].buf_len = 1;
  EXPECT(raw_fd_write(1, end - 4, 1, P(&out_u32)), __WASI_ERRNO_FAULT);     /* array crosses end */
  EXPECT(raw_fd_write(1, P(iov), 0x20000000, P(&out_u32)), __WASI_ERRNO_FAULT); /* count overflows */
  EXPECT(raw_fd_write(1, P(iov), 1, end - 2), __WASI_ERRNO_FAULT);          /* result pointer */
  EXPECT(raw_fd_write(1, P(iov), 1, -4), __WASI_ERRNO_FAULT);
  iov[1].buf = (const uint8_t *)(uintptr_t)(end - 1);
  iov[1].buf_len = 2;
  EXPECT(raw_fd_write(1, P(iov), 2, P(&out_u32)), __WASI_ERRNO_FAULT);      /* buffer crosses end */
  iov[1].buf = (const uint8_t *)(uintptr_t)0xFFFFFFF0u;
  iov[1].buf_len = 0x20;
  EXPECT(raw_fd_write(1, P(iov), 2, P(&out_u32)), __WASI_ERRNO_FAULT);      /* wraps past 4 GiB */
  EXPECT(raw_fd_read(0, P(iov), 2, P(&out_u32)), __WASI_ERRNO_FAULT);
  EXPECT(raw_fd_write(42, P(iov), 1, P(&out_u32)), __WASI_ERRNO_BADF);
  EXPECT(raw_fd_write(-1, P(iov), 1, P(&out_u32)), __WASI_ERRNO_BADF);
  EXPECT(raw_args_sizes_get(end - 2, P(&out_u32)), __WASI_ERRNO_FAULT);
  EXPECT(raw_random_get(end - 1, 2), __WASI_ERRNO_FAULT);
  EXPECT(raw_random_get(0, -1), __WASI_ERRNO_FAULT);
  static const char bad_utf8[] = {'a', (char)0xC3, '(', 0};
  EXPECT(raw_path_open(3, 1, P(bad_utf8), 3, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&out_u32)),
         __WASI_ERRNO_ILSEQ);
  EXPECT(raw_path_open(3, 1, end - 1, 2, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&out_u32)),
         __WASI_ERRNO_FAULT);
  EXPECT(raw_path_open(3, 1, P("a"), -1, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&out_u32)),
         __WASI_ERRNO_FAULT);
  EXPECT(raw_path_open(3, 1, P("a"), 1, 0, __WASI_RIGHTS_FD_READ, 0, 0, end), __WASI_ERRNO_FAULT);
  EXPECT(raw_path_open(9, 1, P("a"), 1, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&out_u32)),
         __WASI_ERRNO_BADF);
  EXPECT(raw_fd_readdir(3, end - 8, 16, 0, P(&out_u32)), __WASI_ERRNO_FAULT);
}

static void descriptors(void) {
  __wasi_prestat_t prestat;
  EXPECT(__wasi_fd_prestat_get(3, &prestat), 0);
  EXPECT(prestat.tag, __WASI_PREOPENTYPE_DIR);
  EXPECT(prestat.u.dir.pr_name_len, 5);
  char name[8] = {0};
  EXPECT(__wasi_fd_prestat_dir_name(3, (uint8_t *)name, 4), __WASI_ERRNO_NAMETOOLONG);
  EXPECT(__wasi_fd_prestat_dir_name(3, (uint8_t *)name, 5), 0);
  EXPECT(strcmp(name, "/data"), 0);

  __wasi_fd_t a, b, other;
  __wasi_rights_t rw = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |
                       __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET;
  EXPECT(__wasi_path_open(3, 0, "a", 0, rw, 0, 0, &a), 0);
  EXPECT(__wasi_path_open(3, 0, "b", 0, rw, 0, 0, &b), 0);
  EXPECT(__wasi_path_open(3, 0, "a", __WASI_OFLAGS_DIRECTORY, rw, 0, 0, &other),
         __WASI_ERRNO_NOTDIR);
  EXPECT(__wasi_path_open(3, 0, "a", 0, (__wasi_rights_t)1 << 40, 0, 0, &other),
         __WASI_ERRNO_NOTCAPABLE);
  __wasi_fdstat_t stat;
  EXPECT(__wasi_fd_fdstat_get(a, &stat), 0);
  EXPECT(stat.fs_filetype, __WASI_FILETYPE_REGULAR_FILE);
  EXPECT(stat.fs_rights_base, rw);

  EXPECT(__wasi_fd_renumber(a, b), 0); /* b now refers to file a */
  EXPECT(__wasi_fd_close(a), __WASI_ERRNO_BADF);
  char buf[8] = {0};
  __wasi_iovec_t in = {(uint8_t *)buf, sizeof buf};
  __wasi_size_t n;
  EXPECT(__wasi_fd_read(b, &in, 1, &n), 0);
  EXPECT(n, 7);
  EXPECT(memcmp(buf, "file a\n", 7), 0);

  EXPECT(__wasi_fd_fdstat_set_rights(b, __WASI_RIGHTS_FD_READ, 0), 0);
  __wasi_ciovec_t out = {(const uint8_t *)"no", 2};
  EXPECT(__wasi_fd_write(b, &out, 1, &n), __WASI_ERRNO_NOTCAPABLE);
  __wasi_filesize_t pos;
  EXPECT(__wasi_fd_tell(b, &pos), __WASI_ERRNO_NOTCAPABLE);
  EXPECT(__wasi_fd_fdstat_set_rights(b, rw, 0), __WASI_ERRNO_NOTCAPABLE);
  EXPECT(__wasi_fd_close(b), 0);
  EXPECT(__wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &pos), __WASI_ERRNO_SPIPE);
  EXPECT(__wasi_sock_shutdown(1, __WASI_SDFLAGS_WR), __WASI_ERRNO_NOTSOCK);
  EXPECT(__wasi_sock_shutdown(77, __WASI_SDFLAGS_WR), __WASI_ERRNO_BADF);
  EXPECT(__wasi_sched_yield(), 0);
}

static void readdir_cookies(void) {
  static uint8_t buf[64];
  __wasi_dircookie_t cookie = 0;
  char names[64] = {0};
  for (int round = 0; round < 10; round++) {
    __wasi_size_t used;
    EXPECT(__wasi_fd_readdir(3, buf, 28, cookie, &used), 0); /* one entry (at most) per call */
    if (used == 0) {
      break;
    }
    __wasi_dirent_t entry;
    memcpy(&entry, buf, sizeof entry);
    strncat(names, (const char *)buf + sizeof entry, entry.d_namlen);
    strcat(names, " ");
    cookie = entry.d_next;
  }
  EXPECT(strcmp(names, ". .. a b c "), 0);
  if (strcmp(names, ". .. a b c ") != 0) {
    printf("names: %s\n", names);
  }
}

static void poll(void) {
  __wasi_subscription_t subs[2] = {0};
  subs[0].userdata = 1;
  subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
  subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  subs[0].u.u.clock.timeout = 10ull * 1000 * 1000 * 1000;
  subs[1].userdata = 2;
  subs[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
  subs[1].u.u.fd_write.file_descriptor = 1;
  __wasi_event_t events[2];
  __wasi_size_t n;
  EXPECT(__wasi_poll_oneoff(subs, events, 2, &n), 0);
  EXPECT(n, 1);
  EXPECT(events[0].userdata, 2);
  EXPECT(events[0].type, __WASI_EVENTTYPE_FD_WRITE);
  EXPECT(events[0].error, 0);
  EXPECT(__wasi_poll_oneoff(subs, events, 0, &n), __WASI_ERRNO_INVAL);
}

int main(void) {
  bad_input();
  descriptors();
  readdir_cookies();
  poll();
  return report();
}

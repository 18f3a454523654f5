/* Shared by the WASI test programs: CHECK prints the failing expression and errno, and counts. */
#ifndef CHECK_H
#define CHECK_H
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int failures __attribute__((unused));

#define CHECK(expr)                                                                  \
  do {                                                                               \
    errno = 0;                                                                       \
    if (!(expr)) {                                                                   \
      printf("FAIL %s:%d: %s (errno %d %s)\n", __FILE__, __LINE__, #expr, errno,     \
             strerror(errno));                                                       \
      failures++;                                                                    \
    }                                                                                \
  } while (0)

/* Expects a call returning -1 to fail with the given errno. */
#define CHECK_ERRNO(call, expected)                                                  \
  do {                                                                               \
    errno = 0;                                                                       \
    long result_ = (long)(call);                                                     \
    if (result_ != -1 || errno != (expected)) {                                      \
      printf("FAIL %s:%d: %s returned %ld errno %d (%s), expected errno %d (%s)\n",  \
             __FILE__, __LINE__, #call, result_, errno, strerror(errno), expected,   \
             strerror(expected));                                                    \
      failures++;                                                                    \
    }                                                                                \
  } while (0)

static inline int report(void) {
  if (failures == 0) {
    printf("ok\n");
  }
  return failures == 0 ? 0 : 1;
}

#endif

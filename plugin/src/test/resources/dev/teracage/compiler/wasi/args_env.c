/* Arguments, environment, clocks, randomness and exit status. */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
  printf("argc=%d", argc);
  for (int i = 0; i < argc; i++) {
    printf(" [%s]", argv[i]);
  }
  printf("\n");
  const char *greeting = getenv("GREETING");
  printf("GREETING=%s\n", greeting ? greeting : "(unset)");
  CHECK(getenv("NOT_SET") == NULL);

  struct timespec real, mono1, mono2, res;
  CHECK(clock_gettime(CLOCK_REALTIME, &real) == 0);
  CHECK(real.tv_sec > 1600000000);
  CHECK(clock_gettime(CLOCK_MONOTONIC, &mono1) == 0);
  CHECK(clock_gettime(CLOCK_MONOTONIC, &mono2) == 0);
  CHECK(mono2.tv_sec > mono1.tv_sec ||
        (mono2.tv_sec == mono1.tv_sec && mono2.tv_nsec >= mono1.tv_nsec));
  CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0);
  CHECK(res.tv_sec == 0 && res.tv_nsec > 0);

  unsigned char a[32], b[32];
  CHECK(getentropy(a, sizeof a) == 0);
  CHECK(getentropy(b, sizeof b) == 0);
  CHECK(memcmp(a, b, sizeof a) != 0);

  struct timespec before, after, nap = {0, 20 * 1000 * 1000};
  CHECK(clock_gettime(CLOCK_MONOTONIC, &before) == 0);
  CHECK(nanosleep(&nap, NULL) == 0); /* poll_oneoff with a clock subscription */
  CHECK(clock_gettime(CLOCK_MONOTONIC, &after) == 0);
  long long slept = (after.tv_sec - before.tv_sec) * 1000000000LL + (after.tv_nsec - before.tv_nsec);
  CHECK(slept >= 20 * 1000 * 1000);

  if (argc > 1 && strcmp(argv[1], "exit") == 0) {
    fflush(stdout);
    exit(atoi(argv[2]));
  }
  return report();
}

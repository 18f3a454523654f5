/* Writes argv[1] MB (default 100) to standard output in 100-byte fwrite calls (stdio buffers them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  long megabytes = argc > 1 ? atol(argv[1]) : 100;
  char line[100];
  memset(line, 'x', sizeof line - 1);
  line[sizeof line - 1] = '\n';
  for (long i = 0; i < megabytes * 10000L; i++) {
    fwrite(line, 1, sizeof line, stdout);
  }
  return 0;
}

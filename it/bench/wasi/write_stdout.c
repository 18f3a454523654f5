/* Writes 100 MB to standard output in 100-byte fwrite calls (stdio buffers them). */
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[100];
  memset(line, 'x', sizeof line - 1);
  line[sizeof line - 1] = '\n';
  for (long i = 0; i < 1000L * 1000L; i++) {
    fwrite(line, 1, sizeof line, stdout);
  }
  return 0;
}

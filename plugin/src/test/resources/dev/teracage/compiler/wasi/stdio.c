/* Standard streams: copies standard input to standard output in upper case, counts lines to stderr. */
#include <ctype.h>

#include "check.h"

int main(void) {
  int c, lines = 0;
  while ((c = getchar()) != EOF) {
    if (c == '\n') {
      lines++;
    }
    putchar(toupper(c));
  }
  fprintf(stderr, "%d lines\n", lines);
  return 0;
}

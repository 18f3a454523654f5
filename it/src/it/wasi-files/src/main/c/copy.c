/* Copies /data/in.txt to /data/out.txt in upper case and reports the byte count on stdout. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
  FILE *in = fopen("/data/in.txt", "r");
  if (in == NULL) {
    perror("/data/in.txt");
    return 1;
  }
  FILE *out = fopen("/data/out.txt", "w");
  if (out == NULL) {
    perror("/data/out.txt");
    return 2;
  }
  long count = 0;
  int c;
  while ((c = fgetc(in)) != EOF) {
    fputc(toupper(c), out);
    count++;
  }
  fclose(in);
  if (fclose(out) != 0) {
    perror("/data/out.txt");
    return 3;
  }
  printf("copied %ld bytes\n", count);
  return 0;
}

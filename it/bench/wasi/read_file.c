/* Reads the file named by argv[1] with 4 KiB freads and prints its size and a checksum. */
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: read_file FILE\n");
    return 2;
  }
  FILE *in = fopen(argv[1], "rb");
  if (in == NULL) {
    perror(argv[1]);
    return 1;
  }
  static unsigned char buf[4096];
  unsigned long long total = 0, sum = 0;
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
    for (size_t i = 0; i < n; i++) {
      sum = sum * 31 + buf[i];
    }
    total += n;
  }
  fclose(in);
  printf("%llu bytes, checksum %llu\n", total, sum);
  return 0;
}

/* Dot products of 16-bit integer vectors (4,096 elements) into 32-bit sums. */
#include "../kernels/kernel.h"

#define N 4096
static short a[N];
static short b[N];

static i32 dot(const short *x, const short *y) {
  i32 s = 0;
  for (i32 i = 0; i < N; i++) s += (i32) x[i] * (i32) y[i];
  return s;
}

EXPORT("run") i64 run(i32 n) {
  for (i32 i = 0; i < N; i++) {
    a[i] = (short) (i * 7 - 12000);
    b[i] = (short) ((i * 13) ^ 0x5A5A);
  }
  u64 acc = 0;
  for (i32 r = 0; r < n; r++) {
    a[r & (N - 1)] += 1;
    acc = acc * 31 + (u32) dot(a, b);
  }
  return (i64) acc;
}

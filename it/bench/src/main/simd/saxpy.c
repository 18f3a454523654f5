/* Single-precision a*x + y over 4,096 floats, then a bit-exact checksum of y. */
#include "../kernels/kernel.h"

#define N 4096
static float x[N];
static float y[N];

static void saxpy(float a) {
  for (i32 i = 0; i < N; i++) y[i] = a * x[i] + y[i];
}

EXPORT("run") i64 run(i32 n) {
  for (i32 i = 0; i < N; i++) {
    x[i] = (float) (i % 1000) * 0.001f;
    y[i] = (float) (i % 37);
  }
  for (i32 r = 0; r < n; r++) saxpy(r & 1 ? 0.5f : -0.25f);
  u64 acc = 0;
  for (i32 i = 0; i < N; i++) {
    union { float f; u32 u; } v = {y[i]};
    acc = acc * 31 + v.u;
  }
  return (i64) acc;
}

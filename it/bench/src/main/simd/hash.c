/* Byte-wise hash: sixteen independent FNV-1a style lanes over a 64 KiB buffer, then folded. */
#include "../kernels/kernel.h"

#define N 65536
#define LANES 16
static unsigned char buf[N];
static u32 lane[LANES];

EXPORT("run") i64 run(i32 n) {
  u32 seed = 0x9E3779B9u;
  for (i32 i = 0; i < N; i++) {
    seed = seed * 1664525u + 1013904223u;
    buf[i] = (unsigned char) (seed >> 24);
  }
  u64 acc = 0;
  for (i32 r = 0; r < n; r++) {
    for (i32 k = 0; k < LANES; k++) lane[k] = 2166136261u + (u32) (k + r);
    for (i32 i = 0; i < N; i += LANES)
      for (i32 k = 0; k < LANES; k++) lane[k] = (lane[k] ^ buf[i + k]) * 16777619u;
    for (i32 k = 0; k < LANES; k++) acc = acc * 31 + lane[k];
  }
  return (i64) acc;
}

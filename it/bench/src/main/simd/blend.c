/* RGBA blending: source over destination with a per-call alpha, 64 x 64 pixels, 8-bit channels. */
#include "../kernels/kernel.h"

#define PIXELS 4096
static unsigned char src[PIXELS * 4];
static unsigned char dst[PIXELS * 4];

static void blend(u32 alpha) {
  for (i32 i = 0; i < PIXELS * 4; i++)
    dst[i] = (unsigned char) ((src[i] * alpha + dst[i] * (255 - alpha) + 128) >> 8);
}

EXPORT("run") i64 run(i32 n) {
  for (i32 i = 0; i < PIXELS * 4; i++) {
    src[i] = (unsigned char) (i * 31);
    dst[i] = (unsigned char) (i * 17 + 3);
  }
  u64 acc = 0;
  for (i32 r = 0; r < n; r++) {
    blend((u32) (r * 37) & 255);
    acc = acc * 31 + dst[(r * 97) & (PIXELS * 4 - 1)];
  }
  for (i32 i = 0; i < PIXELS * 4; i++) acc += dst[i];
  return (i64) acc;
}

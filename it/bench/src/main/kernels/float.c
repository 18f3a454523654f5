/* Floating point: Mandelbrot in f64 plus a small n-body step in f32 with sqrt. */
#include "kernel.h"

static float px[8], py[8], vx[8], vy[8], mass[8];

static i32 mandelbrot(i32 size) {
  i32 total = 0;
  for (i32 y = 0; y < size; y++) {
    double ci = 2.0 * y / size - 1.0;
    for (i32 x = 0; x < size; x++) {
      double cr = 2.5 * x / size - 2.0;
      double zr = 0, zi = 0;
      i32 k = 0;
      while (k < 64 && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        k++;
      }
      total += k;
    }
  }
  return total;
}

static void nbody(i32 steps) {
  for (i32 s = 0; s < steps; s++) {
    for (i32 i = 0; i < 8; i++) {
      for (i32 j = 0; j < 8; j++) {
        if (i == j) continue;
        float dx = px[j] - px[i], dy = py[j] - py[i];
        float d2 = dx * dx + dy * dy + 0.01f;
        float inv = mass[j] / (d2 * __builtin_sqrtf(d2));
        vx[i] += dx * inv * 0.001f;
        vy[i] += dy * inv * 0.001f;
      }
    }
    for (i32 i = 0; i < 8; i++) {
      px[i] += vx[i] * 0.001f;
      py[i] += vy[i] * 0.001f;
    }
  }
}

EXPORT("run") i64 run(i32 n) {
  for (i32 i = 0; i < 8; i++) {
    px[i] = (float) (i * 3 % 7);
    py[i] = (float) (i * 5 % 11);
    vx[i] = vy[i] = 0;
    mass[i] = 1.0f + i * 0.25f;
  }
  i32 m = mandelbrot(n);
  nbody(n * 4);
  float e = 0;
  for (i32 i = 0; i < 8; i++) e += px[i] * 3.0f + py[i] + vx[i] * vy[i];
  union { float f; u32 u; } bits = {e};
  return ((i64) m << 32) ^ (bits.u >> 8);
}

/* Memory-heavy: sieve over a byte array, strided sums and a column-major matrix transpose. */
#include "kernel.h"

#define N 65536
#define DIM 128
static unsigned char sieve[N];
static u32 m1[DIM * DIM];
static u32 m2[DIM * DIM];

EXPORT("run") i64 run(i32 n) {
  u64 acc = 0;
  for (i32 r = 0; r < n; r++) {
    for (i32 i = 0; i < N; i++) sieve[i] = 1;
    for (i32 i = 2; i * i < N; i++)
      if (sieve[i])
        for (i32 j = i * i; j < N; j += i) sieve[j] = 0;
    u32 primes = 0;
    for (i32 i = 2; i < N; i++) primes += sieve[i];
    for (i32 i = 0; i < DIM * DIM; i++) m1[i] = (u32) i * 2654435761u + (u32) r;
    for (i32 i = 0; i < DIM; i++)
      for (i32 j = 0; j < DIM; j++) m2[j * DIM + i] = m1[i * DIM + j] ^ (u32) j;
    u64 s = 0;
    for (i32 stride = 1; stride <= 64; stride *= 4)
      for (i32 i = 0; i < DIM * DIM; i += stride) s += m2[i];
    unsigned short *h = (unsigned short *) m1;
    for (i32 i = 0; i < DIM * DIM * 2; i++) s += h[i] & 0xFF;
    acc = acc * 31 + primes + s;
  }
  return (i64) acc;
}

/* A large function: one straight-line block of several thousand WebAssembly instructions,
   built from unrolled mixing rounds over sixteen state words (noinline, called in a loop). */
#include "kernel.h"

#define ROTL(x, k) (((x) << (k)) | ((x) >> (32 - (k))))
#define ROUND(k, a, b, c, d)                                  \
  a += b ^ (0x9E3779B9u * (u32) ((k) + 1));                   \
  d = ROTL(d ^ a, ((k) % 29) + 1);                            \
  c += d * (u32) (2 * (k) + 1);                               \
  b = ROTL(b ^ c, (((k) * 7) % 29) + 2);

#define QUAD(k)                  \
  ROUND(k, s0, s4, s8, s12)      \
  ROUND(k + 1, s1, s5, s9, s13)  \
  ROUND(k + 2, s2, s6, s10, s14) \
  ROUND(k + 3, s3, s7, s11, s15)
#define Q4(k) QUAD(k) QUAD(k + 4) QUAD(k + 8) QUAD(k + 12)
#define Q16(k) Q4(k) Q4(k + 16) Q4(k + 32) Q4(k + 48)
#define Q64(k) Q16(k) Q16(k + 64) Q16(k + 128) Q16(k + 192)

static u32 state[16];

NOINLINE static void big(u32 *st) {
  u32 s0 = st[0], s1 = st[1], s2 = st[2], s3 = st[3], s4 = st[4], s5 = st[5], s6 = st[6],
      s7 = st[7], s8 = st[8], s9 = st[9], s10 = st[10], s11 = st[11], s12 = st[12],
      s13 = st[13], s14 = st[14], s15 = st[15];
  Q64(0)
  Q16(256)
  st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3; st[4] = s4; st[5] = s5; st[6] = s6;
  st[7] = s7; st[8] = s8; st[9] = s9; st[10] = s10; st[11] = s11; st[12] = s12;
  st[13] = s13; st[14] = s14; st[15] = s15;
}

EXPORT("run") i64 run(i32 n) {
  for (i32 i = 0; i < 16; i++) state[i] = (u32) i * 0x01000193u + 0x811C9DC5u;
  for (i32 i = 0; i < n; i++) {
    state[i & 15] ^= (u32) i;
    big(state);
  }
  u64 h = 0;
  for (i32 i = 0; i < 16; i++) h = h * 0x100000001B3ull ^ state[i];
  return (i64) h;
}

/* Integer arithmetic: 32- and 64-bit multiply, rotate, shifts, division and remainder. */
#include "kernel.h"

static u32 rotl32(u32 x, int k) { return (x << k) | (x >> (32 - k)); }

EXPORT("run") i64 run(i32 n) {
  u64 h = 0x9E3779B97F4A7C15ull;
  u32 a = 1, b = 2;
  for (i32 i = 0; i < n; i++) {
    u32 x = (u32) i * 0x85EBCA6Bu;
    x ^= x >> 13;
    x = rotl32(x, 7) * 0xC2B2AE35u;
    a += x ^ (b >> 3);
    b = rotl32(b ^ a, 11) + 0x27D4EB2Fu;
    u32 d = (a | 1u);
    u32 q = b / d + b % (x | 7u);
    h ^= (u64) q + ((u64) a << 32 | b);
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
    i64 s = (i64) h >> 7;
    h += (u64) (s / 1000003) ^ (u64) (s % 65521);
  }
  return (i64) (h ^ a ^ ((u64) b << 17));
}

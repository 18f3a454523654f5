/* call_indirect-heavy: every step calls one of sixteen functions through a function-pointer table. */
#include "kernel.h"

typedef u32 (*op_fn)(u32, u32);

NOINLINE static u32 op0(u32 a, u32 b) { return a + b; }
NOINLINE static u32 op1(u32 a, u32 b) { return a - b; }
NOINLINE static u32 op2(u32 a, u32 b) { return a * b + 1; }
NOINLINE static u32 op3(u32 a, u32 b) { return a ^ b; }
NOINLINE static u32 op4(u32 a, u32 b) { return (a << 3) | (b >> 29); }
NOINLINE static u32 op5(u32 a, u32 b) { return a / (b | 1); }
NOINLINE static u32 op6(u32 a, u32 b) { return a % (b | 3); }
NOINLINE static u32 op7(u32 a, u32 b) { return ~a & b; }
NOINLINE static u32 op8(u32 a, u32 b) { return a > b ? a - b : b - a; }
NOINLINE static u32 op9(u32 a, u32 b) { return (a >> 5) + (b << 2); }
NOINLINE static u32 op10(u32 a, u32 b) { return a * 0x9E3779B9u ^ b; }
NOINLINE static u32 op11(u32 a, u32 b) { return (a | b) - (a & b); }
NOINLINE static u32 op12(u32 a, u32 b) { return a + (b >> 1) + 7; }
NOINLINE static u32 op13(u32 a, u32 b) { return (a << (b & 31)) | (a >> ((32 - b) & 31)); }
NOINLINE static u32 op14(u32 a, u32 b) { return a ^ (a >> 11) ^ b; }
NOINLINE static u32 op15(u32 a, u32 b) { return b - a * 3; }

/* A second signature so the table holds more than one type. */
typedef u64 (*wide_fn)(u64);
NOINLINE static u64 wide0(u64 x) { return x * 6364136223846793005ull + 1442695040888963407ull; }
NOINLINE static u64 wide1(u64 x) { return x ^ (x >> 31); }

static op_fn volatile_ops[16] = {op0, op1, op2,  op3,  op4,  op5,  op6,  op7,
                                 op8, op9, op10, op11, op12, op13, op14, op15};
static wide_fn wides[2] = {wide0, wide1};

EXPORT("run") i64 run(i32 n) {
  u32 a = 0x1234567u, b = 0x89ABCDEu;
  u64 w = 42;
  for (i32 i = 0; i < n; i++) {
    op_fn f = volatile_ops[(a ^ (u32) i) & 15];
    u32 c = f(a, b);
    op_fn g = volatile_ops[(c >> 7) & 15];
    b = g(b, c);
    a = c;
    w = wides[i & 1](w + a);
  }
  return (i64) (w ^ ((u64) a << 32) ^ b);
}

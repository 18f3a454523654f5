/* Branchy interpreter: a stack machine whose dispatch is one dense switch (br_table). */
#include "kernel.h"

enum {
  HALT, PUSH, LOAD, STORE, ADD, SUB, MUL, DIVU, REMU, AND, OR, XOR, SHL, SHRU, ROTL, NOT,
  NEG, DUP, DROP, SWAP, OVER, INC, DEC, LTU, EQ, NE, JMP, JZ, JNZ, SQR, MIX, MIN, MAX, SEL
};

/* Locals: 0 = i, 1 = n, 2 = acc, 3 = t. Loop: while (i != n) { ... }. */
static const i32 program[] = {
  PUSH, 0, STORE, 0,
  /* 4: loop head */
  LOAD, 0, LOAD, 1, EQ, JNZ, 66,
  LOAD, 0, DUP, SQR, PUSH, 0x5bd1e995, MUL, XOR, STORE, 3,
  LOAD, 3, PUSH, 13, ROTL, LOAD, 2, ADD, STORE, 2,
  LOAD, 3, PUSH, 7, REMU, JZ, 46,
  LOAD, 2, PUSH, 3, SHL, NOT, STORE, 2,
  /* 46 */
  LOAD, 2, LOAD, 3, OVER, OVER, MIN, SWAP, DROP, MAX, MIX, STORE, 2,
  LOAD, 0, INC, STORE, 0, JMP, 4,
  /* 66: end */
  LOAD, 2, HALT
};

NOINLINE static u32 execute(const i32 *code, u32 n) {
  u32 stack[32];
  u32 locals[4] = {0, n, 0x12345678u, 0};
  i32 sp = 0, pc = 0;
  for (;;) {
    i32 op = code[pc++];
    switch (op) {
      case HALT: return stack[sp - 1];
      case PUSH: stack[sp++] = (u32) code[pc++]; break;
      case LOAD: stack[sp++] = locals[code[pc++]]; break;
      case STORE: locals[code[pc++]] = stack[--sp]; break;
      case ADD: sp--; stack[sp - 1] += stack[sp]; break;
      case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
      case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
      case DIVU: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] / stack[sp] : 0; break;
      case REMU: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] % stack[sp] : 0; break;
      case AND: sp--; stack[sp - 1] &= stack[sp]; break;
      case OR: sp--; stack[sp - 1] |= stack[sp]; break;
      case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
      case SHL: sp--; stack[sp - 1] <<= (stack[sp] & 31); break;
      case SHRU: sp--; stack[sp - 1] >>= (stack[sp] & 31); break;
      case ROTL: {
        sp--;
        u32 k = stack[sp] & 31, x = stack[sp - 1];
        stack[sp - 1] = k ? (x << k) | (x >> (32 - k)) : x;
        break;
      }
      case NOT: stack[sp - 1] = ~stack[sp - 1]; break;
      case NEG: stack[sp - 1] = -stack[sp - 1]; break;
      case DUP: stack[sp] = stack[sp - 1]; sp++; break;
      case DROP: sp--; break;
      case SWAP: { u32 t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
      case OVER: stack[sp] = stack[sp - 2]; sp++; break;
      case INC: stack[sp - 1]++; break;
      case DEC: stack[sp - 1]--; break;
      case LTU: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
      case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
      case NE: sp--; stack[sp - 1] = stack[sp - 1] != stack[sp]; break;
      case JMP: pc = code[pc]; break;
      case JZ: pc = stack[--sp] == 0 ? code[pc] : pc + 1; break;
      case JNZ: pc = stack[--sp] != 0 ? code[pc] : pc + 1; break;
      case SQR: stack[sp - 1] *= stack[sp - 1]; break;
      case MIX: stack[sp - 1] = (stack[sp - 1] ^ (stack[sp - 1] >> 15)) * 0x2c1b3c6du; break;
      case MIN: sp--; if (stack[sp] < stack[sp - 1]) stack[sp - 1] = stack[sp]; break;
      case MAX: sp--; if (stack[sp] > stack[sp - 1]) stack[sp - 1] = stack[sp]; break;
      case SEL: sp -= 2; stack[sp - 1] = stack[sp + 1] ? stack[sp - 1] : stack[sp]; break;
      default: return 0xDEADu;
    }
  }
}

EXPORT("run") i64 run(i32 n) {
  u64 sum = 0;
  for (i32 r = 0; r < 4; r++) sum = sum * 1000003u + execute(program, (u32) n + (u32) r);
  return (i64) sum;
}

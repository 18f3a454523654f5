/* Shared declarations for the benchmark kernels: wasm32, no libc. */
#ifndef KERNEL_H
#define KERNEL_H
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int i32;
typedef long long i64;
#define EXPORT(name) __attribute__((export_name(name)))
#define NOINLINE __attribute__((noinline))
#endif

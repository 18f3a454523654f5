/**
 * Compute kernels run side by side on Teracage, Chicory's bytecode compiler and Chicory's
 * interpreter. Each kernel is a C program compiled for wasm32 without a libc (sources and the
 * rebuild script in {@code src/main/kernels}, the committed binaries in {@code
 * src/main/resources/kernels}); it exports {@code run(i32 n) -> i64}, a checksum of {@code n}
 * rounds of work. {@link dev.teracage.bench.kernels.KernelBenchmark} times one call per operation.
 *
 * @see <a
 *     href="https://webassembly.github.io/spec/core/exec/modules.html#invocation">Invocation</a>
 */
package dev.teracage.bench.kernels;

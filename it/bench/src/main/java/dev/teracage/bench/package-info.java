/**
 * JMH benchmarks of Teracage against peer runtimes, measured in the same run, and the generator of
 * the large module they use. {@link dev.teracage.bench.ModuleGenerator} writes a valid WebAssembly
 * 2.0 binary (see <a href="https://webassembly.github.io/spec/core/binary/modules.html">binary
 * modules</a>); {@link dev.teracage.bench.DecodeValidateBenchmark} times decoding plus validation
 * and {@link dev.teracage.bench.PeakHeap} finds the heap each parser needs.
 */
package dev.teracage.bench;

/**
 * Benchmarks of starting instances from images: how instantiation time depends on the size of the
 * initialized memory, against Chicory instantiating the same module.
 */
package dev.teracage.bench.images;

package dev.teracage.bench.kernels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The SIMD benchmark kernels: each C source ({@code src/main/simd}) compiled twice, with {@code
 * -msimd128} (clang auto-vectorizes the loops into {@code v128} instructions) and without, both
 * committed under {@code src/main/resources/simd}; each exports {@code run(i32) -> i64}.
 */
public enum SimdKernel {
  /** Sixteen FNV-1a lanes over a 64 KiB buffer ({@code i32x4.mul}, byte extension). */
  HASH("hash", 8),
  /** Dot products of 4,096 i16 pairs into i32 sums (extended multiplies, {@code i32x4.add}). */
  DOT("dot", 200),
  /** RGBA blending of 4,096 pixels with 8-bit channels (i16 lanes, narrowing). */
  BLEND("blend", 40),
  /** Single-precision {@code a * x + y} over 4,096 floats ({@code f32x4.mul/add}). */
  SAXPY("saxpy", 200);

  private final String file;
  private final int argument;

  SimdKernel(String file, int argument) {
    this.file = file;
    this.argument = argument;
  }

  /**
   * The argument the benchmark passes to {@code run}.
   *
   * @return the number of rounds
   */
  public int argument() {
    return argument;
  }

  /**
   * Reads one build of the kernel from the class path.
   *
   * @param simd true for the {@code -msimd128} build, false for the scalar one
   * @return the {@code .wasm} bytes
   */
  public byte[] wasm(boolean simd) {
    String resource = "/simd/" + file + (simd ? "" : "-scalar") + ".wasm";
    try (InputStream in = SimdKernel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

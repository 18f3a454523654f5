package dev.teracage.bench.kernels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The benchmark kernels: each a committed {@code .wasm} resource exporting {@code run(i32) -> i64},
 * with the argument the benchmark passes (sized so one compiled call takes about a millisecond).
 */
public enum Kernel {
  /** 32- and 64-bit multiply, rotate, shift, division and remainder in one loop. */
  INT_ARITH("int_arith", 20_000),
  /** Mandelbrot in f64, then an eight-body simulation in f32 with square roots. */
  FLOAT("float", 40),
  /** A 64 KiB byte sieve, a 128 x 128 matrix transpose and strided sums in linear memory. */
  MEMORY("memory", 1),
  /** A stack-machine interpreter dispatching through one dense switch ({@code br_table}). */
  INTERP("interp", 1_000),
  /** Two calls per step through a table of sixteen functions ({@code call_indirect}). */
  INDIRECT("indirect", 10_000),
  /** A function of about 6,500 straight-line instructions, called in a loop. */
  LARGE("large", 20);

  private final String file;
  private final int argument;

  Kernel(String file, int argument) {
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
   * Reads the kernel's binary module from the class path.
   *
   * @return the {@code .wasm} bytes
   */
  public byte[] wasm() {
    String resource = "/kernels/" + file + ".wasm";
    try (InputStream in = Kernel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

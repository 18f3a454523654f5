package dev.teracage.bench.kernels;

import java.util.Optional;

/**
 * Hand-written Java ports of some kernels, line for line from their C sources, computing the same
 * checksums: what the JIT makes of plain Java, the ceiling of any compiler from wasm to JVM
 * bytecode (tier J) on that kernel. Benchmarked beside the runtimes by {@link JavaPortBenchmark}.
 */
public final class JavaPorts {
  private JavaPorts() {}

  /**
   * Returns the port of a kernel, if it has one.
   *
   * @param kernel the kernel
   * @return a runner of its {@code run}
   */
  public static Optional<Runtime.Runner> of(Kernel kernel) {
    return switch (kernel) {
      case INT_ARITH -> Optional.of(JavaPorts::intArith);
      case FLOAT -> Optional.of(n -> new FloatKernel().run(n));
      default -> Optional.empty();
    };
  }

  /** {@code int_arith.c}: u32 as int with unsigned operators, u64 as long. */
  static long intArith(int n) {
    long h = 0x9E3779B97F4A7C15L;
    int a = 1;
    int b = 2;
    for (int i = 0; i < n; i++) {
      int x = i * 0x85EBCA6B;
      x ^= x >>> 13;
      x = Integer.rotateLeft(x, 7) * 0xC2B2AE35;
      a += x ^ (b >>> 3);
      b = Integer.rotateLeft(b ^ a, 11) + 0x27D4EB2F;
      int d = a | 1;
      int q = Integer.divideUnsigned(b, d) + Integer.remainderUnsigned(b, x | 7);
      h ^=
          Integer.toUnsignedLong(q) + (Integer.toUnsignedLong(a) << 32 | Integer.toUnsignedLong(b));
      h *= 0xFF51AFD7ED558CCDL;
      h ^= h >>> 29;
      long s = h >> 7;
      h += (s / 1000003) ^ (s % 65521);
    }
    return h ^ Integer.toUnsignedLong(a) ^ (Integer.toUnsignedLong(b) << 17);
  }

  /** {@code float.c}: the eight bodies in {@code float[]} arrays, as the C keeps them in memory. */
  static final class FloatKernel {
    private final float[] px = new float[8];
    private final float[] py = new float[8];
    private final float[] vx = new float[8];
    private final float[] vy = new float[8];
    private final float[] mass = new float[8];

    private static int mandelbrot(int size) {
      int total = 0;
      for (int y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (int x = 0; x < size; x++) {
          double cr = 2.5 * x / size - 2.0;
          double zr = 0;
          double zi = 0;
          int k = 0;
          while (k < 64 && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            k++;
          }
          total += k;
        }
      }
      return total;
    }

    private void nbody(int steps) {
      for (int s = 0; s < steps; s++) {
        for (int i = 0; i < 8; i++) {
          for (int j = 0; j < 8; j++) {
            if (i == j) {
              continue;
            }
            float dx = px[j] - px[i];
            float dy = py[j] - py[i];
            float d2 = dx * dx + dy * dy + 0.01f;
            float inv = mass[j] / (d2 * (float) Math.sqrt(d2));
            vx[i] += dx * inv * 0.001f;
            vy[i] += dy * inv * 0.001f;
          }
        }
        for (int i = 0; i < 8; i++) {
          px[i] += vx[i] * 0.001f;
          py[i] += vy[i] * 0.001f;
        }
      }
    }

    long run(int n) {
      for (int i = 0; i < 8; i++) {
        px[i] = (float) (i * 3 % 7);
        py[i] = (float) (i * 5 % 11);
        vx[i] = 0;
        vy[i] = 0;
        mass[i] = 1.0f + i * 0.25f;
      }
      int m = mandelbrot(n);
      nbody(n * 4);
      float e = 0;
      for (int i = 0; i < 8; i++) {
        e += px[i] * 3.0f + py[i] + vx[i] * vy[i];
      }
      return ((long) m << 32) ^ Integer.toUnsignedLong(Float.floatToRawIntBits(e) >>> 8);
    }
  }
}

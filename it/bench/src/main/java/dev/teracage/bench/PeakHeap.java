package dev.teracage.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures the heap each contender needs to decode and validate the benchmark module: the smallest
 * maximum heap ({@code -Xmx}) at which a fresh JVM reads the module file and decodes and validates
 * it once without {@link OutOfMemoryError} (within a time limit). This is the peak of live data
 * (input, model, and the working state alive at the same moment), independent of how lazily a
 * collector reclaims garbage, which a peak of "heap used" would measure instead. Each probe is a
 * forked JVM with the serial collector; the search doubles the heap until a probe succeeds, then
 * bisects to within 2% (at least 4 MiB). {@link Contender#NONE} (read the file, hold the bytes) is
 * the baseline. Each successful probe also reports the bytes it allocated and the heap the result
 * retains after a full collection.
 *
 * <p>Run: {@code java -cp it/bench/target/benchmarks.jar dev.teracage.bench.PeakHeap}.
 */
public final class PeakHeap {
  private static final long PROBE_TIMEOUT_SECONDS = 120;
  private static final int START_MIB = 32;
  private static final int LIMIT_MIB = 8192;

  private PeakHeap() {}

  /**
   * Runs the search for every contender, or one probe when the first argument is {@code probe}.
   *
   * @param args nothing, or contender names; {@code probe NAME FILE} for one probe
   * @throws Exception if the module cannot be written or a probe cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("probe")) {
      probe(Contender.valueOf(args[1]), Path.of(args[2]));
      return;
    }
    List<Contender> contenders = new ArrayList<>();
    for (String a : args) {
      contenders.add(Contender.valueOf(a.toUpperCase(Locale.ROOT)));
    }
    if (contenders.isEmpty()) {
      contenders.addAll(List.of(Contender.values()));
    }
    // -Dbench.codeMiB=N measures a smaller module (for a quick trial of this program).
    int codeMib = Integer.getInteger("bench.codeMiB", ModuleGenerator.BENCHMARK_CODE_BYTES >> 20);
    byte[] module = ModuleGenerator.generate(ModuleGenerator.BENCHMARK_SEED, codeMib << 20);
    Path file = Files.createTempFile("teracage-bench", ".wasm");
    Files.write(file, module);
    System.out.printf("module: %d bytes (%s)%n", module.length, file);
    System.out.printf("JVM: %s %s%n", System.getProperty("java.vm.name"), Runtime.version());
    try {
      for (Contender c : contenders) {
        Result r = smallestHeap(c, file);
        System.out.printf("%-9s smallest -Xmx: %d MiB   %s%n", c, r.heapMib, r.detail);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private record Result(int heapMib, String detail) {}

  private static Result smallestHeap(Contender c, Path file)
      throws IOException, InterruptedException {
    int fail = START_MIB / 2;
    int ok = START_MIB;
    Probe last;
    while (!(last = run(c, file, ok)).succeeded) {
      fail = ok;
      ok *= 2;
      if (ok > LIMIT_MIB) {
        throw new IllegalStateException(c + " fails even with " + LIMIT_MIB + " MiB");
      }
    }
    while (ok - fail > Math.max(4, ok / 50)) {
      int mid = (fail + ok) / 2;
      Probe p = run(c, file, mid);
      if (p.succeeded) {
        ok = mid;
        last = p;
      } else {
        fail = mid;
      }
    }
    return new Result(ok, last.detail);
  }

  private record Probe(boolean succeeded, String detail) {}

  private static Probe run(Contender c, Path file, int heapMib)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:+UseSerialGC",
                "-Xmx" + heapMib + "m",
                "-cp",
                System.getProperty("java.class.path"),
                PeakHeap.class.getName(),
                "probe",
                c.name(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    // A probe must not outlive this program (interrupted, or killed by a time limit).
    Thread reaper = new Thread(p::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(reaper);
    byte[] output;
    if (!p.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      Runtime.getRuntime().removeShutdownHook(reaper);
      System.err.printf("  %s at %d MiB: timed out%n", c, heapMib);
      return new Probe(false, "timeout");
    }
    Runtime.getRuntime().removeShutdownHook(reaper);
    output = p.getInputStream().readAllBytes();
    String text = new String(output).strip();
    boolean ok = p.exitValue() == 0;
    System.err.printf("  %s at %d MiB: %s%n", c, heapMib, ok ? "ok" : "failed: " + text);
    return new Probe(ok, text);
  }

  /** One probe: read, decode and validate, report; exit 3 on OutOfMemoryError. */
  private static void probe(Contender c, Path file) throws IOException {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    var memory = ManagementFactory.getMemoryMXBean();
    try {
      byte[] module = Files.readAllBytes(file);
      System.gc();
      long before = memory.getHeapMemoryUsage().getUsed();
      long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
      Object result = c.decodeAndValidate(module);
      long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
      System.gc();
      long retained = memory.getHeapMemoryUsage().getUsed() - before;
      Reference.reachabilityFence(result);
      System.out.printf(
          "(allocated %d MiB, the model retains %d MiB)%n",
          allocated >> 20, Math.max(0, retained) >> 20);
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError");
      System.exit(3);
    }
  }
}

package dev.teracage.compiler.fuzz;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.validate.Validator;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Feeds one input to {@link ModuleDecoder} and {@link Validator} on a worker thread and judges the
 * end: a valid module or a {@link MalformedException} / {@link InvalidException} is fine; any other
 * throwable, no answer within the time limit, or more allocation than the input can justify (a size
 * trusted from the input) is a failure, described in one line.
 */
final class FuzzTarget implements AutoCloseable {
  /** What the decoder and validator may allocate at most: a fixed part and per input byte. */
  static final long ALLOCATION_BASE = 32L << 20;

  /** The per-byte part of the allocation limit. */
  static final long ALLOCATION_PER_BYTE = 512;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The code under test: decode, then validate. */
  static final Consumer<byte[]> DECODE_VALIDATE = b -> Validator.validate(ModuleDecoder.decode(b));

  private final Consumer<byte[]> code;
  private final long timeoutMillis;
  private ExecutorService worker = newWorker();
  private final AtomicInteger valid = new AtomicInteger();
  private final AtomicInteger malformed = new AtomicInteger();
  private final AtomicInteger invalid = new AtomicInteger();

  /**
   * Creates a target that decodes and validates.
   *
   * @param timeoutMillis how long one input may take
   */
  FuzzTarget(long timeoutMillis) {
    this(DECODE_VALIDATE, timeoutMillis);
  }

  /**
   * Creates a target running other code (to test this class).
   *
   * @param code what to run on each input
   * @param timeoutMillis how long one input may take
   */
  FuzzTarget(Consumer<byte[]> code, long timeoutMillis) {
    this.code = code;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Returns how the inputs that ended well ended.
   *
   * @return for example {@code "12 valid, 900 malformed, 88 invalid"}
   */
  String tally() {
    return valid + " valid, " + malformed + " malformed, " + invalid + " invalid";
  }

  /**
   * Returns how many inputs ended as a valid module.
   *
   * @return the count
   */
  int validCount() {
    return valid.get();
  }

  /**
   * Returns how many inputs ended as an invalid module.
   *
   * @return the count
   */
  int invalidCount() {
    return invalid.get();
  }

  /**
   * Runs one input.
   *
   * @param input the bytes
   * @return {@code null} when it ends well, else what went wrong (its first word names the kind)
   */
  String run(byte[] input) {
    Future<String> result = worker.submit(() -> check(input));
    try {
      return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // The stuck thread cannot be stopped safely; abandon it (a daemon) and start another.
      result.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return "Hang: no result within " + timeoutMillis + " ms";
    } catch (ExecutionException e) {
      return "Harness: " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "Harness: interrupted";
    }
  }

  private String check(byte[] input) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    AtomicInteger outcome = valid;
    try {
      code.accept(input);
    } catch (MalformedException expected) {
      outcome = malformed;
    } catch (InvalidException expected) {
      outcome = invalid;
    } catch (Throwable t) {
      StackTraceElement[] trace = t.getStackTrace();
      String where = trace.length == 0 ? "" : " at " + trace[0];
      return t.getClass().getSimpleName() + ": " + t.getMessage() + where;
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    if (allocated > ALLOCATION_BASE + ALLOCATION_PER_BYTE * input.length) {
      return "Allocation: " + allocated + " bytes for an input of " + input.length + " bytes";
    }
    outcome.incrementAndGet();
    return null;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-target");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}

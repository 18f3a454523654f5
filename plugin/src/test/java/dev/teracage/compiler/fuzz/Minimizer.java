package dev.teracage.compiler.fuzz;

/**
 * Shrinks a failing input while it keeps failing the same way: removes ever smaller chunks (halves,
 * quarters, ... single bytes), within a bounded number of attempts.
 */
final class Minimizer {
  private static final int MAX_ATTEMPTS = 3_000;

  private Minimizer() {}

  /**
   * Returns a smaller input that fails with the same kind.
   *
   * @param input the failing input
   * @param target what to run
   * @param kind the failure's kind (the first word {@link FuzzTarget#run} returns)
   * @return the smallest input found
   */
  static byte[] minimize(byte[] input, FuzzTarget target, String kind) {
    byte[] best = input;
    int attempts = 0;
    for (int chunk = Math.max(1, best.length / 2); chunk >= 1; chunk /= 2) {
      for (int at = 0; at + chunk <= best.length && attempts < MAX_ATTEMPTS; ) {
        byte[] candidate = new byte[best.length - chunk];
        System.arraycopy(best, 0, candidate, 0, at);
        System.arraycopy(best, at + chunk, candidate, at, best.length - at - chunk);
        attempts++;
        if (fails(candidate, target, kind)) {
          best = candidate;
        } else {
          at += chunk;
        }
      }
    }
    return best;
  }

  private static boolean fails(byte[] candidate, FuzzTarget target, String kind) {
    String failure = target.run(candidate);
    return failure != null && failure.startsWith(kind + ":");
  }
}

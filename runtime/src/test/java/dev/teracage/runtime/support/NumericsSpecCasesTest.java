package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teracage.runtime.trap.TrapException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every single-instruction {@code assert_return} / {@code assert_trap} of the 2.0 spec suite's
 * numeric scripts ({@code numerics-spec-cases.txt}, see {@code gen-numerics-cases.py}) against the
 * implementation generated code uses: a {@link Numerics} helper, or the plain JVM operation listed
 * in {@link SpecOps} where the Javadoc of {@link Numerics} says none is needed.
 */
class NumericsSpecCasesTest {
  private static final String RESOURCE = "numerics-spec-cases.txt";

  /**
   * One script assertion; {@code plain} when the expected result is bits (not a NaN class or a
   * trap), then parsed into {@code bits} for the fast path of repeated checks.
   */
  record Case(int line, String op, long[] args, String expected, boolean plain, long bits) {}

  static Map<String, List<Case>> cases() throws IOException {
    Map<String, List<Case>> byOp = new TreeMap<>();
    try (InputStream in = NumericsSpecCasesTest.class.getResourceAsStream(RESOURCE)) {
      assertTrue(in != null, RESOURCE + " missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        int arrow = text.indexOf(" -> ");
        String[] left = text.substring(0, arrow).split(" ");
        long[] args = new long[left.length - 1];
        for (int i = 1; i < left.length; i++) {
          args[i - 1] = Long.parseUnsignedLong(left[i].substring(2), 16);
        }
        String expected = text.substring(arrow + 4);
        boolean plain = expected.startsWith("0x");
        long bits = plain ? Long.parseUnsignedLong(expected.substring(2), 16) : 0;
        Case c = new Case(line, left[0], args, expected, plain, bits);
        byOp.computeIfAbsent(left[0], k -> new ArrayList<>()).add(c);
      }
    }
    return byOp;
  }

  @Test
  void everyOperatorOfTheScriptsIsCovered() throws IOException {
    Map<String, List<Case>> byOp = cases();
    assertTrue(byOp.size() > 120, "ops: " + byOp.size());
    List<String> unknown =
        byOp.keySet().stream().filter(op -> !SpecOps.ALL.containsKey(op)).toList();
    assertEquals(List.of(), unknown);
    assertTrue(byOp.values().stream().mapToInt(List::size).sum() > 12_000);
  }

  @TestFactory
  Stream<DynamicTest> specCases() throws IOException {
    return cases().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  /**
   * Repeats every op's cases until each helper has run some 12,000 times, so that C1 and C2 compile
   * (and inline) it: NaN bits and rounding must not change between interpreter and JIT.
   */
  @TestFactory
  Stream<DynamicTest> specCasesOnceCompiled() throws IOException {
    return cases().entrySet().stream()
        .map(e ->
            DynamicTest.dynamicTest(
                e.getKey(),
                () -> {
                  int repeats = Math.max(30, 12_000 / e.getValue().size());
                  for (int i = 0; i < repeats; i++) {
                    check(e.getKey(), e.getValue());
                  }
                }));
  }

  private static void check(String op, List<Case> cases) {
    SpecOps.Op impl = SpecOps.ALL.get(op);
    if (impl == null) {
      fail("no implementation mapped for " + op);
    }
    int width = op.startsWith("i32") || op.startsWith("f32") ? 32 : 64;
    long mask = width == 32 ? 0xFFFF_FFFFL : -1L;
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      if (c.plain()) {
        try {
          if ((impl.apply(c.args()) & mask) == c.bits()) {
            continue; // fast path: no strings when it matches
          }
        } catch (TrapException trap) {
          // reported below
        }
      }
      String actual;
      try {
        long bits = impl.apply(c.args());
        actual = width == 32 ? render32(bits) : render64(bits);
        if (c.expected().startsWith("nan:")) {
          actual = nanKind(bits, width, c.expected(), actual);
        }
      } catch (TrapException trap) {
        actual = "trap:" + trap.reason();
      }
      if (!actual.equals(c.expected())) {
        failures.add(
            "line "
                + c.line()
                + ": "
                + op
                + " "
                + hex(c.args())
                + " -> "
                + actual
                + ", expected "
                + c.expected());
      }
    }
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(failures.size(), 10)),
        () -> failures.size() + " of " + cases.size() + " failed, first 10 shown");
  }

  private static String render32(long bits) {
    return "0x" + Long.toHexString(bits & 0xFFFF_FFFFL);
  }

  private static String render64(long bits) {
    return "0x" + Long.toHexString(bits);
  }

  private static String nanKind(long bits, int width, String expected, String rendered) {
    long magnitude = width == 32 ? bits & 0x7FFF_FFFFL : bits & Long.MAX_VALUE;
    long canonical = width == 32 ? 0x7FC0_0000L : 0x7FF8_0000_0000_0000L;
    long exponent = width == 32 ? 0x7F80_0000L : 0x7FF0_0000_0000_0000L;
    boolean isNan = (magnitude & exponent) == exponent && magnitude != exponent;
    if (expected.equals("nan:canonical") && magnitude == canonical) {
      return expected;
    }
    if (expected.equals("nan:arithmetic") && isNan && (magnitude & canonical) == canonical) {
      return expected;
    }
    return rendered;
  }

  private static String hex(long[] args) {
    StringBuilder sb = new StringBuilder();
    for (long a : args) {
      sb.append(sb.isEmpty() ? "" : " ").append("0x").append(Long.toHexString(a));
    }
    return sb.toString();
  }
}

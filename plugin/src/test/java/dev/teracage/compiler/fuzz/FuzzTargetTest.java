package dev.teracage.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.Location;
import dev.teracage.compiler.MalformedException;
import org.junit.jupiter.api.Test;

class FuzzTargetTest {
  private static final byte[] INPUT = {0, 'a', 's', 'm'};

  @Test
  void typedErrorsAndSuccessEndWell() {
    try (FuzzTarget t =
        new FuzzTarget(
            b -> {
              switch (b[0]) {
                case 1 -> throw new MalformedException("unexpected end", Location.UNKNOWN);
                case 2 -> throw new InvalidException("type mismatch", Location.UNKNOWN);
                default -> {}
              }
            },
            1_000)) {
      assertNull(t.run(new byte[] {0}));
      assertNull(t.run(new byte[] {1}));
      assertNull(t.run(new byte[] {2}));
      assertEquals("1 valid, 1 malformed, 1 invalid", t.tally());
    }
  }

  @Test
  void otherExceptionsFail() {
    try (FuzzTarget t = new FuzzTarget(b -> System.out.println(b[99]), 1_000)) {
      assertTrue(t.run(INPUT).startsWith("ArrayIndexOutOfBoundsException: "), t.run(INPUT));
    }
  }

  @Test
  void hangsFailAndTheTargetGoesOn() {
    try (FuzzTarget t =
        new FuzzTarget(
            b -> {
              while (b[0] == 0) {
                Thread.onSpinWait();
              }
            },
            200)) {
      assertTrue(t.run(INPUT).startsWith("Hang: "));
      assertNull(t.run(new byte[] {1}));
    }
  }

  @Test
  void allocationSizedByTheInputFails() {
    try (FuzzTarget t = new FuzzTarget(b -> blackhole = new long[8 << 20], 5_000)) {
      assertTrue(t.run(INPUT).startsWith("Allocation: "), t.run(INPUT));
    }
  }

  static volatile Object blackhole;
}

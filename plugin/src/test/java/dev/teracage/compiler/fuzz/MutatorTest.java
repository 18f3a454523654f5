package dev.teracage.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MutatorTest {
  /** A module with one memory section: {@code (memory 2)}, the minimum as a one-byte LEB128. */
  private static final byte[] MODULE = {0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 0, 2};

  @Test
  void sameSeedSameVariants() {
    Mutator a = new Mutator(new SplittableRandom(7));
    Mutator b = new Mutator(new SplittableRandom(7));
    for (int i = 0; i < 100; i++) {
      assertArrayEquals(a.mutate(MODULE), b.mutate(MODULE));
    }
  }

  @Test
  void everyKindChangesTheInputAndLeavesTheOriginalAlone() {
    byte[] copy = MODULE.clone();
    for (Mutator.Kind kind : Mutator.Kind.values()) {
      Mutator m = new Mutator(new SplittableRandom(kind.ordinal()));
      boolean changed = false;
      for (int i = 0; i < 20 && !changed; i++) {
        changed = !Arrays.equals(MODULE, m.apply(kind, MODULE));
      }
      assertTrue(changed, kind.name());
    }
    assertArrayEquals(copy, MODULE);
  }

  @Test
  void overlongKeepsTheValueAndAddsBytes() {
    Mutator m = new Mutator(new SplittableRandom(1));
    for (int i = 0; i < 50; i++) {
      byte[] out = m.apply(Mutator.Kind.OVERLONG_LEB, MODULE);
      assertTrue(out.length > MODULE.length);
      assertEquals(0, out[out.length - 1] & 0x80, "last group ends the number");
    }
  }

  @Test
  void truncateShortens() {
    Mutator m = new Mutator(new SplittableRandom(3));
    for (int i = 0; i < 50; i++) {
      assertFalse(m.apply(Mutator.Kind.TRUNCATE, MODULE).length >= MODULE.length);
    }
  }
}

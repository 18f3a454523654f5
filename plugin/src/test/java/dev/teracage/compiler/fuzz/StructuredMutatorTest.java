package dev.teracage.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StructuredMutatorTest {
  /** A type, a function and its body {@code i32.const 1; drop}: header, three sections. */
  private static final byte[] MODULE =
      HexFormat.of()
          .parseHex("0061736d01000000" + "010401600000" + "03020100" + "0a070105004101" + "1a0b");

  @Test
  void sizesStayConsistent() {
    StructuredMutator m = new StructuredMutator(new SplittableRandom(5));
    for (int i = 0; i < 500; i++) {
      byte[] out = m.mutate(MODULE);
      assertArrayEquals(Arrays.copyOf(MODULE, 8), Arrays.copyOf(out, 8));
      // Walk the sections: each size must end exactly at the next id or the end.
      int at = 8;
      while (at < out.length) {
        at++;
        long size = 0;
        int shift = 0;
        int b;
        do {
          b = out[at++] & 0xFF;
          size |= (long) (b & 0x7F) << shift;
          shift += 7;
        } while ((b & 0x80) != 0);
        at += (int) size;
      }
      assertEquals(out.length, at, HexFormat.of().formatHex(out));
    }
  }

  @Test
  void changesTheModuleAndIsDeterministic() {
    StructuredMutator a = new StructuredMutator(new SplittableRandom(9));
    StructuredMutator b = new StructuredMutator(new SplittableRandom(9));
    int changed = 0;
    for (int i = 0; i < 100; i++) {
      byte[] x = a.mutate(MODULE);
      assertArrayEquals(x, b.mutate(MODULE));
      changed += Arrays.equals(x, MODULE) ? 0 : 1;
    }
    assertFalse(changed < 90, "changed " + changed);
  }
}

package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.V128;
import org.junit.jupiter.api.Test;

class SimdTest {
  @Test
  void clangVectorizedKernelGivesTheScalarChecksum() {
    // The value Chicory's interpreter computes on the scalar build of the same C source.
    assertEquals(-2392670242318759760L, Dot.load().run(200));
  }

  @Test
  void v128ParametersResultsAndGlobalsAreV128() {
    Lanes lanes = Lanes.load();
    assertEquals(V128.ofInts(101, 202, 303, 404), lanes.addBias(V128.ofInts(1, 2, 3, 4)));
    assertEquals(V128.ofInts(102, 204, 306, 408), lanes.addBias(V128.ofInts(1, 2, 3, 4)));
    V128 a = new V128(0x0004_0003_0002_0001L, 0x0008_0007_0006_0005L);
    V128 b = new V128(0x0001_0001_0001_0001L, 0xFFFF_FFFF_FFFF_FFFFL);
    assertEquals(1 + 2 + 3 + 4 - 5 - 6 - 7 - 8, lanes.dot(a, b));
  }
}

package dev.teracage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.support.ArenaMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Instances whose arena could not be reserved by mapping: memories and tables copy on growth. */
@Isolated
class FallbackArenaTest {
  @BeforeEach
  void noMapping() {
    ArenaMemory.useMapping(false);
  }

  @AfterEach
  void mapping() {
    ArenaMemory.useMapping(true);
  }

  @Test
  void instancesWorkWithoutReservation() throws Throwable {
    Instance calc = InstanceTest.calc();
    assertArrayEquals(new long[] {0x201}, calc.function("load").call(4));
    assertArrayEquals(new long[] {1}, calc.function("grow").call(2));
    assertEquals(3, calc.memory("memory").pages());
    assertArrayEquals(new long[] {0x201}, calc.function("load").call(4));
    assertArrayEquals(new long[] {0}, calc.function("load").call(3 * 65536 - 4));
    assertArrayEquals(new long[] {10}, calc.function("indirect").call(1));
    assertEquals(4, calc.table("table").grow(2, null));
    assertEquals(6, calc.table("table").size());
    assertArrayEquals(new long[] {10}, calc.function("indirect").call(1));
  }
}

package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.V128;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class SimdV128Test {
  private static final V128 A = new V128(0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L);
  private static final V128 B = new V128(0x00FF_00FF_00FF_00FFL, 0xFFFF_0000_FFFF_0000L);

  private static MemorySegment memory() {
    MemorySegment m = Arena.ofAuto().allocate(32);
    for (int i = 0; i < 32; i++) {
      m.set(ValueLayout.JAVA_BYTE, i, (byte) (0x80 + i));
    }
    return m;
  }

  @Test
  void bitwise() {
    assertEquals(
        new V128(~A.low(), ~A.high()),
        SimdAbi.v128(SimdV128.v128Not(A.low(), A.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(A.low() & B.low(), A.high() & B.high()),
        SimdAbi.v128(SimdV128.v128And(A.low(), A.high(), B.low(), B.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(A.low() & ~B.low(), A.high() & ~B.high()),
        SimdAbi.v128(SimdV128.v128Andnot(A.low(), A.high(), B.low(), B.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(A.low() | B.low(), A.high() | B.high()),
        SimdAbi.v128(SimdV128.v128Or(A.low(), A.high(), B.low(), B.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(A.low() ^ B.low(), A.high() ^ B.high()),
        SimdAbi.v128(SimdV128.v128Xor(A.low(), A.high(), B.low(), B.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0x0023_0067_00AB_00EFL, 0xFEDC_0000_7654_0000L),
        SimdAbi.v128(
            SimdV128.v128Bitselect(
                A.low(),
                A.high(),
                V128.ZERO.low(),
                V128.ZERO.high(),
                B.low(),
                B.high(),
                SimdAbi.ctx())));
    assertEquals(
        new V128(0xFF23_FF67_FFAB_FFEFL, 0xFEDC_FFFF_7654_FFFFL),
        SimdAbi.v128(
            SimdV128.v128Bitselect(
                A.low(),
                A.high(),
                new V128(-1, -1).low(),
                new V128(-1, -1).high(),
                B.low(),
                B.high(),
                SimdAbi.ctx())));
    assertEquals(0, SimdV128.v128AnyTrue(0, 0));
    assertEquals(
        1,
        SimdV128.v128AnyTrue(
            new V128(0, Long.MIN_VALUE).low(), new V128(0, Long.MIN_VALUE).high()));
  }

  @Test
  void loadsAreLittleEndianAndExtend() {
    MemorySegment m = memory();
    assertEquals(
        new V128(0x8786_8584_8382_8180L, 0x8F8E_8D8C_8B8A_8988L),
        SimdAbi.v128(SimdV128.v128Load(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0xFF83_FF82_FF81_FF80L, 0xFF87_FF86_FF85_FF84L),
        SimdAbi.v128(SimdV128.v128Load8x8S(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x0083_0082_0081_0080L, 0x0087_0086_0085_0084L),
        SimdAbi.v128(SimdV128.v128Load8x8U(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0xFFFF_8382_FFFF_8180L, 0xFFFF_8786_FFFF_8584L),
        SimdAbi.v128(SimdV128.v128Load16x4S(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x0000_8382_0000_8180L, 0x0000_8786_0000_8584L),
        SimdAbi.v128(SimdV128.v128Load16x4U(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0xFFFF_FFFF_8382_8180L, 0xFFFF_FFFF_8786_8584L),
        SimdAbi.v128(SimdV128.v128Load32x2S(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8382_8180L, 0x8786_8584L),
        SimdAbi.v128(SimdV128.v128Load32x2U(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8181_8181_8181_8181L, 0x8181_8181_8181_8181L),
        SimdAbi.v128(SimdV128.v128Load8Splat(1, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8281_8281_8281_8281L, 0x8281_8281_8281_8281L),
        SimdAbi.v128(SimdV128.v128Load16Splat(1, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8483_8281_8483_8281L, 0x8483_8281_8483_8281L),
        SimdAbi.v128(SimdV128.v128Load32Splat(1, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8887_8685_8483_8281L, 0x8887_8685_8483_8281L),
        SimdAbi.v128(SimdV128.v128Load64Splat(1, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8382_8180L, 0), SimdAbi.v128(SimdV128.v128Load32Zero(0, m, SimdAbi.ctx())));
    assertEquals(
        new V128(0x8786_8584_8382_8180L, 0),
        SimdAbi.v128(SimdV128.v128Load64Zero(0, m, SimdAbi.ctx())));
  }

  @Test
  void laneLoadsReplaceOneLane() {
    MemorySegment m = memory();
    assertEquals(
        new V128(A.low(), 0xFEDC_BA98_7654_8010L),
        SimdAbi.v128(SimdV128.v128Load8Lane(0, m, A.low(), A.high(), 9, SimdAbi.ctx())));
    assertEquals(
        new V128(0x0123_8180_89AB_CDEFL, A.high()),
        SimdAbi.v128(SimdV128.v128Load16Lane(0, m, A.low(), A.high(), 2, SimdAbi.ctx())));
    assertEquals(
        new V128(A.low(), 0x8382_8180_7654_3210L),
        SimdAbi.v128(SimdV128.v128Load32Lane(0, m, A.low(), A.high(), 3, SimdAbi.ctx())));
    assertEquals(
        new V128(A.low(), 0x8786_8584_8382_8180L),
        SimdAbi.v128(SimdV128.v128Load64Lane(0, m, A.low(), A.high(), 1, SimdAbi.ctx())));
  }

  /**
   * Every v128 result writes its high half: the checks of the v128 results again with another value
   * left in {@code ctx.v128High} before each call.
   */
  @Test
  void everyV128ResultOverwritesTheHighHalfInTheContext() {
    SimdAbi.withSentinel(
        ~SimdAbi.SENTINEL,
        () -> {
          bitwise();
          loadsAreLittleEndianAndExtend();
          laneLoadsReplaceOneLane();
          laneLoadsAndStoresReachEveryLane();
        });
  }

  @Test
  void storesWriteTheirBytesOnly() {
    MemorySegment m = Arena.ofAuto().allocate(32);
    SimdV128.v128Store(1, m, A.low(), A.high());
    assertArrayEquals(A.toBytes(), m.asSlice(1, 16).toArray(ValueLayout.JAVA_BYTE));
    assertEquals(0, m.get(ValueLayout.JAVA_BYTE, 0));
    assertEquals(0, m.get(ValueLayout.JAVA_BYTE, 17));
    MemorySegment lanes = Arena.ofAuto().allocate(16);
    SimdV128.v128Store8Lane(0, lanes, A.low(), A.high(), 15);
    SimdV128.v128Store16Lane(1, lanes, A.low(), A.high(), 1);
    SimdV128.v128Store32Lane(3, lanes, A.low(), A.high(), 2);
    SimdV128.v128Store64Lane(7, lanes, A.low(), A.high(), 0);
    assertEquals((byte) 0xFE, lanes.get(ValueLayout.JAVA_BYTE, 0));
    assertEquals((short) 0x89AB, lanes.get(ValueLayout.JAVA_SHORT_UNALIGNED, 1));
    assertEquals(0x7654_3210, lanes.get(ValueLayout.JAVA_INT_UNALIGNED, 3));
    assertEquals(A.low(), lanes.get(ValueLayout.JAVA_LONG_UNALIGNED, 7));
  }

  /** Every lane of every width, loaded into {@code A} and stored from it, against its bytes. */
  @Test
  void laneLoadsAndStoresReachEveryLane() {
    MemorySegment m = memory();
    byte[] a = A.toBytes();
    for (int width = 1; width <= 8; width *= 2) {
      for (int lane = 0; lane < 16 / width; lane++) {
        byte[] expected = a.clone();
        for (int k = 0; k < width; k++) {
          expected[lane * width + k] = (byte) (0x83 + k);
        }
        long low =
            switch (width) {
              case 1 -> SimdV128.v128Load8Lane(3, m, A.low(), A.high(), lane, SimdAbi.ctx());
              case 2 -> SimdV128.v128Load16Lane(3, m, A.low(), A.high(), lane, SimdAbi.ctx());
              case 4 -> SimdV128.v128Load32Lane(3, m, A.low(), A.high(), lane, SimdAbi.ctx());
              default -> SimdV128.v128Load64Lane(3, m, A.low(), A.high(), lane, SimdAbi.ctx());
            };
        String what = "load of " + width + " bytes into lane " + lane;
        assertEquals(V128.ofBytes(expected), SimdAbi.v128(low), what);
        MemorySegment out = Arena.ofAuto().allocate(16);
        switch (width) {
          case 1 -> SimdV128.v128Store8Lane(0, out, A.low(), A.high(), lane);
          case 2 -> SimdV128.v128Store16Lane(0, out, A.low(), A.high(), lane);
          case 4 -> SimdV128.v128Store32Lane(0, out, A.low(), A.high(), lane);
          default -> SimdV128.v128Store64Lane(0, out, A.low(), A.high(), lane);
        }
        byte[] stored = new byte[16];
        System.arraycopy(a, lane * width, stored, 0, width);
        assertArrayEquals(stored, out.toArray(ValueLayout.JAVA_BYTE), "store of lane " + lane);
      }
    }
  }

  @Test
  void storeOutOfBoundsWritesNothing() {
    MemorySegment m = Arena.ofAuto().allocate(32);
    assertThrows(
        IndexOutOfBoundsException.class, () -> SimdV128.v128Store(17, m, A.low(), A.high()));
    assertArrayEquals(new byte[32], m.toArray(ValueLayout.JAVA_BYTE));
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> SimdAbi.v128(SimdV128.v128Load(17, m, SimdAbi.ctx())));
  }
}

package dev.teracage.compiler.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Derives malformed-looking variants of a binary module, deterministically from a random source:
 * byte flips, truncations, inserted and deleted bytes, LEB128 numbers re-encoded overlong (same
 * value, more bytes) or replaced by huge values (to catch sizes trusted for allocation), and
 * single-byte replacements by boundary values.
 */
public final class Mutator {
  /** The kinds of mutation, one of which {@link #mutate} picks per step. */
  public enum Kind {
    /** Flips one bit of one byte. */
    FLIP_BIT,
    /** Replaces one byte by a random or boundary value. */
    SET_BYTE,
    /** Cuts the input short. */
    TRUNCATE,
    /** Inserts 1 to 8 random bytes. */
    INSERT,
    /** Deletes 1 to 8 bytes. */
    DELETE,
    /** Re-encodes a LEB128 number with 1 to 6 extra continuation bytes. */
    OVERLONG_LEB,
    /** Replaces a LEB128 number by a huge one (up to 2^32 - 1 or a 10-byte value). */
    HUGE_LEB
  }

  private static final int[] BOUNDARY = {0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x0B, 0x70, 0x6F};

  private final SplittableRandom random;

  /**
   * Creates a mutator.
   *
   * @param random the source of choices
   */
  public Mutator(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Returns a variant of a module after one to three mutations.
   *
   * @param input the module's bytes, not modified
   * @return the variant
   */
  public byte[] mutate(byte[] input) {
    byte[] out = input;
    int steps = 1 + random.nextInt(3);
    Kind[] kinds = Kind.values();
    for (int s = 0; s < steps; s++) {
      out = apply(kinds[random.nextInt(kinds.length)], out);
    }
    return out;
  }

  /**
   * Applies one mutation.
   *
   * @param kind which
   * @param in the bytes, not modified
   * @return the new bytes
   */
  public byte[] apply(Kind kind, byte[] in) {
    // Mutate the header rarely: most variants should get past the magic and version.
    return apply(kind, in, in.length > 8 && random.nextInt(16) != 0 ? 8 : 0);
  }

  /**
   * Applies one mutation at or after a position.
   *
   * @param kind which
   * @param in the bytes, not modified
   * @param from the first position that may change
   * @return the new bytes
   */
  public byte[] apply(Kind kind, byte[] in, int from) {
    if (in.length <= from) {
      return splice(in, in.length, 0, new byte[] {(byte) random.nextInt(256)});
    }
    int pos = from + random.nextInt(in.length - from);
    return switch (kind) {
      case FLIP_BIT -> set(in, pos, in[pos] ^ (1 << random.nextInt(8)));
      case SET_BYTE ->
          set(
              in,
              pos,
              random.nextBoolean()
                  ? random.nextInt(256)
                  : BOUNDARY[random.nextInt(BOUNDARY.length)]);
      case TRUNCATE -> Arrays.copyOf(in, pos);
      case INSERT -> {
        byte[] extra = new byte[1 + random.nextInt(8)];
        random.nextBytes(extra);
        yield splice(in, pos, 0, extra);
      }
      case DELETE -> splice(in, pos, Math.min(in.length - pos, 1 + random.nextInt(8)), new byte[0]);
      case OVERLONG_LEB -> overlong(in, pos);
      case HUGE_LEB -> huge(in, pos);
    };
  }

  /** Re-encodes the LEB128 number that ends at or after pos with extra zero-valued groups. */
  private byte[] overlong(byte[] in, int pos) {
    int end = pos;
    while (end < in.length && (in[end] & 0x80) != 0) {
      end++;
    }
    if (end == in.length) {
      return in;
    }
    int extra = 1 + random.nextInt(6);
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    tail.write(in[end] | 0x80);
    for (int i = 1; i < extra; i++) {
      tail.write(0x80);
    }
    // The last group keeps the sign of a signed number: 0x7F continues a negative one.
    tail.write((in[end] & 0x40) != 0 && random.nextBoolean() ? 0x7F : 0x00);
    return splice(in, end, 1, tail.toByteArray());
  }

  /** Replaces the LEB128 number starting at pos by a huge value. */
  private byte[] huge(byte[] in, int pos) {
    int end = pos;
    while (end < in.length && (in[end] & 0x80) != 0) {
      end++;
    }
    int length = Math.min(in.length, end + 1) - pos;
    byte[] value =
        switch (random.nextInt(4)) {
          case 0 -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
          case 1 -> new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
          case 2 -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};
          default -> {
            byte[] b = new byte[10];
            Arrays.fill(b, (byte) 0xFF);
            b[9] = 0x01;
            yield b;
          }
        };
    return splice(in, pos, length, value);
  }

  private static byte[] set(byte[] in, int pos, int value) {
    byte[] out = in.clone();
    out[pos] = (byte) value;
    return out;
  }

  private static byte[] splice(byte[] in, int pos, int removed, byte[] inserted) {
    byte[] out = new byte[in.length - removed + inserted.length];
    System.arraycopy(in, 0, out, 0, pos);
    System.arraycopy(inserted, 0, out, pos, inserted.length);
    System.arraycopy(in, pos + removed, out, pos + inserted.length, in.length - pos - removed);
    return out;
  }
}

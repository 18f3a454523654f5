package dev.teracage.compiler.fuzz;

import dev.teracage.compiler.encode.ByteWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates inside one section or one function body and then writes every enclosing size anew, so
 * that a variant gets past the section and body framing and exercises the section readers, the
 * instruction decoder and the validator. Input whose framing does not parse is mutated as a whole.
 */
public final class StructuredMutator {
  private static final int CODE_SECTION = 10;

  private final SplittableRandom random;
  private final Mutator mutator;

  /**
   * Creates a mutator.
   *
   * @param random the source of choices
   */
  public StructuredMutator(SplittableRandom random) {
    this.random = random;
    this.mutator = new Mutator(random);
  }

  /**
   * Returns a variant with one to three mutations in one section's content or one function body.
   *
   * @param module a binary module, not modified
   * @return the variant
   */
  public byte[] mutate(byte[] module) {
    List<Section> sections = split(module);
    if (sections == null || sections.isEmpty()) {
      return mutator.mutate(module);
    }
    Section s = pick(sections);
    List<byte[]> parts = s.id == CODE_SECTION ? bodies(s.content) : null;
    Mutator.Kind[] kinds = Mutator.Kind.values();
    int steps = 1 + random.nextInt(3);
    if (parts != null && !parts.isEmpty() && random.nextInt(4) != 0) {
      int b = random.nextInt(parts.size());
      byte[] body = parts.get(b);
      for (int i = 0; i < steps; i++) {
        body = mutator.apply(kinds[random.nextInt(kinds.length)], body, 0);
      }
      parts.set(b, body);
      ByteWriter code = new ByteWriter().u32(parts.size());
      for (byte[] p : parts) {
        code.u32(p.length).bytes(p);
      }
      s.content = code.toByteArray();
    } else {
      for (int i = 0; i < steps; i++) {
        s.content = mutator.apply(kinds[random.nextInt(kinds.length)], s.content, 0);
      }
    }
    ByteWriter out = new ByteWriter(module.length + 64).bytes(module, 0, 8);
    for (Section each : sections) {
      out.u8(each.id).u32(each.content.length).bytes(each.content);
    }
    return out.toByteArray();
  }

  private Section pick(List<Section> sections) {
    for (Section s : sections) {
      if (s.id == CODE_SECTION && random.nextBoolean()) {
        return s;
      }
    }
    return sections.get(random.nextInt(sections.size()));
  }

  private static final class Section {
    final int id;
    byte[] content;

    Section(int id, byte[] content) {
      this.id = id;
      this.content = content;
    }
  }

  /** Splits a module into sections, or returns null when its framing does not parse. */
  private static List<Section> split(byte[] module) {
    if (module.length < 8) {
      return null;
    }
    List<Section> sections = new ArrayList<>();
    int[] at = {8};
    while (at[0] < module.length) {
      int id = module[at[0]++] & 0xFF;
      long size = u32(module, at);
      if (size < 0 || size > module.length - at[0]) {
        return null;
      }
      byte[] content = new byte[(int) size];
      System.arraycopy(module, at[0], content, 0, content.length);
      at[0] += content.length;
      sections.add(new Section(id, content));
    }
    return sections;
  }

  /** Splits a code section's content into bodies, or returns null when it does not parse. */
  private static List<byte[]> bodies(byte[] content) {
    int[] at = {0};
    long count = u32(content, at);
    if (count < 0 || count > content.length) {
      return null;
    }
    List<byte[]> bodies = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      long size = u32(content, at);
      if (size < 0 || size > content.length - at[0]) {
        return null;
      }
      byte[] body = new byte[(int) size];
      System.arraycopy(content, at[0], body, 0, body.length);
      at[0] += body.length;
      bodies.add(body);
    }
    return at[0] == content.length ? bodies : null;
  }

  /** Reads an unsigned LEB128 of at most 5 bytes at at[0], advancing it; -1 when malformed. */
  private static long u32(byte[] b, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (at[0] >= b.length) {
        return -1;
      }
      int x = b[at[0]++] & 0xFF;
      value |= (long) (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return value > 0xFFFF_FFFFL ? -1 : value;
      }
    }
    return -1;
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Module;

/**
 * Decodes a WebAssembly binary module into the {@link Module} model: the magic and version, then
 * sections in the specification's order (custom sections anywhere), each read by its own class,
 * each checked against its declared size. Function bodies and constant expressions are scanned
 * once, so every malformed binary is rejected here; validation is a separate step.
 *
 * <p>By default the decoder follows WebAssembly 2.0 where the 3.0 encodings conflict with it
 * (memory immediates, limits flags, section id 13); {@link #wasm3()} returns a decoder for 3.0.
 * Encodings that do not conflict (typed reference types, 3.0 opcodes, table initializers) are read
 * either way.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">Binary format:
 *     modules</a>
 */
public final class ModuleDecoder {
  private static final ModuleDecoder WASM2 = new ModuleDecoder(false);
  private static final ModuleDecoder WASM3 = new ModuleDecoder(true);

  /** Section ids in the order they must appear (the tag section sits after the memory section). */
  private static final int[] ORDER = new int[14];

  static {
    int[] ids = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};
    for (int i = 0; i < ids.length; i++) {
      ORDER[ids[i]] = i + 1;
    }
  }

  private final boolean wasm3;

  private ModuleDecoder(boolean wasm3) {
    this.wasm3 = wasm3;
  }

  /**
   * Returns the decoder that follows WebAssembly 2.0 where 3.0 conflicts with it.
   *
   * @return the decoder
   */
  public static ModuleDecoder wasm2() {
    return WASM2;
  }

  /**
   * Returns the decoder for WebAssembly 3.0 encodings.
   *
   * @return the decoder
   */
  public static ModuleDecoder wasm3() {
    return WASM3;
  }

  /**
   * Decodes a module with the 2.0 rules.
   *
   * @param bytes the binary module
   * @return the module
   * @throws MalformedException when the bytes are not a well-formed module
   */
  public static Module decode(byte[] bytes) {
    return WASM2.read(bytes, null);
  }

  /**
   * Decodes a module with the 2.0 rules, naming its source in errors.
   *
   * @param bytes the binary module
   * @param sourceName a file or module name for error locations, or {@code null}
   * @return the module
   * @throws MalformedException when the bytes are not a well-formed module
   */
  public static Module decode(byte[] bytes, String sourceName) {
    return WASM2.read(bytes, sourceName);
  }

  /**
   * Decodes a module.
   *
   * @param bytes the binary module; not modified, not retained
   * @param sourceName a file or module name for error locations, or {@code null}
   * @return the module
   * @throws MalformedException when the bytes are not a well-formed module
   */
  public Module read(byte[] bytes, String sourceName) {
    try {
      return read(bytes);
    } catch (MalformedException e) {
      throw sourceName == null ? e : e.at(e.location().inSource(sourceName));
    }
  }

  private Module read(byte[] bytes) {
    DecodeState s = new DecodeState(bytes, wasm3);
    ByteReader in = s.in;
    if (in.remaining() < 4) {
      throw in.error("unexpected end", in.limit());
    }
    if (in.f32() != 0x6D73_6100) {
      throw in.error("magic header not detected", 0);
    }
    if (in.remaining() < 4) {
      throw in.error("unexpected end", in.limit());
    }
    if (in.f32() != 1) {
      throw in.error("unknown binary version", 4);
    }
    int lastRank = 0;
    int lastId = 0;
    boolean hasData = false;
    while (!in.atEnd()) {
      int idAt = in.position();
      int id = in.u8();
      if (id > (wasm3 ? 13 : 12)) {
        throw in.error("malformed section id", idAt);
      }
      int size = in.length();
      int begin = in.position();
      int end = begin + size;
      if (id == 0) {
        CustomSections.read(s, end, lastId);
      } else {
        if (ORDER[id] <= lastRank) {
          throw in.error("unexpected content after last section", idAt);
        }
        lastRank = ORDER[id];
        lastId = id;
        section(s, id);
        hasData |= id == 11;
      }
      if (in.position() != end) {
        throw in.error("section size mismatch", begin);
      }
    }
    if (Math.max(0, s.functionCount) != Math.max(0, s.codeCount)) {
      throw in.error("function and code section have inconsistent lengths");
    }
    if (s.hasDataCount && !hasData && s.module.dataCount != 0) {
      throw in.error("data count and data section have inconsistent lengths");
    }
    return s.module.build();
  }

  private static void section(DecodeState s, int id) {
    switch (id) {
      case 1 -> TypeSection.read(s);
      case 2 -> ImportSection.read(s);
      case 3 -> FunctionSection.read(s);
      case 4 -> TableSection.read(s);
      case 5 -> MemorySection.read(s);
      case 6 -> GlobalSection.read(s);
      case 7 -> ExportSection.read(s);
      case 8 -> StartSection.read(s);
      case 9 -> ElementSection.read(s);
      case 10 -> CodeSection.read(s);
      case 11 -> {
        DataSection.read(s);
        if (s.hasDataCount && s.module.dataCount != s.module.data.size()) {
          throw s.in.error("data count and data section have inconsistent lengths");
        }
      }
      case 12 -> DataCountSection.read(s);
      case 13 -> TagSection.read(s);
      default -> throw new AssertionError(id);
    }
  }
}

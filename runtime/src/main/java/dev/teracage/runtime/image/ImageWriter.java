package dev.teracage.runtime.image;

import static dev.teracage.runtime.image.ImageFormat.*;

import dev.teracage.runtime.layout.ArenaLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * Writes a {@link ModuleImage} in format v1 (see the package documentation). The output is
 * deterministic: equal images give equal bytes.
 */
public final class ImageWriter {
  private ImageWriter() {}

  /**
   * Serializes an image.
   *
   * @param image the image
   * @return its bytes
   */
  public static byte[] write(ModuleImage image) {
    ImageOutput out = new ImageOutput();
    out.bytes(MAGIC);
    out.u16(FORMAT_VERSION);
    out.u16(PRODUCER_VERSION);
    ImageOrigin origin = image.origin();
    out.string(origin.producer());
    out.bytes(origin.moduleHash());
    out.bytes(origin.pairing());

    int at = begin(out, CLASS);
    out.string(image.className());
    out.endLength(at);

    at = begin(out, TYPES);
    out.u32(image.types().size());
    for (FuncSig sig : image.types()) {
      codes(out, sig.params());
      codes(out, sig.results());
    }
    out.endLength(at);

    at = begin(out, IMPORTS);
    out.u32(image.imports().size());
    for (Import i : image.imports()) {
      out.string(i.module());
      out.string(i.name());
      out.u8(i.kind().code());
      switch (i.desc()) {
        case ImportDesc.Func f -> out.u32(f.typeIndex());
        case ImportDesc.Table t -> table(out, t.type());
        case ImportDesc.Memory m -> limits(out, m.type().limits());
        case ImportDesc.Global g -> global(out, g.type());
      }
    }
    out.endLength(at);

    at = begin(out, FUNCTIONS);
    ints(out, image.functionTypes());
    out.endLength(at);

    at = begin(out, TABLES);
    out.u32(image.tables().size());
    image.tables().forEach(t -> table(out, t));
    out.endLength(at);

    at = begin(out, MEMORIES);
    out.u32(image.memories().size());
    image.memories().forEach(m -> limits(out, m.limits()));
    out.endLength(at);

    at = begin(out, GLOBALS);
    out.u32(image.globals().size());
    for (Global g : image.globals()) {
      global(out, g.type());
      init(out, g.init());
    }
    out.endLength(at);

    at = begin(out, EXPORTS);
    out.u32(image.exports().size());
    for (Export e : image.exports()) {
      out.string(e.name());
      out.u8(e.kind().code());
      out.u32(e.index());
    }
    out.endLength(at);

    at = begin(out, START);
    out.u8(image.start().isPresent() ? 1 : 0);
    image.start().ifPresent(out::u32);
    out.endLength(at);

    at = begin(out, ELEMENTS);
    out.u32(image.elements().size());
    for (ElementSegment e : image.elements()) {
      out.u8(e.mode().ordinal());
      if (e.mode() == SegmentMode.ACTIVE) {
        out.u32(e.table());
        init(out, e.offset());
      }
      out.u8(e.elemType());
      List<Init> entries = e.elements();
      out.u32(entries.size());
      entries.forEach(i -> init(out, i));
    }
    out.endLength(at);

    at = begin(out, DATA);
    out.u32(image.data().size());
    for (DataSegment d : image.data()) {
      out.u8(d.mode().ordinal());
      if (d.mode() == SegmentMode.ACTIVE) {
        out.u32(d.memory());
        init(out, d.offset());
      }
      byte[] bytes = d.bytes();
      out.u32(bytes.length);
      out.bytes(bytes);
    }
    out.endLength(at);

    at = begin(out, NAMES);
    Names names = image.names();
    out.u8(names.module().isPresent() ? 1 : 0);
    names.module().ifPresent(out::string);
    Map<Integer, String> sorted = new TreeMap<>(names.functions());
    out.u32(sorted.size());
    sorted.forEach((index, name) -> {
      out.u32(index);
      out.string(name);
    });
    out.endLength(at);

    at = begin(out, BODIES);
    ints(out, image.functionBodyOffsets());
    out.endLength(at);

    at = begin(out, LAYOUT);
    ArenaLayout layout = image.layout();
    out.u64(layout.tableElementLimit());
    out.u64(layout.memoryPageLimit());
    out.u32(layout.fixedSize());
    out.u64(layout.reservedSize());
    out.endLength(at);

    at = begin(out, STATE);
    StateCodec.write(out, image.state());
    out.endLength(at);
    byte[] body = out.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(body);
    byte[] result = java.util.Arrays.copyOf(body, body.length + CHECKSUM_SIZE);
    int sum = (int) crc.getValue();
    for (int i = 0; i < CHECKSUM_SIZE; i++) {
      result[body.length + i] = (byte) (sum >>> (8 * i));
    }
    return result;
  }

  private static int begin(ImageOutput out, int id) {
    out.u8(id);
    return out.beginLength();
  }

  private static void codes(ImageOutput out, int[] codes) {
    out.u32(codes.length);
    for (int code : codes) {
      out.u8(code);
    }
  }

  private static void ints(ImageOutput out, int[] values) {
    out.u32(values.length);
    for (int value : values) {
      out.u32(value);
    }
  }

  private static void limits(ImageOutput out, Limits limits) {
    out.u8(limits.hasMax() ? 1 : 0);
    out.u64(limits.min());
    if (limits.hasMax()) {
      out.u64(limits.max());
    }
  }

  private static void table(ImageOutput out, TableType type) {
    out.u8(type.elemType());
    limits(out, type.limits());
  }

  private static void global(ImageOutput out, GlobalType type) {
    out.u8(type.valueType());
    out.u8(type.mutable() ? 1 : 0);
  }

  private static void init(ImageOutput out, Init init) {
    switch (init) {
      case Init.Const c -> {
        out.u8(INIT_CONST);
        out.u64(c.bits());
        out.u64(c.high());
      }
      case Init.GlobalGet g -> {
        out.u8(INIT_GLOBAL_GET);
        out.u32(g.global());
      }
      case Init.RefFunc f -> {
        out.u8(INIT_REF_FUNC);
        out.u32(f.function());
      }
      case Init.RefNull n -> {
        out.u8(INIT_REF_NULL);
        out.u32(n.heapType());
      }
    }
  }
}

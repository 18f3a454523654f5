package dev.teracage.compiler.encode;

import dev.teracage.compiler.model.CustomSection;
import dev.teracage.compiler.model.DataSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.Tag;

/**
 * Writes a {@link Module} as a binary module: sections in the specification's order (the tag
 * section after the memory section), empty sections left out, the data count section when the model
 * has one, custom sections after the section they followed when decoded, and the {@code name}
 * section last when there are names. Every integer is in its shortest LEB128 form, so decoding the
 * result gives a model equal to the input.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">Binary format:
 *     modules</a>
 */
public final class ModuleEncoder {
  private static final int[] ORDER = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

  private ModuleEncoder() {}

  /**
   * Encodes a module.
   *
   * @param module the module
   * @return the binary module
   */
  public static byte[] encode(Module module) {
    ByteWriter out = new ByteWriter(4096);
    out.u8(0x00).u8(0x61).u8(0x73).u8(0x6D).u8(0x01).u8(0x00).u8(0x00).u8(0x00);
    customs(out, module, 0);
    for (int id : ORDER) {
      ByteWriter content = section(module, id);
      if (content == null && id != 8 && id != 12 && followedByCustom(module, id)) {
        content = new ByteWriter().u32(0);
      }
      if (content != null) {
        out.u8(id).sized(content);
      }
      customs(out, module, id);
    }
    if (!NameEncoder.isEmpty(module.names())) {
      ByteWriter content = new ByteWriter();
      content.name("name");
      NameEncoder.write(content, module.names());
      out.u8(0).sized(content);
    }
    return out.toByteArray();
  }

  /** Whether a custom section was decoded after section {@code id}, which must then be present. */
  private static boolean followedByCustom(Module module, int id) {
    for (CustomSection c : module.customs()) {
      if (c.after() == id) {
        return true;
      }
    }
    return false;
  }

  private static void customs(ByteWriter out, Module module, int after) {
    for (CustomSection c : module.customs()) {
      if (c.after() == after) {
        ByteWriter content = new ByteWriter(c.data().length + 16);
        content.name(c.name()).bytes(c.data());
        out.u8(0).sized(content);
      }
    }
  }

  private static ByteWriter section(Module m, int id) {
    ByteWriter out = new ByteWriter();
    switch (id) {
      case 1 -> {
        if (m.types().isEmpty()) {
          return null;
        }
        out.u32(m.types().size());
        for (FuncType t : m.types()) {
          TypeEncoder.funcType(out, t);
        }
      }
      case 2 -> {
        if (m.imports().isEmpty()) {
          return null;
        }
        out.u32(m.imports().size());
        for (Import i : m.imports()) {
          importEntry(out, i);
        }
      }
      case 3 -> {
        if (m.functions().isEmpty()) {
          return null;
        }
        out.u32(m.functions().size());
        m.functions().forEach(out::u32);
      }
      case 4 -> {
        if (m.tables().isEmpty()) {
          return null;
        }
        out.u32(m.tables().size());
        for (Table t : m.tables()) {
          if (t.init() != null) {
            out.u8(0x40).u8(0x00);
            TypeEncoder.tableType(out, t.type());
            out.bytes(t.init().code());
          } else {
            TypeEncoder.tableType(out, t.type());
          }
        }
      }
      case 5 -> {
        if (m.memories().isEmpty()) {
          return null;
        }
        out.u32(m.memories().size());
        for (MemoryType t : m.memories()) {
          TypeEncoder.limits(out, t.limits());
        }
      }
      case 13 -> {
        if (m.tags().isEmpty()) {
          return null;
        }
        out.u32(m.tags().size());
        for (Tag t : m.tags()) {
          out.u8(0).u32(t.typeIndex());
        }
      }
      case 6 -> {
        if (m.globals().isEmpty()) {
          return null;
        }
        out.u32(m.globals().size());
        for (Global g : m.globals()) {
          TypeEncoder.globalType(out, g.type());
          out.bytes(g.init().code());
        }
      }
      case 7 -> {
        if (m.exports().isEmpty()) {
          return null;
        }
        out.u32(m.exports().size());
        for (Export e : m.exports()) {
          out.name(e.name()).u8(e.kind().code()).u32(e.index());
        }
      }
      case 8 -> {
        if (m.start() < 0) {
          return null;
        }
        out.u32(m.start());
      }
      case 9 -> {
        if (m.elements().isEmpty()) {
          return null;
        }
        out.u32(m.elements().size());
        m.elements().forEach(e -> ElementEncoder.write(out, e));
      }
      case 12 -> {
        if (m.dataCount() < 0) {
          return null;
        }
        out.u32(m.dataCount());
      }
      case 10 -> {
        if (m.codes().isEmpty()) {
          return null;
        }
        out.u32(m.codes().size());
        for (FunctionBody body : m.codes()) {
          out.sized(body(body));
        }
      }
      case 11 -> {
        if (m.data().isEmpty()) {
          return null;
        }
        out.u32(m.data().size());
        for (DataSegment d : m.data()) {
          data(out, d);
        }
      }
      default -> throw new AssertionError(id);
    }
    return out;
  }

  private static void importEntry(ByteWriter out, Import i) {
    out.name(i.module()).name(i.name()).u8(i.desc().kind().code());
    switch (i.desc()) {
      case ImportDesc.Func f -> out.u32(f.typeIndex());
      case ImportDesc.Table t -> TypeEncoder.tableType(out, t.type());
      case ImportDesc.Memory mem -> TypeEncoder.limits(out, mem.type().limits());
      case ImportDesc.Global g -> TypeEncoder.globalType(out, g.type());
      case ImportDesc.Tag t -> out.u8(0).u32(t.typeIndex());
    }
  }

  private static ByteWriter body(FunctionBody body) {
    ByteWriter out = new ByteWriter(body.body().length() + 16);
    out.u32(body.locals().size());
    for (Local l : body.locals()) {
      out.u64(l.count());
      TypeEncoder.valType(out, l.type());
    }
    return out.bytes(body.body().code());
  }

  private static void data(ByteWriter out, DataSegment d) {
    if (d.mode() == SegmentMode.PASSIVE) {
      out.u8(1);
    } else if (d.memoryIndex() == 0) {
      out.u8(0).bytes(d.offset().code());
    } else {
      out.u8(2).u32(d.memoryIndex()).bytes(d.offset().code());
    }
    out.u32(d.init().length).bytes(d.init());
  }
}

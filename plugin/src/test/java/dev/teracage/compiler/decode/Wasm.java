package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.Module;
import java.util.HexFormat;

/** Test helper: builds binary modules from hex sections and decodes them. */
final class Wasm {
  private Wasm() {}

  /**
   * Returns a module: header, then each section as an id and hex content (size computed).
   *
   * @param sections alternating ids (Integer) and hex strings (spaces allowed)
   * @return the bytes
   */
  static byte[] module(Object... sections) {
    ByteWriter w = new ByteWriter();
    w.bytes(hex("0061736d01000000"));
    for (int i = 0; i < sections.length; i += 2) {
      byte[] content = hex((String) sections[i + 1]);
      w.u8((Integer) sections[i]).u32(content.length).bytes(content);
    }
    return w.toByteArray();
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  static Module decode(Object... sections) {
    return ModuleDecoder.decode(module(sections));
  }

  static MalformedException fails(String reason, byte[] bytes) {
    MalformedException e =
        assertThrows(MalformedException.class, () -> ModuleDecoder.decode(bytes));
    assertEquals(reason, e.reason(), e.getMessage());
    return e;
  }

  static MalformedException fails(String reason, Object... sections) {
    return fails(reason, module(sections));
  }
}

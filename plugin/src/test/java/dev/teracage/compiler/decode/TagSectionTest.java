package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.model.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagSectionTest {
  @Test
  void readsTagsUnderWasm3Only() {
    byte[] bytes = Wasm.module(1, "01 60 01 7f 00", 13, "02 00 00 00 00");
    assertEquals(List.of(new Tag(0), new Tag(0)), ModuleDecoder.wasm3().read(bytes, null).tags());
    Wasm.fails("malformed section id", bytes);
  }

  @Test
  void comesBetweenMemoryAndGlobal() {
    byte[] ok = Wasm.module(5, "00", 13, "00", 6, "00");
    ModuleDecoder.wasm3().read(ok, null);
    byte[] late = Wasm.module(6, "00", 13, "00");
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.teracage.compiler.MalformedException.class,
            () -> ModuleDecoder.wasm3().read(late, null));
    assertEquals("unexpected content after last section", e.reason());
  }
}

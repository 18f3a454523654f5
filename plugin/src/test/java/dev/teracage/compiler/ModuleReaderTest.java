package dev.teracage.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.model.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleReaderTest {
  private static final String ADD_WAT =
      """
      (module (memory 1)
        (func (export "add") (param i32 i32) (result i32)
          local.get 0 local.get 1 i32.add))
      """;

  @TempDir Path dir;

  @Test
  void binaryAndTextGiveTheSameModule() {
    Module binary = ModuleReader.read(TestModules.ADD, "add.wasm");
    Module text = ModuleReader.read(ADD_WAT.getBytes(StandardCharsets.UTF_8), "add.wat");
    assertEquals(binary.types(), text.types());
    assertEquals(binary.functions(), text.functions());
    assertEquals(binary.exports(), text.exports());
    assertEquals(binary.codes().get(0).body(), text.codes().get(0).body());
  }

  @Test
  void tellsBinaryByTheMagic() {
    assertTrue(ModuleReader.isBinary(TestModules.ADD));
    assertFalse(ModuleReader.isBinary("(module)".getBytes(StandardCharsets.UTF_8)));
    assertFalse(ModuleReader.isBinary(new byte[] {0, 'a', 's'}));
  }

  @Test
  void malformedBinaryNamesTheSource() {
    MalformedException e =
        assertThrows(
            MalformedException.class, () -> ModuleReader.read(TestModules.TRUNCATED, "x.wasm"));
    assertEquals("unexpected end", e.reason());
    assertEquals("x.wasm", e.location().source());
    assertTrue(e.offset() >= 0);
  }

  @Test
  void invalidBinaryNamesTheSourceAndFunction() {
    InvalidException e =
        assertThrows(
            InvalidException.class, () -> ModuleReader.read(TestModules.TYPE_MISMATCH, "x.wasm"));
    assertEquals("type mismatch", e.reason());
    assertEquals("x.wasm", e.location().source());
    assertEquals(0, e.functionIndex());
  }

  @Test
  void malformedTextNamesSourceLineAndColumn() {
    MalformedException e =
        assertThrows(
            MalformedException.class,
            () -> ModuleReader.read("(module\n  (func (nop) (bogus)))".getBytes(), "x.wat"));
    assertEquals("x.wat", e.location().source());
    assertEquals(2, e.location().line());
    assertTrue(e.getMessage().startsWith("x.wat:2:"), e.getMessage());
  }

  @Test
  void invalidTextNamesTheSource() {
    InvalidException e =
        assertThrows(
            InvalidException.class,
            () -> ModuleReader.read("(module (func (result i32)))".getBytes(), "x.wat"));
    assertEquals("type mismatch", e.reason());
    assertTrue(e.getMessage().startsWith("x.wat"), e.getMessage());
  }

  @Test
  void textThatIsNotUtf8IsMalformed() {
    MalformedException e =
        assertThrows(
            MalformedException.class,
            () -> ModuleReader.read(new byte[] {'(', (byte) 0xC3, '('}, "x.wat"));
    assertEquals("malformed UTF-8 encoding", e.reason());
    assertEquals("x.wat", e.location().source());
  }

  @Test
  void readsAFileWithItsPathAsSource() throws IOException {
    Path file = Files.write(dir.resolve("bad.wasm"), TestModules.TYPE_MISMATCH);
    InvalidException e = assertThrows(InvalidException.class, () -> ModuleReader.read(file));
    assertEquals(file.toString(), e.location().source());
    Path good = Files.write(dir.resolve("add.wat"), ADD_WAT.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, ModuleReader.read(good).functions().size());
  }

  @Test
  void noSourceKeepsTheLocationAsIs() {
    MalformedException e =
        assertThrows(
            MalformedException.class, () -> ModuleReader.read(TestModules.TRUNCATED, null));
    assertEquals(null, e.location().source());
  }
}

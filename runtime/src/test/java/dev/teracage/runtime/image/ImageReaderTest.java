package dev.teracage.runtime.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.WasmException;
import dev.teracage.runtime.layout.ValueCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageReaderTest {
  private static final int[] NONE = {};

  /** Header bytes before the first section: magic, versions, empty producer, two hashes. */
  private static final int HEADER = 8 + 4 + 2 * ImageOrigin.HASH_LENGTH;

  /** State section (id, length, "absent") and checksum after the layout section. */
  private static final int TAIL = 1 + 4 + 1 + ImageFormat.CHECKSUM_SIZE;

  /** Recomputes the checksum of changed bytes, so that the checks behind it are reached. */
  static byte[] sealed(byte[] bytes) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    int end = bytes.length - ImageFormat.CHECKSUM_SIZE;
    crc.update(bytes, 0, end);
    int sum = (int) crc.getValue();
    for (int i = 0; i < ImageFormat.CHECKSUM_SIZE; i++) {
      bytes[end + i] = (byte) (sum >>> (8 * i));
    }
    return bytes;
  }

  private static ImageException rejects(byte[] bytes, String reason, long offset) {
    if (bytes.length >= HEADER + TAIL) {
      sealed(bytes);
    }
    ImageException e = assertThrows(ImageException.class, () -> ImageReader.read(bytes));
    assertTrue(e.reason().contains(reason), () -> "reason was: " + e.reason());
    assertEquals(offset, e.offset(), () -> "offset of: " + e.getMessage());
    assertTrue(e.getMessage().startsWith("image offset 0x" + Long.toHexString(offset) + ": "));
    return e;
  }

  private static byte[] valid() {
    return ImageWriter.write(TestImages.rich());
  }

  @Test
  void isAWasmException() {
    WasmException e = rejects(new byte[0], "magic: expected 4 bytes, found 0", 0);
    assertTrue(e instanceof ImageException);
  }

  @Test
  void checksMagicFirst() {
    byte[] bytes = valid();
    bytes[3] = 'X';
    rejects(bytes, "magic: expected \"TCAG\" (54 43 41 47), found 54 43 41 58", 0);
    rejects(new byte[] {'T', 'C'}, "magic: expected 4 bytes, found 2 (unexpected end)", 0);
  }

  @Test
  void checksVersions() {
    byte[] bytes = valid();
    bytes[4] = 7;
    rejects(bytes, "format version: expected 1, found 7", 4);
    bytes = valid();
    bytes[6] = 9;
    rejects(bytes, "producer version: expected " + ImageFormat.PRODUCER_VERSION + ", found 9", 6);
  }

  @Test
  void checksSectionOrderAndLengths() {
    byte[] bytes = valid();
    bytes[HEADER] = 2;
    rejects(bytes, "section id: expected 1 (class), found 2", HEADER);
    bytes = valid();
    bytes[HEADER + 4] = 0x7F; // class section length's top byte
    rejects(bytes, "section class: length: expected at most", HEADER + 1);
    byte[] longer = Arrays.copyOf(valid(), valid().length + 1);
    rejects(
        longer,
        "expected the image's end, found 1 more bytes",
        valid().length - ImageFormat.CHECKSUM_SIZE);
  }

  @Test
  void checksTheChecksumBeforeTheSections() {
    byte[] bytes = valid();
    bytes[HEADER + 10] ^= 1;
    ImageException e = assertThrows(ImageException.class, () -> ImageReader.read(bytes));
    assertTrue(e.reason().startsWith("checksum: expected "), e::reason);
    assertTrue(e.reason().endsWith("(the image is corrupt or truncated)"), e::reason);
    assertEquals(bytes.length - ImageFormat.CHECKSUM_SIZE, e.offset());
  }

  @Test
  void checksEveryTruncation() {
    byte[] bytes = valid();
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      assertThrows(ImageException.class, () -> ImageReader.read(prefix), "length " + length);
    }
  }

  @Test
  void checksIndices() {
    ModuleImage exportsMissing =
        ModuleImage.builder("M").export(new Export("f", ExternKind.FUNC, 5)).build();
    ImageException e =
        assertThrows(
            ImageException.class, () -> ImageReader.read(ImageWriter.write(exportsMissing)));
    assertTrue(
        e.reason().contains("section exports: export 0 index: expected an index below 0, found 5"),
        e::reason);

    ModuleImageBuilder b = ModuleImage.builder("M");
    b.data(new DataSegment(SegmentMode.ACTIVE, 0, Init.Const.i32(0), new byte[1]));
    e = assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(b.build())));
    assertTrue(e.reason().contains("data segment 0 memory: expected an index below 0"), e::reason);

    ModuleImageBuilder f = ModuleImage.builder("M");
    f.function(3, 0);
    e = assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(f.build())));
    assertTrue(e.reason().contains("function 0 type: expected an index below 0, found 3"));
  }

  @Test
  void checksInitializerTypes() {
    ModuleImage refIntoI32 =
        ModuleImage.builder("M")
            .global(new Global(new GlobalType(ValueCode.I32, false), new Init.RefNull(Init.FUNC)))
            .build();
    ImageException e =
        assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(refIntoI32)));
    assertTrue(
        e.reason()
            .contains(
                "section globals: global 0 init: expected a value of type i32, found ref.null func"),
        e::reason);

    ModuleImage wideI32 =
        ModuleImage.builder("M")
            .global(new Global(new GlobalType(ValueCode.I32, false), new Init.Const(1L << 32, 0)))
            .build();
    e = assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(wideI32)));
    assertTrue(e.reason().contains("found a constant of another type"), e::reason);

    ModuleImage forwardGet =
        ModuleImage.builder("M")
            .global(new Global(new GlobalType(ValueCode.I32, false), new Init.GlobalGet(0)))
            .build();
    e = assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(forwardGet)));
    assertTrue(e.reason().contains("global 0 init global: expected an index below 0"), e::reason);
  }

  @Test
  void checksModuleRules() {
    ModuleImageBuilder dup = ModuleImage.builder("M");
    dup.memory(new MemoryType(new Limits(0, 0)));
    dup.export(new Export("x", ExternKind.MEMORY, 0)).export(new Export("x", ExternKind.MEMORY, 0));
    ImageException e =
        assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(dup.build())));
    assertTrue(e.reason().contains("expected a unique name, found \"x\" again"), e::reason);

    ModuleImageBuilder start = ModuleImage.builder("M");
    start.function(start.type(new FuncSig(new int[] {ValueCode.I32}, NONE)), 0).start(0);
    e =
        assertThrows(
            ImageException.class, () -> ImageReader.read(ImageWriter.write(start.build())));
    assertTrue(
        e.reason().contains("start function type: expected (func), found (func (param i32))"),
        e::reason);

    ModuleImageBuilder elem = ModuleImage.builder("M");
    elem.table(new TableType(ValueCode.EXTERNREF, new Limits(1, 1)));
    elem.element(
        new ElementSegment(
            SegmentMode.ACTIVE,
            0,
            Init.Const.i32(0),
            ValueCode.FUNCREF,
            List.of(new Init.RefNull(Init.FUNC))));
    e = assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(elem.build())));
    assertTrue(e.reason().contains("element type: expected externref"), e::reason);

    ModuleImage badClass = ModuleImage.builder("a..b").build();
    e = assertThrows(ImageException.class, () -> ImageReader.read(ImageWriter.write(badClass)));
    assertTrue(e.reason().contains("class name: expected a Java binary name, found \"a..b\""));

    ModuleImageBuilder names = ModuleImage.builder("M");
    names.names(new Names(Optional.empty(), Map.of(0, "f")));
    e =
        assertThrows(
            ImageException.class, () -> ImageReader.read(ImageWriter.write(names.build())));
    assertTrue(e.reason().contains("function name 0 index: expected an index below 0"));
  }

  @Test
  void checksLayout() {
    byte[] bytes = valid();
    bytes[bytes.length - TAIL - 1] ^= 0x40; // top byte of the reserved size
    rejects(bytes, "section layout: reserved size: expected", bytes.length - TAIL - 8);
    bytes = valid();
    bytes[bytes.length - TAIL - 12] ^= 1; // fixed size
    rejects(bytes, "section layout: fixed size: expected", bytes.length - TAIL - 12);
  }

  @Test
  void checksUtf8() {
    ModuleImage image =
        ModuleImage.builder("M")
            .addImport(new Import("\u00e9", "n", new ImportDesc.Func(0)))
            .build();
    byte[] bytes = ImageWriter.write(image);
    int at = indexOf(bytes, (byte) 0xC3);
    bytes[at + 1] = (byte) 0xC3; // a lead byte where a continuation byte belongs
    rejects(bytes, "import 0 module: expected UTF-8, found malformed bytes", at);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("byte not found");
  }
}

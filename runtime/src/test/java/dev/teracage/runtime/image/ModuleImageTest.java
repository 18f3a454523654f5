package dev.teracage.runtime.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import org.junit.jupiter.api.Test;

class ModuleImageTest {
  @Test
  void indexSpacesPutImportsFirst() {
    ModuleImage image = TestImages.rich();
    assertEquals(1, image.importCount(ExternKind.FUNC));
    assertEquals(1, image.importCount(ExternKind.GLOBAL));
    assertEquals(image.types().get(1), image.functionSig(0)); // the import
    assertEquals(image.types().get(0), image.functionSig(1)); // first defined
    assertEquals(image.types().get(1), image.functionSig(2));
    ArenaLayout layout = image.layout();
    assertEquals(3, layout.tableCount());
    assertEquals(1, layout.importedTableCount());
    assertEquals(2, layout.memoryCount());
    assertEquals(ValueCode.I32, layout.globalType(0)); // the imported global has a slot
    assertEquals(ValueCode.I64, layout.globalType(1));
  }

  @Test
  void arraysAreCopied() {
    ModuleImage image = TestImages.rich();
    image.functionTypes()[0] = 99;
    image.functionBodyOffsets()[0] = 99;
    image.data().get(0).bytes()[0] = 99;
    assertEquals(TestImages.rich(), image);
    assertEquals(
        1, image.data().get(0).asSegment().get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0));
  }

  @Test
  void layoutMustMatchTheContents() {
    ModuleImage image = TestImages.rich();
    ArenaLayout other = image.layout().withLimits(5, 5);
    assertNotEquals(image.layout(), other);
    ModuleImage relimited =
        new ModuleImage(
            image.className(),
            image.types(),
            image.imports(),
            image.functionTypes(),
            image.tables(),
            image.memories(),
            image.globals(),
            image.exports(),
            image.start(),
            image.elements(),
            image.data(),
            image.names(),
            image.functionBodyOffsets(),
            other,
            ImageOrigin.UNKNOWN,
            java.util.Optional.empty());
    assertEquals(other, relimited.layout());
    ArenaLayout wrong = ArenaLayout.builder().global(ValueCode.I32).build();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ModuleImage(
                image.className(),
                image.types(),
                image.imports(),
                image.functionTypes(),
                image.tables(),
                image.memories(),
                image.globals(),
                image.exports(),
                image.start(),
                image.elements(),
                image.data(),
                image.names(),
                image.functionBodyOffsets(),
                wrong,
                ImageOrigin.UNKNOWN,
                java.util.Optional.empty()));
  }

  @Test
  void segmentShapesAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DataSegment(SegmentMode.PASSIVE, 0, Init.Const.i32(0), new byte[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DataSegment(SegmentMode.DECLARATIVE, 0, null, new byte[0]));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ElementSegment(
                SegmentMode.ACTIVE, 0, null, ValueCode.FUNCREF, java.util.List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ElementSegment(SegmentMode.PASSIVE, 0, null, ValueCode.I32, java.util.List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Limits(2, 1));
  }
}

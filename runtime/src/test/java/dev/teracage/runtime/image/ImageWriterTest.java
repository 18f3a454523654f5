package dev.teracage.runtime.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageWriterTest {
  @Test
  void emptyImageRoundTrips() {
    ModuleImage image = ModuleImage.builder("M").build();
    byte[] bytes = ImageWriter.write(image);
    // magic, versions, then 14 empty-ish sections of 5 header bytes each
    assertEquals('T', bytes[0]);
    assertEquals('G', bytes[3]);
    assertEquals(ImageFormat.FORMAT_VERSION, bytes[4] | bytes[5] << 8);
    assertEquals(ImageFormat.PRODUCER_VERSION, bytes[6] | bytes[7] << 8);
    assertEquals(image, ImageReader.read(bytes));
  }

  @Test
  void richImageRoundTrips() {
    ModuleImage image = TestImages.rich();
    ModuleImage read = ImageReader.read(ImageWriter.write(image));
    assertEquals(image, read);
    assertEquals(image.hashCode(), read.hashCode());
    assertEquals(image.layout(), read.layout());
    assertEquals(1000, read.layout().tableElementLimit());
    assertEquals(7, read.layout().globalCount());
    assertEquals(ArenaLayout.ABSENT, read.layout().tableDescriptorOffset(0));
  }

  @Test
  void largeImageRoundTrips() {
    ModuleImageBuilder b = ModuleImage.builder("wasm.big.Module");
    int type = b.type(new FuncSig(new int[] {ValueCode.I32}, new int[] {ValueCode.I32}));
    List<Init> entries = new ArrayList<>();
    for (int f = 0; f < 20_000; f++) {
      b.function(type, 100 + 10 * f);
      entries.add(new Init.RefFunc(f));
    }
    b.table(new TableType(ValueCode.FUNCREF, new Limits(20_000, 20_000)));
    b.element(
        new ElementSegment(SegmentMode.ACTIVE, 0, Init.Const.i32(0), ValueCode.FUNCREF, entries));
    ModuleImage image = b.build();
    assertEquals(image, ImageReader.read(ImageWriter.write(image)));
  }

  @Test
  void randomImagesRoundTripAndWriteDeterministically() {
    for (long seed = 0; seed < 2000; seed++) {
      ModuleImage image = TestImages.random(seed);
      byte[] bytes = ImageWriter.write(image);
      ModuleImage read = ImageReader.read(bytes);
      assertEquals(image, read, "seed " + seed);
      assertArrayEquals(bytes, ImageWriter.write(read), "seed " + seed);
    }
  }
}

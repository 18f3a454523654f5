package dev.teracage.runtime.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corrupts many valid images (truncations, byte flips, deleted and inserted bytes) and checks that
 * the reader either rejects each with an {@link ImageException} or returns an image that writes
 * back to the same bytes: never another exception.
 */
class ImageReaderMutationTest {
  private static final int IMAGES = 150;

  private static List<byte[]> images() {
    List<byte[]> images = new ArrayList<>();
    images.add(ImageWriter.write(TestImages.rich()));
    images.add(ImageWriter.write(ModuleImage.builder("M").build()));
    for (long seed = 0; seed < IMAGES; seed++) {
      images.add(ImageWriter.write(TestImages.random(1_000_000 + seed)));
    }
    return images;
  }

  @Test
  void everyTruncationIsRejected() {
    int checked = 0;
    for (byte[] image : images()) {
      for (int length = 0; length < image.length; length++) {
        byte[] prefix = Arrays.copyOf(image, length);
        assertThrows(ImageException.class, () -> ImageReader.read(prefix));
        checked++;
      }
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }

  @Test
  void byteFlipsAreRejectedOrReadConsistently() {
    Random random = new Random(42);
    int rejected = 0;
    int accepted = 0;
    for (byte[] image : images()) {
      for (int position = 0; position < image.length; position++) {
        {
          byte[] mutated = image.clone();
          mutated[position] =
              switch (random.nextInt(3)) {
                case 0 -> (byte) (mutated[position] ^ (1 << random.nextInt(8)));
                case 1 -> (byte) 0xFF;
                default -> (byte) random.nextInt(256);
              };
          if (check(mutated, "flip at " + position)) {
            accepted++;
          } else {
            rejected++;
          }
        }
      }
    }
    assertTrue(rejected > 10_000, "rejected " + rejected + ", accepted " + accepted);
  }

  @Test
  void deletionsAndInsertionsAreRejectedOrReadConsistently() {
    Random random = new Random(7);
    for (byte[] image : images()) {
      for (int n = 0; n < 40; n++) {
        int position = random.nextInt(image.length);
        byte[] deleted = new byte[image.length - 1];
        System.arraycopy(image, 0, deleted, 0, position);
        System.arraycopy(image, position + 1, deleted, position, image.length - position - 1);
        check(deleted, "deletion at " + position);
        byte[] inserted = new byte[image.length + 1];
        System.arraycopy(image, 0, inserted, 0, position);
        inserted[position] = (byte) random.nextInt(256);
        System.arraycopy(image, position, inserted, position + 1, image.length - position);
        check(inserted, "insertion at " + position);
      }
    }
  }

  /** Returns whether the bytes were accepted; fails on anything but ImageException. */
  private static boolean check(byte[] bytes, String what) {
    ModuleImage read;
    try {
      read = ImageReader.read(bytes);
    } catch (ImageException e) {
      return false;
    } catch (Throwable t) {
      fail(what + ": " + t, t);
      return false;
    }
    assertEquals(read, ImageReader.read(ImageWriter.write(read)), what);
    return true;
  }
}

package dev.teracage.runtime.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads and stores module images. Images loaded from a file or a class-path resource are verified
 * completely ({@link ImageReader}), then their instances map the initial arena from a
 * content-addressed cache file (see {@link ArenaState#map}), so that starting an instance costs
 * about the same whatever the size of the initialized memory, and instances of one image share the
 * pages they have not written. Images read from bytes copy their state into each instance instead.
 */
public final class Images {
  private Images() {}

  /**
   * Reads an image from bytes; its instances get a copy of the initial arena.
   *
   * @param bytes the image
   * @return the verified image
   * @throws ImageException if the bytes are not a valid image
   */
  public static ModuleImage read(byte[] bytes) {
    return ImageReader.read(bytes);
  }

  /**
   * Loads an image file; its instances map the initial arena.
   *
   * @param file the image file
   * @return the verified image
   * @throws IOException if the file cannot be read
   * @throws ImageException if it is not a valid image
   */
  public static ModuleImage load(Path file) throws IOException {
    return mapped(Files.readAllBytes(file));
  }

  /**
   * Loads an image from the class path (for example the resource the Maven plugin put beside the
   * generated class); its instances map the initial arena, extracted once to the cache.
   *
   * @param loader the class loader to ask
   * @param name the resource name, such as {@code com/acme/wasm/Sqlite.tcimg}
   * @return the verified image
   * @throws IOException if the resource is missing or cannot be read
   * @throws ImageException if it is not a valid image
   */
  public static ModuleImage loadResource(ClassLoader loader, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new NoSuchFileException(name, null, "no such class-path resource");
      }
      return mapped(in.readAllBytes());
    }
  }

  /**
   * Writes an image to a stream.
   *
   * @param image the image
   * @param out where to write it (not closed)
   * @throws IOException if writing fails
   */
  public static void write(ModuleImage image, OutputStream out) throws IOException {
    out.write(ImageWriter.write(image));
  }

  /**
   * Writes an image to a file, replacing it.
   *
   * @param image the image
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void write(ModuleImage image, Path file) throws IOException {
    Files.write(file, ImageWriter.write(image));
  }

  /**
   * Reads the bytes of an image file or resource that the caller read itself; like {@link #load},
   * its instances map the initial arena through the cache.
   *
   * @param bytes the image
   * @return the verified image
   * @throws ImageException if the bytes are not a valid image
   */
  public static ModuleImage readMapped(byte[] bytes) {
    return mapped(bytes);
  }

  private static ModuleImage mapped(byte[] bytes) {
    ModuleImage image = ImageReader.read(bytes);
    image.state().ifPresent(ArenaState::enableCache);
    return image;
  }
}

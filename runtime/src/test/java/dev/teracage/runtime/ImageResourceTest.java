package dev.teracage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.image.ImageException;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.ModuleImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Instance#load}: images read beside their generated class. */
class ImageResourceTest {
  private static final String DEFAULT_RESOURCE = "dev/teracage/runtime/CalcModule.tcimg";

  @Test
  void defaultNameIsTheSimpleNamePlusSuffix() {
    assertEquals("Hello.tcimg", Instance.imageResourceName("com.acme.Hello"));
    assertEquals("Hello.tcimg", Instance.imageResourceName("Hello"));
    assertEquals(".tcimg", Instance.IMAGE_SUFFIX);
  }

  @Test
  void loadsTheImageBesideTheClass() throws Throwable {
    Class<?> cls = new ResourceLoader(DEFAULT_RESOURCE, calcImageBytes()).calcModule();
    Instance calc = Instance.load(cls, InstanceTest.hostImports());
    assertEquals(5, (int) calc.function("add").handle().invokeExact(2, 3));
    assertEquals(14, (int) calc.function("callHost").handle().invokeExact(7));
  }

  @Test
  void loadsANamedResourceWithLimits() throws Throwable {
    ResourceLoader loader =
        new ResourceLoader("dev/teracage/runtime/img/calc.bin", calcImageBytes());
    Class<?> cls = loader.calcModule();
    Instance calc =
        Instance.load(cls, "img/calc.bin", InstanceTest.hostImports(), new InstanceLimits(1, 100));
    assertEquals(-1, (int) calc.function("grow").handle().invokeExact(1));
    Instance absolute =
        Instance.load(
            cls,
            "/dev/teracage/runtime/img/calc.bin",
            InstanceTest.hostImports(),
            InstanceLimits.DEFAULT);
    assertEquals(1, (int) absolute.function("grow").handle().invokeExact(1));
  }

  @Test
  void aMissingImageNamesTheResource() throws Exception {
    Class<?> cls = new ResourceLoader("elsewhere.tcimg", calcImageBytes()).calcModule();
    ImageResourceException e =
        assertThrows(
            ImageResourceException.class, () -> Instance.load(cls, InstanceTest.hostImports()));
    assertEquals("/" + DEFAULT_RESOURCE, e.resource());
    assertTrue(e.getMessage().startsWith("module image /" + DEFAULT_RESOURCE + ": not found"));
    assertNull(e.getCause());
  }

  @Test
  void aCorruptImageNamesTheResourceAndTheProblem() throws Exception {
    byte[] bytes = calcImageBytes();
    bytes[0] ^= 0x55;
    Class<?> cls = new ResourceLoader(DEFAULT_RESOURCE, bytes).calcModule();
    ImageResourceException e =
        assertThrows(
            ImageResourceException.class, () -> Instance.load(cls, InstanceTest.hostImports()));
    assertEquals("/" + DEFAULT_RESOURCE, e.resource());
    assertInstanceOf(ImageException.class, e.getCause());
    assertTrue(e.getMessage().contains("not a valid image"), e.getMessage());
  }

  @Test
  void anUnreadableImageNamesTheResource() throws Exception {
    ResourceLoader loader = new ResourceLoader(DEFAULT_RESOURCE, null);
    Class<?> cls = loader.calcModule();
    ImageResourceException e =
        assertThrows(
            ImageResourceException.class, () -> Instance.load(cls, InstanceTest.hostImports()));
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getMessage().contains("cannot read: disk on fire"), e.getMessage());
  }

  @Test
  void theImageOfAnotherClassIsRefused() throws Exception {
    byte[] other = ImageWriter.write(ModuleImage.builder("x.Other").build());
    Class<?> cls = new ResourceLoader(DEFAULT_RESOURCE, other).calcModule();
    ImageResourceException e =
        assertThrows(
            ImageResourceException.class, () -> Instance.load(cls, InstanceTest.hostImports()));
    assertTrue(
        e.getMessage().endsWith("is the image of x.Other, not of " + CalcModule.class.getName()),
        e.getMessage());
  }

  private static byte[] calcImageBytes() {
    ModuleImage image = InstanceTest.calcImage();
    return ImageWriter.write(image);
  }

  /**
   * Defines a copy of {@link CalcModule} and serves one resource, as a jar would hold the generated
   * class and its image; {@code null} bytes serve a stream that fails to read.
   */
  private static final class ResourceLoader extends ClassLoader {
    private final Map<String, byte[]> resources = new HashMap<>();

    ResourceLoader(String name, byte[] bytes) {
      super(ImageResourceTest.class.getClassLoader());
      resources.put(name, bytes);
    }

    Class<?> calcModule() throws IOException {
      String name = CalcModule.class.getName();
      try (InputStream in =
          CalcModule.class.getResourceAsStream(CalcModule.class.getSimpleName() + ".class")) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      }
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      if (!resources.containsKey(name)) {
        return null;
      }
      byte[] bytes = resources.get(name);
      if (bytes == null) {
        return new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
      }
      return new ByteArrayInputStream(bytes);
    }
  }
}

package dev.teracage.runtime;

import dev.teracage.runtime.image.ImageException;
import dev.teracage.runtime.image.Images;
import dev.teracage.runtime.image.ModuleImage;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where a module's image lives beside its generated class, and how it is read: the one place both
 * the runtime and the build plugin take the naming convention from.
 */
final class ImageResource {
  private ImageResource() {}

  /**
   * Returns the default image resource name of a generated class: its simple name plus {@link
   * Instance#IMAGE_SUFFIX}, relative to the class's package.
   *
   * @param className the binary name of the generated class
   * @return for {@code com.acme.Hello}, {@code Hello.tcimg}
   */
  static String defaultName(String className) {
    return className.substring(className.lastIndexOf('.') + 1) + Instance.IMAGE_SUFFIX;
  }

  /**
   * Returns the absolute resource name of a name relative to a class's package.
   *
   * @param owner the class
   * @param name a relative name, or an absolute one starting with {@code /}
   * @return the absolute name, starting with {@code /}
   */
  static String absolute(Class<?> owner, String name) {
    if (name.startsWith("/")) {
      return name;
    }
    String pkg = owner.getPackageName();
    return pkg.isEmpty() ? "/" + name : "/" + pkg.replace('.', '/') + "/" + name;
  }

  /**
   * Reads and checks an image resource, once per class and name; its instances map the image's
   * arena (see {@link Images#readMapped}).
   *
   * @param owner the generated class, whose loader and module find the resource
   * @param name the resource name, relative to the class's package or absolute
   * @return the image
   * @throws ImageResourceException if it is missing, unreadable or not a valid image
   */
  static ModuleImage read(Class<?> owner, String name) {
    return LOADED.get(owner).computeIfAbsent(name, n -> load(owner, n));
  }

  /** Images already loaded, per generated class and resource name: read and verified once. */
  private static final ClassValue<java.util.concurrent.ConcurrentHashMap<String, ModuleImage>>
      LOADED =
          new ClassValue<>() {
            @Override
            protected java.util.concurrent.ConcurrentHashMap<String, ModuleImage> computeValue(
                Class<?> type) {
              return new java.util.concurrent.ConcurrentHashMap<>();
            }
          };

  private static ModuleImage load(Class<?> owner, String name) {
    String resource = absolute(owner, name);
    byte[] bytes;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ImageResourceException(
            "not found beside " + owner.getName() + " (was the module compiled into this build?)",
            resource,
            null);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ImageResourceException("cannot read: " + e.getMessage(), resource, e);
    }
    try {
      return Images.readMapped(bytes);
    } catch (ImageException e) {
      throw new ImageResourceException("not a valid image: " + e.getMessage(), resource, e);
    }
  }
}

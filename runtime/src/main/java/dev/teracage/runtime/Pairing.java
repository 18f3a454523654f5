package dev.teracage.runtime;

import dev.teracage.runtime.image.ImageException;
import dev.teracage.runtime.image.ImageOrigin;
import dev.teracage.runtime.image.ModuleImage;

/**
 * Checks that an image and a generated class were compiled together: the class's {@value
 * ImageOrigin#PAIRING_FIELD} must hold the image's pairing key. An image and a class from different
 * modules, layouts or compiler versions would otherwise run code against the wrong offsets.
 */
final class Pairing {
  private Pairing() {}

  /** Each generated class's key, read once. */
  private static final ClassValue<java.util.Optional<String>> KEYS =
      new ClassValue<>() {
        @Override
        protected java.util.Optional<String> computeValue(Class<?> type) {
          try {
            return java.util.Optional.ofNullable(
                (String) type.getField(ImageOrigin.PAIRING_FIELD).get(null));
          } catch (NoSuchFieldException | IllegalAccessException | ClassCastException e) {
            return java.util.Optional.empty();
          }
        }
      };

  static void check(ModuleImage image, Class<?> cls) {
    ImageOrigin origin = image.origin();
    if (origin.unpaired()) {
      return;
    }
    String expected = origin.pairingHex();
    String found = KEYS.get(cls).orElse(null);
    if (!expected.equals(found)) {
      throw new ImageException(
          "pairing key: expected "
              + expected
              + " (the classes the image was built with), found "
              + (found == null ? "no " + ImageOrigin.PAIRING_FIELD + " field" : found)
              + " in "
              + cls.getName(),
          // magic, versions, producer string, module hash: where the key sits in the image
          8 + 4 + origin.producer().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 32);
    }
  }
}

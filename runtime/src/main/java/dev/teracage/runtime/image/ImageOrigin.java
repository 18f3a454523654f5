package dev.teracage.runtime.image;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where an image comes from: the producer that wrote it, the SHA-256 of the module (its binary
 * encoding), and the pairing key of the generated classes it goes with. The generated class carries
 * the same key in its static field {@value #PAIRING_FIELD}; the runtime refuses to run an image
 * with a class of another key, so an image never runs against code compiled for another module,
 * layout or compiler version.
 *
 * @param producer the producer's name and version, such as {@code teracage 0.1.0}
 * @param moduleHash SHA-256 of the module's binary encoding, 32 bytes (zeros when unknown)
 * @param pairing the pairing key, 32 bytes
 */
public record ImageOrigin(String producer, byte[] moduleHash, byte[] pairing) {
  /**
   * The name of the generated class's static {@code String} field holding the pairing key (hex).
   */
  public static final String PAIRING_FIELD = "TERACAGE_PAIRING";

  /** Length of both hashes. */
  public static final int HASH_LENGTH = 32;

  /** The origin of images built by hand (in tests): no producer, zero hashes. */
  public static final ImageOrigin UNKNOWN =
      new ImageOrigin("", new byte[HASH_LENGTH], new byte[HASH_LENGTH]);

  /** Checks the lengths and copies. */
  public ImageOrigin {
    Objects.requireNonNull(producer);
    if (moduleHash.length != HASH_LENGTH || pairing.length != HASH_LENGTH) {
      throw new IllegalArgumentException("hashes must be " + HASH_LENGTH + " bytes");
    }
    moduleHash = moduleHash.clone();
    pairing = pairing.clone();
  }

  @Override
  public byte[] moduleHash() {
    return moduleHash.clone();
  }

  @Override
  public byte[] pairing() {
    return pairing.clone();
  }

  /**
   * Returns the pairing key as the generated class holds it.
   *
   * @return lowercase hex, 64 characters
   */
  public String pairingHex() {
    return HexFormat.of().formatHex(pairing);
  }

  /**
   * Returns whether the pairing key is all zeros (an image built by hand, paired with any class).
   *
   * @return whether there is no key
   */
  public boolean unpaired() {
    return Arrays.equals(pairing, new byte[HASH_LENGTH]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageOrigin i
        && producer.equals(i.producer)
        && Arrays.equals(moduleHash, i.moduleHash)
        && Arrays.equals(pairing, i.pairing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(producer, Arrays.hashCode(moduleHash), Arrays.hashCode(pairing));
  }

  @Override
  public String toString() {
    return "ImageOrigin[" + producer + ", module " + HexFormat.of().formatHex(moduleHash) + "]";
  }
}

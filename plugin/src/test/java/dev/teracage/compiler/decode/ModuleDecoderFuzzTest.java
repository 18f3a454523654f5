package dev.teracage.compiler.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.MalformedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the spec suite's well-formed binary modules at random (fixed seed): flipped bytes,
 * truncations, inserted and deleted bytes. Decoding must either succeed or throw {@link
 * MalformedException}: never another exception type.
 */
class ModuleDecoderFuzzTest {
  @Test
  void mutatedModulesFailOnlyAsMalformed() {
    Random random = new Random(20261125);
    List<String> crashes = new ArrayList<>();
    int runs = 0;
    List<byte[]> originals = new ArrayList<>(SpecBinaries.wellFormed());
    originals.addAll(SpecBinaries.wellFormed3());
    for (byte[] original : originals) {
      for (int k = 0; k < 100; k++) {
        byte[] bytes = mutate(original, random);
        for (ModuleDecoder decoder : List.of(ModuleDecoder.wasm2(), ModuleDecoder.wasm3())) {
          runs++;
          try {
            decoder.read(bytes, null);
          } catch (MalformedException expected) {
            // fine
          } catch (RuntimeException | Error e) {
            crashes.add(e + " on " + java.util.HexFormat.of().formatHex(bytes));
          }
        }
      }
    }
    crashes.stream().limit(10).forEach(System.out::println);
    System.out.println("fuzz: " + runs + " decodes, " + crashes.size() + " crashes");
    assertEquals(0, crashes.size());
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && bytes.length > 8; e++) {
      int at = 8 + random.nextInt(bytes.length - 8);
      switch (random.nextInt(5)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        case 2 -> bytes = Arrays.copyOf(bytes, at);
        case 3 -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = (byte) (random.nextBoolean() ? 0xFF : random.nextInt(256));
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
        default -> {
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          bytes = shorter;
        }
      }
    }
    return bytes;
  }
}

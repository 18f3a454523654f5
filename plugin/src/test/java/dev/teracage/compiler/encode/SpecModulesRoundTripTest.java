package dev.teracage.compiler.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.decode.SpecBinaries;
import dev.teracage.compiler.model.Module;
import org.junit.jupiter.api.Test;

/** Encodes every well-formed binary module of the 2.0 and 3.0 suites and decodes it back. */
class SpecModulesRoundTripTest {
  @Test
  void decodeEncodeDecode() {
    int count = 0;
    for (byte[] bytes : SpecBinaries.wellFormed()) {
      Module m = ModuleDecoder.decode(bytes);
      byte[] encoded = ModuleEncoder.encode(m);
      Module back = ModuleDecoder.decode(encoded);
      assertEquals(m, back);
      assertArrayEquals(encoded, ModuleEncoder.encode(back));
      count++;
    }
    assertTrue(count > 50, "only " + count + " modules");
  }

  @Test
  void decodeEncodeDecodeWasm3() {
    ModuleDecoder decoder = ModuleDecoder.wasm3();
    int count = 0;
    for (byte[] bytes : SpecBinaries.wellFormed3()) {
      Module m;
      try {
        m = decoder.read(bytes, null);
      } catch (MalformedException e) {
        continue; // a proposal beyond 3.0; SpecBinaryModulesTest lists those
      }
      byte[] encoded = ModuleEncoder.encode(m);
      Module back = decoder.read(encoded, null);
      assertEquals(m, back);
      assertArrayEquals(encoded, ModuleEncoder.encode(back));
      count++;
    }
    assertTrue(count > 100, "only " + count + " modules");
  }
}

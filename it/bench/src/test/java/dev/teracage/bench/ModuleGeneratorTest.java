package dev.teracage.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.validate.Validator;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModuleGeneratorTest {
  private static final byte[] SMALL = ModuleGenerator.generate(42, 1 << 20);

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    assertArrayEquals(SMALL, ModuleGenerator.generate(42, 1 << 20));
    assertFalse(Arrays.equals(SMALL, ModuleGenerator.generate(43, 1 << 20)));
  }

  @Test
  void benchmarkModuleExceeds20MiB() {
    byte[] module =
        ModuleGenerator.generate(
            ModuleGenerator.BENCHMARK_SEED, ModuleGenerator.BENCHMARK_CODE_BYTES);
    assertTrue(module.length >= 20 << 20, "size " + module.length);
  }

  @Test
  void teracageDecodesAndValidates() {
    Module module = ModuleDecoder.decode(SMALL);
    Validator.validate(module);
    assertTrue(module.functions().size() > 200);
    assertEquals(1, module.tables().size());
    assertEquals(40, module.data().size());
  }

  @Test
  void chicoryDecodesAndValidates() {
    WasmModule module =
        Parser.builder().withValidation(true).build().parse(() -> new ByteArrayInputStream(SMALL));
    assertTrue(module.functionSection().functionCount() > 200);
    assertEquals(1, module.tableSection().tableCount());
    assertEquals(40, module.dataSection().dataSegmentCount());
  }
}

package dev.teracage.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.encode.ModuleEncoder;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Robustness of the decoder (in its 2.0 and 3.0 modes) and validator: mutated spec-suite modules
 * must each end as a valid module or a malformed/invalid exception, never another exception, a hang
 * or unbounded allocation. Deterministic (fixed seed). Failures are minimized and written to {@code
 * target/fuzz-crashers/}; keep them as regression data in {@code src/test/resources/fuzzcases/},
 * which {@link #regressionCasesEndWell()} replays.
 */
class DecodeValidateFuzzTest {
  private static final long SEED = 0x7E4AC46E_F022L;
  private static final int INPUTS = 60_000;
  private static final long TIMEOUT_MILLIS = 2_000;
  private static final Path CASES = Path.of("src/test/resources/fuzzcases");
  private static final Path CRASHERS = Path.of("target/fuzz-crashers");

  private static final Consumer<byte[]> WASM3 =
      b -> Validator.validate(ModuleDecoder.wasm3().read(b, null));

  @Test
  void mutatedSpecModulesEndAsValidOrTypedError() throws IOException {
    Path dir = specDir();
    List<byte[]> seeds = SpecBinaries.inDirectory(dir);
    assertTrue(seeds.size() > 500, "binary modules in the suite: " + seeds.size());
    // Mutants of well-formed modules get deeper, so they make most of the inputs: the binary
    // modules that decode, and the text modules (with real code) encoded.
    List<byte[]> wellFormed = seeds.stream().filter(DecodeValidateFuzzTest::decodes).toList();
    assertTrue(wellFormed.size() > 50, "well-formed binary modules: " + wellFormed.size());
    List<byte[]> encoded = new ArrayList<>();
    for (String text : SpecBinaries.textModulesInDirectory(dir)) {
      try {
        encoded.add(ModuleEncoder.encode(WatParser.parseModule(text)));
      } catch (MalformedException e) {
        // A text module the suite expects to be malformed.
      }
    }
    assertTrue(encoded.size() > 2_000, "encoded text modules: " + encoded.size());
    SplittableRandom random = new SplittableRandom(SEED);
    Mutator mutator = new Mutator(random.split());
    StructuredMutator structured = new StructuredMutator(random.split());
    Map<String, byte[]> failures = new LinkedHashMap<>();
    // Every fourth input goes to the decoder in its WebAssembly 3.0 mode.
    try (FuzzTarget wasm2 = new FuzzTarget(TIMEOUT_MILLIS);
        FuzzTarget wasm3 = new FuzzTarget(WASM3, TIMEOUT_MILLIS)) {
      for (int i = 0; i < INPUTS; i++) {
        FuzzTarget target = i % 4 == 3 ? wasm3 : wasm2;
        int pick = random.nextInt(20);
        List<byte[]> from = pick < 12 ? encoded : pick < 17 ? wellFormed : seeds;
        byte[] seed = from.get(random.nextInt(from.size()));
        // Half keep the framing consistent (to reach the validator), half need not.
        byte[] input = random.nextBoolean() ? structured.mutate(seed) : mutator.mutate(seed);
        String failure = target.run(input);
        if (failure != null) {
          String kind = failure.substring(0, failure.indexOf(':'));
          byte[] small = kind.equals("Hang") ? input : Minimizer.minimize(input, target, kind);
          failures.putIfAbsent(signature(failure), small);
          if (failures.size() >= 20) {
            break;
          }
        }
      }
      System.out.println(
          "fuzz: " + INPUTS + " inputs: 2.0 mode " + wasm2.tally() + "; 3.0 mode " + wasm3.tally());
      // Mutants that still validate, or fail only validation, reached the validator's depths.
      assertTrue(wasm2.validCount() > INPUTS / 100, wasm2.tally());
      assertTrue(wasm2.invalidCount() > INPUTS / 40, wasm2.tally());
      assertTrue(wasm3.validCount() > INPUTS / 400, wasm3.tally());
    }
    if (!failures.isEmpty()) {
      Files.createDirectories(CRASHERS);
      StringBuilder report = new StringBuilder(failures.size() + " distinct failures:\n");
      for (Map.Entry<String, byte[]> f : failures.entrySet()) {
        String hex = HexFormat.of().formatHex(f.getValue());
        Path file = CRASHERS.resolve(Integer.toHexString(hex.hashCode()) + ".wasm");
        Files.write(file, f.getValue());
        report.append(f.getKey()).append("\n  ").append(file).append(": ").append(hex);
        report.append('\n');
      }
      fail(report.toString());
    }
  }

  @Test
  void regressionCasesEndWell() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(CASES)) {
      cases = files.filter(p -> p.toString().endsWith(".wasm")).sorted().toList();
    }
    assertTrue(!cases.isEmpty(), "no regression cases in " + CASES);
    List<String> failures = new ArrayList<>();
    try (FuzzTarget target = new FuzzTarget(TIMEOUT_MILLIS)) {
      for (Path c : cases) {
        String failure = target.run(Files.readAllBytes(c));
        if (failure != null) {
          failures.add(c.getFileName() + ": " + failure);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void deeplyNestedBlocksEndWell() {
    int depth = 500_000;
    ByteWriter body = new ByteWriter(2 * depth + 8).u8(0);
    for (int i = 0; i < depth; i++) {
      body.u8(0x02).u8(0x40);
    }
    for (int i = 0; i <= depth; i++) {
      body.u8(0x0B);
    }
    ByteWriter module = new ByteWriter(2 * depth + 64);
    module.bytes(HexFormat.of().parseHex("0061736d01000000" + "010401600000" + "03020100"));
    module.u8(10).sized(new ByteWriter().u32(1).sized(body));
    try (FuzzTarget target = new FuzzTarget(10 * TIMEOUT_MILLIS)) {
      assertNull(target.run(module.toByteArray()));
    }
  }

  /** The failure without its message details: its kind and first stack frame. */
  private static String signature(String failure) {
    int at = failure.lastIndexOf(" at ");
    return failure.substring(0, failure.indexOf(':')) + (at < 0 ? "" : failure.substring(at));
  }

  private static boolean decodes(byte[] module) {
    try {
      ModuleDecoder.decode(module);
      return true;
    } catch (MalformedException e) {
      return false;
    }
  }

  private static Path specDir() {
    Path dir = Path.of(System.getProperty("teracage.spec.dir", "../../shared/wasm-testsuite-2.0"));
    if (!Files.isDirectory(dir)) {
      String message =
          "spec suite not found at "
              + dir
              + "; pass -Dteracage.spec.dir=/path/to/wasm-testsuite-2.0";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return dir;
  }
}

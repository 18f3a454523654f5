package dev.teracage.compiler.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.encode.ModuleEncoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.Script;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.text.WastParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every module the 2.0 spec scripts define that reads without error (text, quote and binary
 * forms, including those of {@code assert_invalid} and the execution assertions): text -> model
 * equals text -> binary -> decode, and binary -> model equals binary -> model -> binary -> decode.
 */
class SpecRoundTripTest {

  @TestFactory
  Stream<DynamicTest> roundTrip() {
    SpecSuite suite = SpecSuite.locate("teracage.spec.dir", "wasm-testsuite-2.0");
    return suite.scripts().stream()
        .map(file ->
            DynamicTest.dynamicTest(
                file,
                () -> {
                  Script script =
                      WastParser.parse(
                          file,
                          Files.readString(suite.dir().resolve(file), StandardCharsets.UTF_8));
                  List<String> failures = new ArrayList<>();
                  int checked = 0;
                  for (Command command : script.commands()) {
                    ScriptModule module = moduleOf(command);
                    if (module == null) {
                      continue;
                    }
                    Module model;
                    try {
                      model = ScriptModules.read(module, file);
                    } catch (MalformedException e) {
                      continue; // assert_malformed modules have no model to compare
                    }
                    checked++;
                    try {
                      Module again = ModuleDecoder.decode(ModuleEncoder.encode(model));
                      if (!model.equals(again)) {
                        failures.add("line " + command.line() + ": models differ");
                      }
                    } catch (MalformedException e) {
                      failures.add("line " + command.line() + ": encoded module " + e);
                    }
                  }
                  assertEquals(List.of(), failures, file + ": " + checked + " modules checked");
                }));
  }

  private static ScriptModule moduleOf(Command command) {
    return switch (command) {
      case Command.ModuleCommand c -> c.module();
      case Command.AssertInvalid c -> c.module();
      case Command.AssertUnlinkable c -> c.module();
      case Command.AssertUninstantiable c -> c.module();
      case Command.AssertModuleTrap c -> c.module();
      case Command.AssertMalformed c -> c.module();
      default -> null;
    };
  }
}

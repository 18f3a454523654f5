package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.Script;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.text.WastParser;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compiles every valid module of the WebAssembly 2.0 spec scripts (top level and {@code simd/}) and
 * checks that each class verifies: covers every instruction in the contexts the suite writes.
 */
class SpecModulesCompileTest {
  private static final Path SUITE = Path.of("..", "..", "shared", "wasm-testsuite-2.0");

  static List<ScriptModule> validModules(Script script) {
    List<ScriptModule> result = new ArrayList<>();
    for (Command c : script.commands()) {
      switch (c) {
        case Command.ModuleCommand m -> result.add(m.module());
        case Command.AssertUnlinkable u -> result.add(u.module());
        case Command.AssertModuleTrap t -> result.add(t.module());
        default -> {}
      }
    }
    return result;
  }

  static Module read(ScriptModule m, String source) {
    return switch (m.form()) {
      case BINARY -> ModuleDecoder.decode(m.binary());
      case TEXT, QUOTE -> WatParser.parseModule(m.text(), source);
    };
  }

  @Test
  void everyValidSpecModuleCompilesAndVerifies() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SUITE), "spec suite not found at " + SUITE);
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(SUITE), Files.list(SUITE.resolve("simd")))) {
      files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int compiled = 0;
    for (Path file : files) {
      Script script = WastParser.parse(file.getFileName().toString(), Files.readString(file));
      for (ScriptModule sm : validModules(script)) {
        String where = file.getFileName() + ":" + sm.line();
        try {
          Module module = read(sm, where);
          Validator.validate(module);
          CompiledClass c = ClassEmitter.compile(module, "wasm.spec.M", Compiled.layout(module));
          var errors = ClassFile.of().verify(c.bytes());
          if (!errors.isEmpty()) {
            failures.add(where + ": " + errors.getFirst());
          } else {
            // Linking runs HotSpot's own verifier.
            Class.forName(c.name(), true, new Compiled.Loader().with(c.name(), c.bytes()));
          }
          compiled++;
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
          failures.add(where + ": " + e);
        }
      }
    }
    System.out.println(
        "codegen: " + compiled + " spec modules compiled, " + failures.size() + " failures");
    failures.stream().limit(30).forEach(System.out::println);
    assertEquals(List.of(), failures);
  }
}

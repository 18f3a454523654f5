package dev.teracage.compiler.fuzz;

import dev.teracage.compiler.text.Command;
import dev.teracage.compiler.text.ScriptModule;
import dev.teracage.compiler.text.WastParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzz seeds from the spec scripts, read with the project's own {@link WastParser}: the binary
 * modules ({@code (module binary ...)}) and the text modules ({@code (module ...)}) of every
 * command, those of assertions included.
 */
public final class SpecBinaries {
  private SpecBinaries() {}

  /**
   * Returns every binary module of every {@code .wast} file under a directory, in a stable order
   * (files sorted by path, modules in file order).
   *
   * @param dir the suite directory
   * @return the modules' bytes
   */
  public static List<byte[]> inDirectory(Path dir) {
    List<byte[]> result = new ArrayList<>();
    for (Path file : scripts(dir)) {
      result.addAll(inScript(read(file)));
    }
    return result;
  }

  /**
   * Returns the binary modules of one script's text.
   *
   * @param text the script
   * @return the modules' bytes, in order
   */
  public static List<byte[]> inScript(String text) {
    List<byte[]> result = new ArrayList<>();
    for (ScriptModule m : modules(text)) {
      if (m.form() == ScriptModule.Form.BINARY) {
        result.add(m.binary());
      }
    }
    return result;
  }

  /**
   * Returns the text of every module a script writes in the text format, {@code (module ...)} with
   * its fields (not the binary or quote forms), as WAT module sources.
   *
   * @param text the script
   * @return the modules' texts, in order
   */
  public static List<String> textModules(String text) {
    List<String> result = new ArrayList<>();
    for (ScriptModule m : modules(text)) {
      if (m.form() == ScriptModule.Form.TEXT) {
        result.add(m.text());
      }
    }
    return result;
  }

  /**
   * Returns the text modules of every {@code .wast} file under a directory, in a stable order.
   *
   * @param dir the suite directory
   * @return the modules' texts
   */
  public static List<String> textModulesInDirectory(Path dir) {
    List<String> result = new ArrayList<>();
    for (Path file : scripts(dir)) {
      result.addAll(textModules(read(file)));
    }
    return result;
  }

  private static List<ScriptModule> modules(String text) {
    List<ScriptModule> result = new ArrayList<>();
    for (Command c : WastParser.parse("seed.wast", text).commands()) {
      ScriptModule m =
          switch (c) {
            case Command.ModuleCommand x -> x.module();
            case Command.AssertMalformed x -> x.module();
            case Command.AssertInvalid x -> x.module();
            case Command.AssertUnlinkable x -> x.module();
            case Command.AssertUninstantiable x -> x.module();
            case Command.AssertModuleTrap x -> x.module();
            default -> null;
          };
      if (m != null) {
        result.add(m);
      }
    }
    return result;
  }

  private static List<Path> scripts(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.teracage.compiler.facade;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.model.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds modules the way the plugin does, into a directory: generated class and image beside each
 * other, facade sources and test drivers compiled with {@code javac} ({@code -Xlint:all -Werror}),
 * then loaded by a fresh class loader.
 */
final class GeneratedSources {
  private final Path classes;
  private final Path sources;
  private final List<Path> facades = new ArrayList<>();
  private final List<Path> drivers = new ArrayList<>();

  GeneratedSources(Path dir) throws IOException {
    this.classes = Files.createDirectories(dir.resolve("classes"));
    this.sources = Files.createDirectories(dir.resolve("sources"));
  }

  /** Compiles a WAT module with a facade; returns the facade source. */
  String module(String wat, FacadeSpec spec) throws IOException {
    Module module = ModuleReader.read(wat.getBytes(StandardCharsets.UTF_8), spec.sourceName());
    Compilation c = Compiler.compile(module, spec.codeClassName());
    Path classFile = classes.resolve(spec.codeClassName().replace('.', '/') + ".class");
    Files.createDirectories(classFile.getParent());
    Files.write(classFile, c.classBytes());
    String resource =
        spec.imageResource() != null
            ? spec.imageResource()
            : dev.teracage.runtime.Instance.imageResourceName(spec.codeClassName());
    Files.write(classFile.resolveSibling(resource), c.image());
    String source = FacadeGenerator.generate(module, spec);
    facades.add(write(spec.sourcePath(), source));
    return source;
  }

  /** Adds a Java source file using the facades. */
  void source(String path, String text) throws IOException {
    drivers.add(write(path, text));
  }

  private Path write(String path, String text) throws IOException {
    Path file = sources.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /**
   * Compiles the facades (every lint and doclint check on their public API, warnings are errors),
   * then the drivers, and returns a loader of the results.
   */
  ClassLoader compile() throws IOException {
    javac(facades, "-Xdoclint:all/protected");
    if (!drivers.isEmpty()) {
      javac(drivers, "-Xdoclint:none");
    }
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, GeneratedSources.class.getClassLoader());
  }

  private void javac(List<Path> files, String doclint) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-Xlint:all",
            "-Werror",
            doclint,
            "-d",
            classes.toString(),
            "-cp",
            classes + java.io.File.pathSeparator + System.getProperty("java.class.path")));
    for (Path f : files) {
      args.add(f.toString());
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status = javac.run(null, log, log, args.toArray(String[]::new));
    assertTrue(status == 0, "javac failed:\n" + log + sourcesText());
  }

  private String sourcesText() throws IOException {
    StringBuilder sb = new StringBuilder();
    List<Path> all = new ArrayList<>(facades);
    all.addAll(drivers);
    for (Path f : all) {
      sb.append("==== ").append(f.getFileName()).append('\n').append(Files.readString(f));
    }
    return sb.toString();
  }

  /** Runs {@code static String run()} of a compiled driver class. */
  static String run(ClassLoader loader, String className) throws Exception {
    return (String) loader.loadClass(className).getMethod("run").invoke(null);
  }
}

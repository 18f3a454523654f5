package dev.teracage.compiler.build;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.CompileOptions;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.Initialization;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.facade.FacadeGenerator;
import dev.teracage.compiler.facade.FacadeSpec;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.Instance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds module files into a project's outputs: the generated class and image into the classes
 * directory (in the facade's package), the facade source into the generated sources directory, and
 * a stamp into the state directory. A module whose stamp matches its inputs, and whose outputs all
 * exist, is skipped. Instances hold no mutable state; one can build many modules, from several
 * threads when the modules differ.
 *
 * <p>The stamp holds a SHA-256 of the producer (the plugin's version), the file's relative path,
 * its settings, the base package and the file's bytes, and the outputs it wrote: outputs a change
 * of settings renames, and outputs of removed modules ({@link #removeStale}), are deleted. Outputs
 * hold no time stamps and no absolute paths, so equal inputs give equal bytes.
 */
public final class ModuleBuild {
  private final Path classesDirectory;
  private final Path sourcesDirectory;
  private final Path stampDirectory;
  private final String basePackage;
  private final String producer;

  /**
   * Creates a builder.
   *
   * @param classesDirectory where generated classes and images go
   * @param sourcesDirectory where facade sources go
   * @param stateDirectory where stamps go
   * @param basePackage the package of modules at the source directory's root, possibly empty
   * @param producer what produces the outputs, such as the plugin's version; a change rebuilds all
   * @throws SettingsException if the base package is not a package name
   */
  public ModuleBuild(
      Path classesDirectory,
      Path sourcesDirectory,
      Path stateDirectory,
      String basePackage,
      String producer) {
    if (!dev.teracage.compiler.facade.JavaNames.isPackageName(basePackage)) {
      throw new SettingsException(
          "basePackage",
          basePackage,
          "not a Java package name; use dot-separated Java identifiers, such as com.acme.wasm");
    }
    this.classesDirectory = classesDirectory;
    this.sourcesDirectory = sourcesDirectory;
    this.stampDirectory = stateDirectory.resolve("stamps");
    this.basePackage = basePackage;
    this.producer = producer;
  }

  /**
   * Returns the facade names of a module file.
   *
   * @param relativePath the file below the source directory, {@code /}-separated
   * @param settings its settings
   * @return the names
   */
  public FacadeSpec spec(String relativePath, ModuleSettings settings) {
    return settings.facadeSpec(relativePath, basePackage);
  }

  /**
   * Builds one module, unless it is up to date.
   *
   * @param file the module file
   * @param relativePath its path below the source directory, {@code /}-separated
   * @param displayName how errors name the file, such as {@code src/main/wasm/hello.wat}
   * @param settings its settings, already checked
   * @return what was done
   * @throws IOException if a file cannot be read or written
   * @throws dev.teracage.compiler.ModuleException if the module is malformed, invalid or cannot be
   *     compiled; its message names the file and the place
   * @throws SettingsException if the settings do not fit the module (a memory limit below a
   *     memory's minimum)
   */
  public ModuleResult build(
      Path file, String relativePath, String displayName, ModuleSettings settings)
      throws IOException {
    long start = System.nanoTime();
    FacadeSpec spec = spec(relativePath, settings);
    byte[] bytes = Files.readAllBytes(file);
    String key = key(relativePath, settings, bytes);
    Path stamp = stamp(relativePath);
    List<Path> outputs = outputs(spec);
    Stamp previous = Stamp.read(stamp);
    if (previous != null
        && previous.key().equals(key)
        && previous.outputs().size() >= outputs.size()
        && previous.outputs().subList(0, outputs.size()).equals(outputs)
        && previous.outputs().stream().allMatch(Files::isRegularFile)) {
      return new ModuleResult(relativePath, spec, true, 0, 0, 0, millisSince(start));
    }
    // Until this build succeeds, the stamp matches no input but still tracks every output.
    List<Path> tracked = new ArrayList<>(outputs);
    if (previous != null) {
      previous.outputs().stream().filter(p -> !outputs.contains(p)).forEach(tracked::add);
    }
    new Stamp(Stamp.NONE, tracked).write(stamp);
    Module module = ModuleReader.read(bytes, displayName);
    settings.checkAgainst(module);
    CompileOptions options =
        settings.initializer() == null
            ? CompileOptions.DEFAULT
            : CompileOptions.DEFAULT.withInitialization(Initialization.of(settings.initializer()));
    Compilation compilation = Compiler.compile(module, spec.codeClassName(), options);
    // Companion classes (modules with more functions than one class holds) go beside the class.
    List<Path> written = new ArrayList<>(outputs);
    for (String companion : compilation.companionClasses().keySet()) {
      written.add(
          outputs
              .get(0)
              .resolveSibling(companion.substring(companion.lastIndexOf('.') + 1) + ".class"));
    }
    for (Path old : tracked) {
      if (!written.contains(old)) {
        Files.deleteIfExists(old);
      }
    }
    write(outputs.get(0), compilation.classBytes());
    int c = outputs.size();
    for (byte[] companion : compilation.companionClasses().values()) {
      write(written.get(c++), companion);
    }
    write(outputs.get(1), compilation.image());
    write(outputs.get(2), FacadeGenerator.generate(module, spec).getBytes(StandardCharsets.UTF_8));
    new Stamp(key, written).write(stamp);
    return new ModuleResult(
        relativePath,
        spec,
        false,
        module.functions().size(),
        compilation.classBytes().length,
        compilation.image().length,
        millisSince(start));
  }

  /**
   * Returns the files a module's build writes: class, image, facade source.
   *
   * @param spec the module's names
   * @return the three paths
   */
  public List<Path> outputs(FacadeSpec spec) {
    String packagePath = spec.packageName().replace('.', '/');
    Path packageDir =
        packagePath.isEmpty() ? classesDirectory : classesDirectory.resolve(packagePath);
    String codeSimple = spec.codeClassName().substring(spec.codeClassName().lastIndexOf('.') + 1);
    String image =
        spec.imageResource() == null
            ? Instance.imageResourceName(spec.codeClassName())
            : spec.imageResource();
    Path imagePath =
        image.startsWith("/")
            ? classesDirectory.resolve(image.substring(1))
            : packageDir.resolve(image);
    return List.of(
        packageDir.resolve(codeSimple + ".class"),
        imagePath,
        sourcesDirectory.resolve(spec.sourcePath()));
  }

  private String key(String relativePath, ModuleSettings settings, byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head =
          producer
              + "\n"
              + relativePath
              + "\n"
              + basePackage
              + "\n"
              + settings.fingerprint()
              + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Path stamp(String relativePath) {
    return stampDirectory.resolve(relativePath + Stamp.SUFFIX);
  }

  /**
   * Deletes the outputs and stamps of modules built before whose files are gone (or no longer
   * selected), so that a removed module leaves no class, image or facade behind.
   *
   * @param current the module files of this build, {@code /}-separated below the source directory
   * @return the relative paths of the modules whose outputs were removed, sorted
   * @throws IOException if a stamp cannot be read or a file deleted
   */
  public List<String> removeStale(Collection<String> current) throws IOException {
    if (!Files.isDirectory(stampDirectory)) {
      return List.of();
    }
    Set<String> keep = new HashSet<>(current);
    List<String> removed = new ArrayList<>();
    List<Path> stamps;
    try (Stream<Path> walk = Files.walk(stampDirectory)) {
      stamps = walk.filter(p -> p.toString().endsWith(Stamp.SUFFIX)).sorted().toList();
    }
    for (Path stamp : stamps) {
      String name = stampDirectory.relativize(stamp).toString().replace('\\', '/');
      String relative = name.substring(0, name.length() - Stamp.SUFFIX.length());
      if (keep.contains(relative)) {
        continue;
      }
      Stamp old = Stamp.read(stamp);
      if (old != null) {
        for (Path output : old.outputs()) {
          Files.deleteIfExists(output);
        }
      }
      Files.delete(stamp);
      removed.add(relative);
    }
    return removed;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}

package dev.teracage.maven;

import dev.teracage.compiler.InitializerException;
import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.build.ModuleBuild;
import dev.teracage.compiler.build.ModuleResult;
import dev.teracage.compiler.build.ModuleSettings;
import dev.teracage.compiler.build.SettingsException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compiles the project's WebAssembly modules ({@code .wasm} binary and {@code .wat} text files in
 * {@code src/main/wasm}) into JVM classes and module images in {@code target/classes}, and
 * generates a typed Java facade per module, compiled by the project's own {@code javac} step.
 * Dependencies of type {@code wasm} are modules too (facade {@code <groupId>.<ArtifactId>} by
 * default; configure one with a {@code <module>} whose {@code <path>} is {@code
 * groupId:artifactId}). A module whose file, settings and plugin version did not change since the
 * last build is skipped; the outputs of a module whose file is gone are deleted.
 */
@Mojo(
    name = "compile",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class CompileMojo extends AbstractMojo {
  /** Where the module files are. */
  @Parameter(
      property = "teracage.sourceDirectory",
      defaultValue = "${project.basedir}/src/main/wasm")
  private File sourceDirectory;

  /**
   * Which files of the source directory are modules, as Ant-style patterns. Default: {@code
   * **&#47;*.wasm} and {@code **&#47;*.wat}.
   */
  @Parameter private List<String> includes;

  /** Which files of the source directory to leave out, as Ant-style patterns. Default: none. */
  @Parameter private List<String> excludes;

  /** Where the generated classes and the images go. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File outputDirectory;

  /** Where the facade sources go; added to the project's compile source roots. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/teracage",
      required = true)
  private File generatedSourcesDirectory;

  /** Where the up-to-date stamps go. */
  @Parameter(defaultValue = "${project.build.directory}/teracage", required = true)
  private File stateDirectory;

  /**
   * The Java package of modules at the root of the source directory; a module in a subdirectory
   * gets this package followed by its directories. Default: none (the directories alone, and the
   * unnamed package at the root).
   */
  @Parameter(property = "teracage.basePackage", defaultValue = "")
  private String basePackage;

  /**
   * Settings for particular modules, one {@code <module>} element each; every element but {@code
   * path} is optional and falls back to its convention. Default: none.
   *
   * <ul>
   *   <li>{@code path}: the module file, relative to the source directory, with {@code /}
   *       separators; required, and must be a file the includes and excludes select.
   *   <li>{@code packageName}: the Java package of the facade and the generated class. Default: the
   *       base package followed by the file's directories.
   *   <li>{@code className}: the facade's simple name. Default: the file name without extension in
   *       upper camel case ({@code my-lib.wasm} gives {@code MyLib}); the generated class is this
   *       name plus {@code Wasm}.
   *   <li>{@code imageResource}: the image's resource name, relative to the package (or absolute,
   *       starting with {@code /}). Default: the generated class's simple name plus {@code .tcimg}.
   *   <li>{@code memoryLimitPages}: the most 64 KiB pages any memory of an instance may have (0 to
   *       65536), enforced when the facade loads an instance and on {@code memory.grow}. Default:
   *       no limit beyond the module's.
   *   <li>{@code initializer}: pre-initialization; an exported function without parameters or
   *       results that the build calls, shipping the state it leaves in the image. It may not call
   *       imports. Default: none.
   * </ul>
   */
  @Parameter private List<ModuleConfig> modules;

  /** Skips the goal. */
  @Parameter(property = "teracage.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  /** Creates the goal; Maven sets its parameters. */
  public CompileMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Teracage compile skipped (skip=true)");
      return;
    }
    Map<String, DependencyModules.Module> dependencies =
        DependencyModules.find(project.getArtifacts());
    if (!sourceDirectory.isDirectory() && dependencies.isEmpty()) {
      getLog().info("No WebAssembly modules: " + sourceDirectory + " does not exist");
      return;
    }
    List<String> files =
        sourceDirectory.isDirectory()
            ? ModuleScanner.scan(sourceDirectory, includes, excludes)
            : List.of();
    Map<String, ModuleSettings> dependencyDefaults = new java.util.LinkedHashMap<>();
    dependencies.forEach((key, module) -> dependencyDefaults.put(key, module.defaults()));
    ModuleBuild build;
    Map<String, ModuleSettings> settings;
    try {
      build =
          new ModuleBuild(
              outputDirectory.toPath(),
              generatedSourcesDirectory.toPath(),
              stateDirectory.toPath(),
              basePackage == null ? "" : basePackage.strip(),
              Producer.of(plugin));
      settings = ModuleScanner.settings(files, dependencyDefaults, modules, build, sourceDirectory);
    } catch (SettingsException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    project.addCompileSourceRoot(generatedSourcesDirectory.getPath());
    int compiled = 0;
    List<String> all = new java.util.ArrayList<>(files);
    all.addAll(dependencies.keySet());
    for (String key : all) {
      DependencyModules.Module dependency = dependencies.get(key);
      File file = dependency != null ? dependency.file() : new File(sourceDirectory, key);
      String name = dependency != null ? dependency.displayName() : displayName(file);
      ModuleResult result;
      try {
        result = build.build(file.toPath(), key, name, settings.get(key));
      } catch (InitializerException e) {
        throw new MojoFailureException(name + ": " + e.getMessage(), e);
      } catch (ModuleException e) {
        throw new MojoFailureException(e.getMessage(), e);
      } catch (SettingsException e) {
        throw new MojoFailureException(name + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot build " + name + ": " + e, e);
      }
      getLog().info(result.describe());
      compiled += result.upToDate() ? 0 : 1;
    }
    try {
      for (String gone : build.removeStale(all)) {
        getLog().info(gone + ": module removed, its class, image and facade deleted");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot remove outputs of removed modules: " + e, e);
    }
    getLog().info(summary(all.size(), compiled));
  }

  static String summary(int total, int compiled) {
    if (total == 0) {
      return "No WebAssembly modules selected";
    }
    if (compiled == 0) {
      return "Nothing to compile: " + total + (total == 1 ? " module" : " modules") + " up to date";
    }
    return "Compiled " + compiled + " of " + total + (total == 1 ? " module" : " modules");
  }

  private String displayName(File file) {
    File base = project.getBasedir();
    if (base != null && file.toPath().startsWith(base.toPath())) {
      return base.toPath().relativize(file.toPath()).toString().replace(File.separatorChar, '/');
    }
    return file.getPath();
  }
}

package dev.teracage.maven;

import dev.teracage.compiler.Compilation;
import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.inspect.ModuleReport;
import dev.teracage.compiler.model.Module;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what a module imports and exports (with WebAssembly types), the size of its compiled code
 * and image, and the layout of its instance arena: {@code mvn teracage:inspect} for every module of
 * the project, or {@code -Dteracage.module=FILE} for one file. Writes nothing.
 */
@Mojo(name = "inspect", threadSafe = true)
public class InspectMojo extends AbstractMojo {
  /** Where the project's module files are. */
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

  /**
   * One module file to inspect instead of the project's modules: absolute, or relative to the
   * project's directory. Default: none.
   */
  @Parameter(property = "teracage.module")
  private File module;

  /** Creates the goal; Maven sets its parameters. */
  public InspectMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<File> files = new ArrayList<>();
    if (module != null) {
      if (!module.isFile()) {
        throw new MojoFailureException(
            "<module> '" + module + "': no such file; give a .wasm or .wat file");
      }
      files.add(module);
    } else if (sourceDirectory.isDirectory()) {
      for (String relative : ModuleScanner.scan(sourceDirectory, includes, excludes)) {
        files.add(new File(sourceDirectory, relative));
      }
    }
    if (files.isEmpty()) {
      getLog().info("No WebAssembly modules in " + sourceDirectory);
    }
    for (File file : files) {
      inspect(file);
    }
  }

  private void inspect(File file) throws MojoExecutionException, MojoFailureException {
    Module parsed;
    try {
      parsed = ModuleReader.read(Files.readAllBytes(file.toPath()), file.getPath());
      Compilation compilation = Compiler.compile(parsed, "inspect.Module");
      getLog().info(file.getPath());
      for (String line : ModuleReport.describe(parsed, compilation)) {
        getLog().info("  " + line);
      }
    } catch (ModuleException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + file + ": " + e, e);
    }
  }
}

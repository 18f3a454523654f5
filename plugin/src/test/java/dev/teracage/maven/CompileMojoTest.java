package dev.teracage.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The {@code compile} goal on small projects written to {@code target/mojo-project} before each
 * test: the pom (with the test's {@link Configuration}) and the module files.
 */
@MojoTest
class CompileMojoTest {

  static final Path PROJECT = TestProject.DIR;
  static final String BASEDIR = "target/mojo-project";

  static final String ADD =
      """
      (module (func (export "add") (param i32 i32) (result i32)
        (i32.add (local.get 0) (local.get 1))))
      """;

  /** The plugin configuration of a test's pom. */
  @Retention(RetentionPolicy.RUNTIME)
  @interface Configuration {
    String value();
  }

  @BeforeEach
  void writeProject(TestInfo test) throws IOException {
    TestProject.reset(
        test.getTestMethod()
            .map(m -> m.getAnnotation(Configuration.class))
            .map(Configuration::value)
            .orElse(""));
  }

  static void module(String relative, String text) throws IOException {
    TestProject.module(relative, text);
  }

  static TestProject.Lines run(org.apache.maven.plugin.Mojo mojo) throws Exception {
    return TestProject.run(mojo);
  }

  static Path classes() {
    return PROJECT.resolve("target/classes");
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  void compilesEveryModuleByConventionThenSkipsUnchangedOnes(CompileMojo mojo) throws Exception {
    MavenProject project = MojoExtension.getVariableValueFromObject(mojo, "project");
    module("hello.wat", ADD);
    module("com/acme/my-lib.wat", ADD);
    module("notes.txt", "not a module");
    TestProject.Lines first = run(mojo);
    assertEquals(3, first.info.size(), first.info.toString());
    assertTrue(
        first
            .info
            .get(0)
            .matches(
                "com/acme/my-lib\\.wat: 1 function, code [\\d,]+ bytes, image [\\d,]+ bytes, \\d+ ms -> com\\.acme\\.MyLib"),
        first.info.get(0));
    assertTrue(first.info.get(1).startsWith("hello.wat: 1 function, "), first.info.get(1));
    assertEquals("Compiled 2 of 2 modules", first.info.get(2));
    assertTrue(Files.isRegularFile(classes().resolve("HelloWasm.class")));
    assertTrue(Files.isRegularFile(classes().resolve("HelloWasm.tcimg")));
    assertTrue(Files.isRegularFile(classes().resolve("com/acme/MyLibWasm.tcimg")));
    Path sources = PROJECT.resolve("target/generated-sources/teracage");
    assertTrue(Files.isRegularFile(sources.resolve("com/acme/MyLib.java")));
    assertTrue(
        project.getCompileSourceRoots().contains(sources.toAbsolutePath().toString()),
        project.getCompileSourceRoots().toString());

    TestProject.Lines second = run(mojo);
    assertEquals(
        List.of(
            "com/acme/my-lib.wat: up to date, skipped (com.acme.MyLib)",
            "hello.wat: up to date, skipped (Hello)",
            "Nothing to compile: 2 modules up to date"),
        second.info);

    module("hello.wat", ADD.replace("i32.add", "i32.sub"));
    TestProject.Lines third = run(mojo);
    assertTrue(third.info.get(0).contains("up to date"), third.info.toString());
    assertTrue(third.info.get(1).startsWith("hello.wat: 1 function"), third.info.toString());
    assertEquals("Compiled 1 of 2 modules", third.info.get(2));
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  void aRemovedModuleLeavesNothingBehind(CompileMojo mojo) throws Exception {
    module("keep.wat", ADD);
    module("gone.wat", ADD);
    run(mojo);
    assertTrue(Files.isRegularFile(classes().resolve("GoneWasm.class")));
    Files.delete(PROJECT.resolve("src/main/wasm/gone.wat"));
    TestProject.Lines lines = run(mojo);
    assertEquals(
        List.of(
            "keep.wat: up to date, skipped (Keep)",
            "gone.wat: module removed, its class, image and facade deleted",
            "Nothing to compile: 1 module up to date"),
        lines.info);
    assertFalse(Files.exists(classes().resolve("GoneWasm.class")));
    assertFalse(Files.exists(classes().resolve("GoneWasm.tcimg")));
    assertFalse(Files.exists(PROJECT.resolve("target/generated-sources/teracage/Gone.java")));
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  void anInvalidModuleFailsWithFilePlaceFunctionAndReason(CompileMojo mojo) throws Exception {
    module("bad.wat", "(module\n  (func $f (result i32)\n    (i64.const 1)))\n");
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(mojo));
    assertTrue(
        e.getMessage().matches("src/main/wasm/bad\\.wat:3:\\d+: func\\[0] \"f\".*"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(": type mismatch"), e.getMessage());
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  void aMalformedBinaryFailsWithTheOffset(CompileMojo mojo) throws Exception {
    Path file = PROJECT.resolve("src/main/wasm/short.wasm");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5});
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(mojo));
    assertTrue(e.getMessage().startsWith("src/main/wasm/short.wasm at offset 0x"), e.getMessage());
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  @Configuration(
      """
      <includes><include>**/*.wat</include></includes>
      <excludes><exclude>skip/**</exclude></excludes>
      <basePackage>org.base</basePackage>
      <modules>
        <module>
          <path>calc.wat</path>
          <packageName>com.acme.math</packageName>
          <className>Calculator</className>
          <imageResource>calc.img</imageResource>
          <memoryLimitPages>2</memoryLimitPages>
        </module>
      </modules>
      """)
  void perModuleSettingsAndPatterns(CompileMojo mojo) throws Exception {
    module("calc.wat", ADD);
    module("x/y.wat", ADD);
    module("skip/z.wat", ADD);
    TestProject.Lines lines = run(mojo);
    assertEquals(3, lines.info.size(), lines.info.toString());
    assertTrue(Files.isRegularFile(classes().resolve("com/acme/math/CalculatorWasm.class")));
    assertTrue(Files.isRegularFile(classes().resolve("com/acme/math/calc.img")));
    assertTrue(Files.isRegularFile(classes().resolve("org/base/x/YWasm.class")));
    assertFalse(Files.exists(classes().resolve("org/base/skip")));
    String facade =
        Files.readString(
            PROJECT.resolve("target/generated-sources/teracage/com/acme/math/Calculator.java"));
    assertTrue(facade.contains("new dev.teracage.runtime.InstanceLimits(2L,"), facade);
    assertTrue(facade.contains("\"calc.img\","), facade);
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  @Configuration(
      """
      <modules>
        <module><path>hello.wat</path></module>
        <module><path>missing.wat</path></module>
      </modules>
      """)
  void aModuleSettingForNoFileNamesTheElement(CompileMojo mojo) throws Exception {
    module("hello.wat", ADD);
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(mojo));
    assertTrue(
        e.getMessage().startsWith("<modules/module[2]/path> 'missing.wat': no such module file"),
        e.getMessage());
    assertFalse(Files.exists(classes()));
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  @Configuration(
      """
      <modules>
        <module><path>hello.wat</path><packageName>com.acme-corp</packageName></module>
      </modules>
      """)
  void aBadPackageNameNamesTheElementAndValue(CompileMojo mojo) throws Exception {
    module("hello.wat", ADD);
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(mojo));
    assertTrue(
        e.getMessage()
            .startsWith("<modules/module[1]/packageName> 'com.acme-corp': not a Java package name"),
        e.getMessage());
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  void twoModulesForOneClassAreRefused(CompileMojo mojo) throws Exception {
    module("my-lib.wat", ADD);
    module("my_lib.wat", ADD);
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(mojo));
    assertTrue(
        e.getMessage().contains("gives the same facade class MyLib as my-lib.wat"), e.getMessage());
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  @MojoParameter(name = "skip", value = "true")
  void skipDoesNothing(CompileMojo mojo) throws Exception {
    module("hello.wat", ADD);
    assertEquals(List.of("Teracage compile skipped (skip=true)"), run(mojo).info);
    assertFalse(Files.exists(classes()));
  }

  @Test
  @Basedir(BASEDIR)
  @InjectMojo(goal = "compile", pom = "pom.xml")
  void noSourceDirectoryIsNoError(CompileMojo mojo) throws Exception {
    TestProject.Lines lines = run(mojo);
    assertEquals(1, lines.info.size());
    assertTrue(lines.info.get(0).startsWith("No WebAssembly modules: "), lines.info.toString());
  }
}

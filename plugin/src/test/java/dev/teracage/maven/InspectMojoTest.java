package dev.teracage.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MojoTest
class InspectMojoTest {
  @BeforeEach
  void writeProject() throws IOException {
    TestProject.reset("");
    TestProject.module(
        "a/calc.wat",
        """
        (module (import "env" "log" (func (param i32)))
          (func (export "add") (param i32 i32) (result i32)
            (i32.add (local.get 0) (local.get 1))))
        """);
  }

  @Test
  @Basedir("target/mojo-project")
  @InjectMojo(goal = "inspect", pom = "pom.xml")
  void printsEveryModuleAndWritesNothing(InspectMojo mojo) throws Exception {
    List<String> info = TestProject.run(mojo).info;
    assertTrue(info.get(0).endsWith("calc.wat"), info.toString());
    assertEquals("  imports (1)", info.get(1));
    assertEquals("    func    env.log              (func (param i32))", info.get(2));
    assertEquals("  exports (1)", info.get(3));
    assertEquals(
        "    func    add                  (func (param i32 i32) (result i32))", info.get(4));
    assertTrue(info.get(5).startsWith("  code: 2 functions (1 imported), class "), info.get(5));
    assertFalse(Files.exists(TestProject.DIR.resolve("target")));
  }

  @Test
  @Basedir("target/mojo-project")
  @InjectMojo(goal = "inspect", pom = "pom.xml")
  @MojoParameter(name = "module", value = "target/mojo-project/nothing.wat")
  void aMissingFileIsNamed(InspectMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> TestProject.run(mojo));
    assertTrue(e.getMessage().startsWith("<module> '"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing.wat': no such file"), e.getMessage());
  }
}

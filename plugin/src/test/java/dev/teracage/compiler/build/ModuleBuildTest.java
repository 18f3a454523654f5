package dev.teracage.compiler.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.InvalidException;
import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.facade.FacadeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleBuildTest {
  static final String ADD =
      """
      (module (func (export "add") (param i32 i32) (result i32)
        (i32.add (local.get 0) (local.get 1))))
      """;

  @TempDir Path dir;

  private ModuleBuild build(Path root, String producer) {
    return new ModuleBuild(
        root.resolve("classes"), root.resolve("sources"), root.resolve("state"), "", producer);
  }

  private Path module(String relative, String text) throws IOException {
    Path file = dir.resolve("src").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void writesClassImageAndFacadeInThePackageOfTheDirectory() throws IOException {
    Path file = module("com/acme/my-math.wat", ADD);
    ModuleBuild build = build(dir.resolve("out"), "p1");
    ModuleResult r =
        build.build(
            file, "com/acme/my-math.wat", "src/com/acme/my-math.wat", ModuleSettings.DEFAULT);
    assertFalse(r.upToDate());
    assertEquals("com.acme.MyMath", r.spec().qualifiedName());
    assertEquals(1, r.functionCount());
    Path out = dir.resolve("out");
    assertTrue(Files.isRegularFile(out.resolve("classes/com/acme/MyMathWasm.class")));
    assertEquals(r.imageSize(), Files.size(out.resolve("classes/com/acme/MyMathWasm.tcimg")));
    assertEquals(r.classSize(), Files.size(out.resolve("classes/com/acme/MyMathWasm.class")));
    assertTrue(
        Files.readString(out.resolve("sources/com/acme/MyMath.java")).contains("public int add("));
    assertTrue(
        r.describe()
            .matches(
                "com/acme/my-math\\.wat: 1 function, code [0-9,]+ bytes, image [0-9,]+ bytes, \\d+ ms -> com\\.acme\\.MyMath"),
        r.describe());
  }

  @Test
  void anUnchangedModuleIsSkippedAndAnyChangeRebuildsIt() throws IOException {
    Path file = module("add.wat", ADD);
    Path out = dir.resolve("out");
    assertFalse(
        build(out, "p1").build(file, "add.wat", "add.wat", ModuleSettings.DEFAULT).upToDate());
    ModuleResult again = build(out, "p1").build(file, "add.wat", "add.wat", ModuleSettings.DEFAULT);
    assertTrue(again.upToDate());
    assertEquals("add.wat: up to date, skipped (Add)", again.describe());
    // another plugin version
    assertFalse(
        build(out, "p2").build(file, "add.wat", "add.wat", ModuleSettings.DEFAULT).upToDate());
    // other settings
    ModuleSettings limited = new ModuleSettings(null, null, null, 4, "modules/module[1]");
    assertFalse(build(out, "p2").build(file, "add.wat", "add.wat", limited).upToDate());
    assertTrue(build(out, "p2").build(file, "add.wat", "add.wat", limited).upToDate());
    // other bytes
    Files.writeString(file, ADD + " ");
    assertFalse(build(out, "p2").build(file, "add.wat", "add.wat", limited).upToDate());
    // a missing output
    Files.delete(out.resolve("classes/AddWasm.tcimg"));
    assertFalse(build(out, "p2").build(file, "add.wat", "add.wat", limited).upToDate());
    assertTrue(Files.isRegularFile(out.resolve("classes/AddWasm.tcimg")));
  }

  @Test
  void renamedAndRemovedModulesLeaveNoOutputsBehind() throws IOException {
    Path file = module("calc.wat", ADD);
    Path out = dir.resolve("out");
    ModuleBuild build = build(out, "p");
    List<Path> first = build.outputs(build.spec("calc.wat", ModuleSettings.DEFAULT));
    build.build(file, "calc.wat", "calc.wat", ModuleSettings.DEFAULT);
    ModuleSettings renamed = new ModuleSettings("x", "Calculator", null, -1, "modules/module[1]");
    build.build(file, "calc.wat", "calc.wat", renamed);
    List<Path> second = build.outputs(build.spec("calc.wat", renamed));
    for (int i = 0; i < first.size(); i++) {
      assertFalse(Files.exists(first.get(i)), first.get(i).toString());
      assertTrue(Files.isRegularFile(second.get(i)), second.get(i).toString());
    }
    Path other = module("other.wat", ADD);
    build.build(other, "other.wat", "other.wat", ModuleSettings.DEFAULT);
    assertEquals(List.of("calc.wat"), build.removeStale(List.of("other.wat")));
    second.forEach(p -> assertFalse(Files.exists(p), p.toString()));
    assertTrue(Files.isRegularFile(out.resolve("classes/OtherWasm.class")));
    assertEquals(List.of(), build.removeStale(List.of("other.wat")));
  }

  @Test
  void aFailedRebuildKeepsTrackOfTheOldOutputs() throws IOException {
    Path file = module("calc.wat", ADD);
    Path out = dir.resolve("out");
    ModuleBuild build = build(out, "p");
    build.build(file, "calc.wat", "calc.wat", ModuleSettings.DEFAULT);
    Files.writeString(file, "(module (func (result i32)))");
    assertThrows(
        InvalidException.class,
        () -> build.build(file, "calc.wat", "calc.wat", ModuleSettings.DEFAULT));
    Files.writeString(file, ADD);
    assertFalse(build.build(file, "calc.wat", "calc.wat", ModuleSettings.DEFAULT).upToDate());
    assertEquals(List.of("calc.wat"), build.removeStale(List.of()));
    assertFalse(Files.exists(out.resolve("classes/CalcWasm.class")));
    assertFalse(Files.exists(out.resolve("sources/Calc.java")));
  }

  @Test
  void twoBuildsGiveTheSameBytes() throws IOException {
    Path file = module("x/y/add.wat", ADD);
    ModuleBuild first = build(dir.resolve("one"), "p");
    ModuleBuild second = build(dir.resolve("two"), "p");
    FacadeSpec spec = first.spec("x/y/add.wat", ModuleSettings.DEFAULT);
    first.build(file, "x/y/add.wat", "x/y/add.wat", ModuleSettings.DEFAULT);
    second.build(file, "x/y/add.wat", "x/y/add.wat", ModuleSettings.DEFAULT);
    List<Path> a = first.outputs(spec);
    List<Path> b = second.outputs(spec);
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(
          Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
      assertFalse(
          Files.readString(a.get(i), java.nio.charset.StandardCharsets.ISO_8859_1)
              .contains(dir.toString()));
    }
  }

  @Test
  void errorsNameTheFileThePlaceAndTheReason() throws IOException {
    Path bad = module("bad.wat", "(module\n  (func (result i32)\n    (i64.const 1)))\n");
    ModuleBuild build = build(dir.resolve("out"), "p");
    InvalidException invalid =
        assertThrows(
            InvalidException.class,
            () -> build.build(bad, "bad.wat", "src/main/wasm/bad.wat", ModuleSettings.DEFAULT));
    assertTrue(invalid.getMessage().startsWith("src/main/wasm/bad.wat:"), invalid.getMessage());
    assertTrue(invalid.getMessage().contains("func[0]"), invalid.getMessage());
    assertTrue(invalid.getMessage().endsWith("type mismatch"), invalid.getMessage());
    Path truncated = dir.resolve("short.wasm");
    Files.write(truncated, new byte[] {0, 'a', 's', 'm', 1, 0, 0});
    MalformedException malformed =
        assertThrows(
            MalformedException.class,
            () -> build.build(truncated, "short.wasm", "short.wasm", ModuleSettings.DEFAULT));
    assertTrue(
        malformed.getMessage().startsWith("short.wasm at offset 0x"), malformed.getMessage());
    assertEquals("-", Files.readAllLines(dir.resolve("out/state/stamps/short.wasm.sha256")).get(0));
  }

  @Test
  void settingsNameTheElementAndValue() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> new ModuleSettings("com.1acme", null, null, -1, "modules/module[2]").check());
    assertEquals("modules/module[2]/packageName", e.element());
    assertEquals("com.1acme", e.value());
    assertTrue(
        e.getMessage()
            .startsWith("<modules/module[2]/packageName> 'com.1acme': not a Java package name"));
    assertEquals(
        "modules/module[1]/memoryLimitPages",
        assertThrows(
                SettingsException.class,
                () -> new ModuleSettings(null, null, null, 65537, "modules/module[1]").check())
            .element());
    assertEquals(
        "modules/module[1]/className",
        assertThrows(
                SettingsException.class,
                () -> new ModuleSettings(null, "a.B", null, -1, "modules/module[1]").check())
            .element());
    assertEquals(
        "basePackage",
        assertThrows(SettingsException.class, () -> new ModuleBuild(dir, dir, dir, "a..b", "p"))
            .element());
  }

  @Test
  void aMemoryLimitBelowTheModulesMinimumIsASettingsError() throws IOException {
    Path file = module("mem.wat", "(module (memory 3))");
    ModuleBuild build = build(dir.resolve("out"), "p");
    ModuleSettings low = new ModuleSettings(null, null, null, 2, "modules/module[1]");
    SettingsException e =
        assertThrows(SettingsException.class, () -> build.build(file, "mem.wat", "mem.wat", low));
    assertEquals("modules/module[1]/memoryLimitPages", e.element());
    assertTrue(
        e.getMessage().endsWith("below the minimum of memory 0 (3 pages); raise it to at least 3"),
        e.getMessage());
    assertFalse(
        build
            .build(file, "mem.wat", "mem.wat", new ModuleSettings(null, null, null, 3, "m"))
            .upToDate());
    assertEquals(
        "modules/module[1]/imageResource",
        assertThrows(
                SettingsException.class,
                () -> new ModuleSettings(null, null, "../x.img", -1, "modules/module[1]").check())
            .element());
  }

  @Test
  void settingsOverrideTheConventions() {
    ModuleBuild build = new ModuleBuild(dir, dir, dir, "org.base", "p");
    assertEquals(
        "org.base.my_lib.v2.Hello",
        build.spec("my-lib/v2/hello.wasm", ModuleSettings.DEFAULT).qualifiedName());
    assertEquals(
        "org.base._2d.Class", build.spec("2d/class.wat", ModuleSettings.DEFAULT).qualifiedName());
    ModuleSettings s = new ModuleSettings("com.acme", "Calc", "calc.img", 10, "modules/module[1]");
    FacadeSpec spec = build.spec("x/add.wat", s);
    assertEquals("com.acme.Calc", spec.qualifiedName());
    assertEquals("com.acme.CalcWasm", spec.codeClassName());
    assertEquals(dir.resolve("com/acme/calc.img"), build.outputs(spec).get(1));
    assertEquals(10, spec.memoryLimitPages());
  }
}

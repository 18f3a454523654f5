package dev.teracage.compiler.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.Compiler;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.compiler.model.Module;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleReportTest {
  @Test
  void listsImportsExportsCodeAndArena() {
    Module module =
        ModuleReader.read(
            """
            (module
              (import "env" "print" (func (param i32 i32)))
              (import "env" "base" (global i64))
              (memory (export "mem") 1 2)
              (table (export "tab") 3 funcref)
              (global (export "count") (mut i32) (i32.const 0))
              (func (export "add") (param i32 i32) (result i32)
                (i32.add (local.get 0) (local.get 1))))
            """
                .getBytes(StandardCharsets.UTF_8),
            "m.wat");
    List<String> lines = ModuleReport.describe(module, Compiler.compile(module, "x.M"));
    assertEquals("imports (2)", lines.get(0));
    assertEquals("  func    env.print            (func (param i32 i32))", lines.get(1));
    assertEquals("  global  env.base             (global i64)", lines.get(2));
    assertEquals("exports (4)", lines.get(3));
    assertEquals("  memory  mem                  (memory 1 2)", lines.get(4));
    assertEquals("  table   tab                  (table 3 funcref)", lines.get(5));
    assertEquals("  global  count                (global (mut i32))", lines.get(6));
    assertEquals(
        "  func    add                  (func (param i32 i32) (result i32))", lines.get(7));
    assertTrue(lines.get(8).startsWith("code: 2 functions (1 imported), class "), lines.get(8));
    assertTrue(lines.get(9).matches("image: [\\d,]+ bytes"), lines.get(9));
    assertTrue(lines.get(10).startsWith("arena: header 0x0 ("), lines.get(10));
    assertTrue(lines.get(10).contains("globals 0x"), lines.get(10));
    assertTrue(lines.get(11).startsWith("  table 0: elements at 0x"), lines.get(11));
    assertTrue(
        lines.get(12).matches("  memory 0: data at 0x[0-9a-f]+, 2 pages reserved"), lines.get(12));
    assertEquals(13, lines.size());
  }
}

package dev.teracage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.image.GlobalType;
import dev.teracage.runtime.image.Import;
import dev.teracage.runtime.image.ImportDesc;
import dev.teracage.runtime.image.Limits;
import dev.teracage.runtime.image.MemoryType;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.image.TableType;
import dev.teracage.runtime.layout.ValueCode;
import org.junit.jupiter.api.Test;

/** Import matching (spec: import subtyping of external types). */
class LinkerTest {
  private static final long NONE = Limits.NO_MAX;

  @Test
  void limitsSubtyping() {
    assertTrue(Linker.limitsMatch(1, NONE, new Limits(1, NONE)));
    assertTrue(Linker.limitsMatch(2, 3, new Limits(1, NONE)));
    assertFalse(Linker.limitsMatch(0, NONE, new Limits(1, NONE)));
    assertTrue(Linker.limitsMatch(1, 2, new Limits(1, 2)));
    assertTrue(Linker.limitsMatch(1, 1, new Limits(0, 2)));
    assertFalse(Linker.limitsMatch(1, 3, new Limits(1, 2)));
    assertFalse(Linker.limitsMatch(1, NONE, new Limits(1, 2)));
  }

  private static ModuleImage importing(ImportDesc desc) {
    return ModuleImage.builder("M").addImport(new Import("m", "x", desc)).build();
  }

  private static String link(ImportDesc desc, Imports imports) {
    try {
      Linker.link(importing(desc), imports);
      return "linked";
    } catch (UnlinkableException e) {
      return e.reason();
    }
  }

  @Test
  void memoriesTablesAndGlobalsMatchByType() {
    Imports memory = new Imports().memory("m", "x", Memory.create(2, 4));
    assertEquals("linked", link(new ImportDesc.Memory(new MemoryType(new Limits(1, 4))), memory));
    assertEquals(
        "incompatible import type",
        link(new ImportDesc.Memory(new MemoryType(new Limits(3, NONE))), memory));
    assertEquals(
        "incompatible import type",
        link(new ImportDesc.Memory(new MemoryType(new Limits(1, 3))), memory));
    Imports table = new Imports().table("m", "x", Table.create(ValueCode.FUNCREF, 10, 20));
    assertEquals(
        "linked",
        link(new ImportDesc.Table(new TableType(ValueCode.FUNCREF, new Limits(10, 20))), table));
    assertEquals(
        "incompatible import type",
        link(new ImportDesc.Table(new TableType(ValueCode.EXTERNREF, new Limits(10, 20))), table));
    Imports global = new Imports().global("m", "x", Global.create(ValueCode.I32, true, 1));
    assertEquals(
        "linked", link(new ImportDesc.Global(new GlobalType(ValueCode.I32, true)), global));
    assertEquals(
        "incompatible import type",
        link(new ImportDesc.Global(new GlobalType(ValueCode.I32, false)), global));
    assertEquals(
        "incompatible import type",
        link(new ImportDesc.Global(new GlobalType(ValueCode.I64, true)), global));
    assertEquals(
        "unknown import",
        link(new ImportDesc.Global(new GlobalType(ValueCode.I32, true)), new Imports()));
    UnlinkableException e =
        assertThrows(
            UnlinkableException.class,
            () ->
                Linker.link(
                    importing(new ImportDesc.Global(new GlobalType(ValueCode.I32, true))),
                    new Imports()));
    assertEquals("M: import \"m\".\"x\": unknown import", e.getMessage());
  }
}

package dev.teracage.runtime.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WasmFramesTest {

  @Test
  void parsesGeneratedMethodNames() {
    assertEquals(0, WasmFrames.functionIndex("f0"));
    assertEquals(12, WasmFrames.functionIndex("f12"));
    assertEquals(12, WasmFrames.functionIndex("f12$part2"));
    assertEquals(2147483647, WasmFrames.functionIndex("f2147483647"));
    for (String name : List.of("f", "fx", "f012", "main", "g1", "", "f2147483648", "F1")) {
      assertEquals(-1, WasmFrames.functionIndex(name), name);
    }
  }

  @Test
  void mapsOnlyRegisteredClassesAndGeneratedMethods() {
    String name = "wasm.framestest.Module";
    StackTraceElement[] trace = {
      new StackTraceElement("dev.teracage.runtime.support.Traps", "unreachable", null, 40),
      new StackTraceElement(name, "f5", "m", 0x10),
      new StackTraceElement(name, "helper", "m", 3),
      new StackTraceElement("com.example.Host", "f1", "Host.java", 9),
      new StackTraceElement(name, "f0", "m", 0),
    };
    assertEquals(List.of(), WasmFrames.of(trace));
    assertFalse(WasmFrames.isRegistered(name));
    WasmFrames.register(name, new DebugInfo(null, new String[] {"start"}, new int[] {0x40}));
    try {
      assertTrue(WasmFrames.isRegistered(name));
      List<WasmFrame> frames = WasmFrames.of(trace);
      assertEquals(
          List.of(
              new WasmFrame("wasm", 5, null, 0x10, -1), new WasmFrame("wasm", 0, "start", 0, 0x40)),
          frames);
      assertEquals("wasm.func[5] +0x10", frames.get(0).toString());
      assertEquals("wasm.func[0] \"start\" +0x0", frames.get(1).toString());
      assertNull(WasmFrames.frameOf(trace[2]));
    } finally {
      WasmFrames.unregister(name);
    }
    assertFalse(WasmFrames.isRegistered(name));
  }

  @Test
  void debugInfoCopiesItsArraysAndAnswersOutOfRange() {
    String[] names = {"a"};
    int[] bodies = {7};
    DebugInfo info = new DebugInfo("mod", names, bodies);
    names[0] = "changed";
    bodies[0] = 9;
    assertEquals("a", info.functionName(0));
    assertEquals(7, info.bodyOffset(0));
    assertNull(info.functionName(1));
    assertNull(info.functionName(-1));
    assertEquals(-1, info.bodyOffset(5));
    assertEquals("mod", info.moduleName());
    assertEquals("mod.func[0] \"a\" +0x3", info.frame(0, 3).toString());
    assertEquals(10, info.frame(0, 3).moduleOffset());
  }
}

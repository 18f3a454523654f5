package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.UninstantiableException;
import dev.teracage.runtime.image.ArenaState;
import dev.teracage.runtime.image.ImageException;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ArenaFields;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An image whose checksum is right but whose state lies (crafted by hand) fails with a typed
 * exception naming the problem, before any code runs.
 */
class HostileImageTest {
  private static final String MODULE =
      """
      (module (memory 1 2) (table 2 funcref) (func $f) (elem (i32.const 0) $f)
        (func (export "size") (result i32) (memory.size)))
      """;

  /** The image with its fixed part rewritten by {@code edit}. */
  private static ModuleImage withFixedPart(
      ModuleImage image, java.util.function.Consumer<MemorySegment> edit) {
    ArenaState state = image.state().orElseThrow();
    int fixed = image.layout().fixedSize();
    MemorySegment arena = Arena.ofAuto().allocate(fixed, 16);
    List<ArenaState.Range> ranges = new ArrayList<>();
    for (ArenaState.Range r : state.ranges()) {
      if (r.offset() < fixed) {
        MemorySegment.copy(
            r.bytes(), 0, arena, ValueLayout.JAVA_BYTE, r.offset(), r.bytes().length);
      } else {
        ranges.add(r);
      }
    }
    edit.accept(arena);
    ranges.add(0, new ArenaState.Range(0, arena.toArray(ValueLayout.JAVA_BYTE)));
    ModuleImage forged =
        image.withState(new ArenaState(ranges, state.handleFunctions(), state.pending()));
    return Pipeline.load(ImageWriter.write(forged));
  }

  @Test
  void aMemoryLargerThanItsMaximumIsRefused() {
    Pipeline.Compiled c = Pipeline.compile(MODULE);
    ArenaFields fields = new ArenaFields(c.image().layout());
    ModuleImage forged = withFixedPart(c.image(), a -> fields.setMemoryPages(a, 0, 3));
    UninstantiableException e =
        assertThrows(
            UninstantiableException.class,
            () -> Instance.instantiate(forged, c.type(), new Imports()));
    assertTrue(e.getMessage().contains("memory 0 of the image has 3 pages"), e::getMessage);
  }

  @Test
  void aTableElementWithAnUnknownHandleIsRefused() {
    Pipeline.Compiled c = Pipeline.compile(MODULE);
    ArenaState state = c.image().state().orElseThrow();
    long elements = c.image().layout().tableElementsOffset(0);
    List<ArenaState.Range> ranges = new ArrayList<>();
    for (ArenaState.Range r : state.ranges()) {
      if (r.offset() != elements) {
        ranges.add(r);
      }
    }
    ranges.add(new ArenaState.Range(elements, new byte[] {99, 0, 0, 0}));
    ranges.sort(java.util.Comparator.comparingLong(ArenaState.Range::offset));
    ModuleImage forged =
        Pipeline.load(
            ImageWriter.write(
                c.image()
                    .withState(new ArenaState(ranges, state.handleFunctions(), state.pending()))));
    ImageException e =
        assertThrows(
            ImageException.class, () -> Instance.instantiate(forged, c.type(), new Imports()));
    assertTrue(e.getMessage().contains("element 0 holds handle 99"), e::getMessage);
  }

  @Test
  void aCorruptHeaderIsRefused() {
    Pipeline.Compiled c = Pipeline.compile(MODULE);
    ModuleImage forged = withFixedPart(c.image(), a -> a.set(ValueLayout.JAVA_INT, 0, 0x12345678));
    ImageException e =
        assertThrows(
            ImageException.class, () -> Instance.instantiate(forged, c.type(), new Imports()));
    assertTrue(e.getMessage().contains("arena header"), e::getMessage);
  }

  @Test
  void anImageWithTheClassOfAnotherModuleIsRefused() {
    Pipeline.Compiled a = Pipeline.compile(MODULE);
    String name = a.compilation().className();
    dev.teracage.compiler.Compilation other =
        dev.teracage.compiler.Compiler.compile(
            dev.teracage.compiler.text.WatParser.parseModule(
                "(module (memory 1) (func (export \"size\") (result i32) (i32.const 7)))"),
            name);
    Class<?> otherClass = new Pipeline.Loader().define(name, other.classBytes());
    ImageException e =
        assertThrows(
            ImageException.class, () -> Instance.instantiate(a.image(), otherClass, new Imports()));
    assertTrue(e.getMessage().contains("pairing key: expected "), e::getMessage);
    Pipeline.Compiled b = Pipeline.compile("(module)");
    e =
        assertThrows(
            ImageException.class, () -> Instance.instantiate(a.image(), b.type(), new Imports()));
    assertTrue(e.getMessage().contains("class: expected " + name), e::getMessage);
  }

  @Test
  void aRangeOutsideTheArenaIsRefusedOnReading() {
    Pipeline.Compiled c = Pipeline.compile(MODULE);
    ArenaState state = c.image().state().orElseThrow();
    ArenaState.Range far =
        new ArenaState.Range(c.image().layout().reservedSize() - 1, new byte[] {1, 2});
    assertThrows(
        IllegalArgumentException.class,
        () ->
            c.image().withState(new ArenaState(List.of(far), state.handleFunctions(), List.of())));
  }
}

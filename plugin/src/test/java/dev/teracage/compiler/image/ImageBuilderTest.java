package dev.teracage.compiler.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.text.WatParser;
import dev.teracage.compiler.validate.Validator;
import dev.teracage.runtime.image.ElementSegment;
import dev.teracage.runtime.image.Export;
import dev.teracage.runtime.image.ExternKind;
import dev.teracage.runtime.image.FuncSig;
import dev.teracage.runtime.image.ImageReader;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.ImportDesc;
import dev.teracage.runtime.image.Init;
import dev.teracage.runtime.image.Limits;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.image.SegmentMode;
import dev.teracage.runtime.layout.ValueCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageBuilderTest {
  private static ModuleImage image(String wat) {
    Module module = WatParser.parseModule(wat);
    Validator.validate(module);
    return ImageBuilder.build(module, "wasm.m0.Module");
  }

  @Test
  void buildsEveryPartOfA20Module() {
    ModuleImage image =
        image(
            """
            (module $calc
              (import "env" "g" (global $g i32))
              (import "env" "f" (func $f (param i32) (result i32)))
              (import "env" "mem" (memory 1 2))
              (table $t 2 10 funcref)
              (global $a (mut i64) (i64.const -1))
              (global $b i32 (global.get $g))
              (global $c f32 (f32.const nan:0x200001))
              (global $d f64 (f64.const -0.5))
              (global $e funcref (ref.func $add))
              (global $n externref (ref.null extern))
              (func $add (param i32 i32) (result i32 i64) (local.get 0) (i64.const 1))
              (func $start)
              (start $start)
              (elem (i32.const 1) $add)
              (elem declare func $start)
              (elem funcref (ref.null func) (ref.func $add))
              (data (i32.const 4) "hi")
              (data "passive")
              (export "add" (func $add))
              (export "t" (table $t)))
            """);
    assertEquals("wasm.m0.Module", image.className());
    assertEquals(
        new FuncSig(new int[] {ValueCode.I32}, new int[] {ValueCode.I32}), image.types().get(0));
    assertEquals(
        new FuncSig(
            new int[] {ValueCode.I32, ValueCode.I32}, new int[] {ValueCode.I32, ValueCode.I64}),
        image.functionSig(1));
    assertEquals(3, image.imports().size());
    assertEquals(
        new ImportDesc.Memory(new dev.teracage.runtime.image.MemoryType(new Limits(1, 2))),
        image.imports().get(2).desc());
    assertEquals(new Limits(2, 10), image.tables().get(0).limits());
    assertEquals(Init.Const.i64(-1), image.globals().get(0).init());
    assertEquals(new Init.GlobalGet(0), image.globals().get(1).init());
    assertEquals(new Init.Const(0x7FA00001L, 0), image.globals().get(2).init());
    assertEquals(
        new Init.Const(Double.doubleToRawLongBits(-0.5), 0), image.globals().get(3).init());
    assertEquals(new Init.RefFunc(1), image.globals().get(4).init());
    assertEquals(new Init.RefNull(Init.EXTERN), image.globals().get(5).init());
    assertEquals(2, image.start().getAsInt());
    assertEquals(
        new ElementSegment(
            SegmentMode.ACTIVE,
            0,
            Init.Const.i32(1),
            ValueCode.FUNCREF,
            List.of(new Init.RefFunc(1))),
        image.elements().get(0));
    assertEquals(SegmentMode.DECLARATIVE, image.elements().get(1).mode());
    assertEquals(
        List.of(new Init.RefNull(Init.FUNC), new Init.RefFunc(1)),
        image.elements().get(2).elements());
    assertEquals(Init.Const.i32(4), image.data().get(0).offset());
    assertEquals(SegmentMode.PASSIVE, image.data().get(1).mode());
    assertEquals(
        List.of(new Export("add", ExternKind.FUNC, 1), new Export("t", ExternKind.TABLE, 0)),
        image.exports());
    assertEquals("calc", image.names().module().orElseThrow());
    assertEquals("add", image.names().functions().get(1));
    assertEquals(7, image.layout().globalCount());
    assertEquals(image, ImageReader.read(ImageWriter.write(image)));
  }

  @Test
  void rejectsFeaturesBeyond20() {
    Module module =
        WatParser.parseModule("(module (global i32 (i32.add (i32.const 1) (i32.const 2))))");
    assertThrows(
        IllegalArgumentException.class, () -> ImageBuilder.build(module, "wasm.m0.Module"));
  }
}

package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.runtime.V128;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A v128 is two longs inside a method: SIMD code allocates no {@code V128} between instructions,
 * through locals, blocks, branches, {@code select} and {@code local.tee}; objects appear only where
 * a v128 crosses a method boundary. The spec harness checks the semantics of every instruction.
 */
class SimdEmitterTest {
  /**
   * f0: sums {@code n} f32x4 vectors from address 0 in a loop. f1: a v128 through {@code
   * local.tee}, {@code select}, and a {@code br_if} that leaves an i32 behind. f2, f3: v128
   * parameters, results and a call.
   */
  private static final String MODULE =
      """
      (module (memory 1)
        (func (param $n i32) (result f32) (local $acc v128) (local $i i32)
          (block $done
            (loop $next
              (br_if $done (i32.eqz (local.get $n)))
              (local.set $acc (f32x4.add (local.get $acc) (v128.load (local.get $i))))
              (local.set $i (i32.add (local.get $i) (i32.const 16)))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br $next)))
          (v128.store offset=1024 (i32.const 0) (local.get $acc))
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $acc)) (f32x4.extract_lane 1 (local.get $acc)))
            (f32.add (f32x4.extract_lane 2 (local.get $acc)) (f32x4.extract_lane 3 (local.get $acc)))))
        (func (param $c i32) (result i32) (local $v v128)
          i32.const 7
          block (result v128)
            i32.const 99
            v128.const i32x4 1 2 3 4
            v128.const i32x4 10 20 30 40
            local.tee $v
            local.get $c
            select
            i32.const 5
            i32x4.shl
            local.get $c
            br_if 0
            drop
            drop
            local.get $v
          end
          i32x4.extract_lane 1
          i32.add)
        (func (param v128 v128) (result v128) (i8x16.add (local.get 0) (local.get 1)))
        (func (param i32) (result i32)
          (i32x4.extract_lane 2
            (call 2 (v128.const i32x4 1 1 1 1) (v128.load (local.get 0))))))
      """;

  @Test
  void simdCodeAllocatesNothingInsideAMethod() {
    ClassModel model = ClassFile.of().parse(Compiled.compileOnly(MODULE).bytes());
    assertEquals(0, newV128s(model, "f0"));
    assertEquals(0, newV128s(model, "f1"));
    assertEquals(1, newV128s(model, "f2"), "the v128 result, boxed to return");
    assertEquals(2, newV128s(model, "f3"), "the two v128 arguments, boxed to call");
  }

  @Test
  void vectorsSurviveLoopsBlocksBranchesAndCalls() {
    Compiled m = Compiled.of(MODULE);
    var mem = m.context.memory0;
    for (int i = 0; i < 8; i++) {
      mem.set(ValueLayout.JAVA_FLOAT_UNALIGNED, 4L * i, i + 0.5f);
    }
    assertEquals(32f, (float) m.call(0, 2));
    assertEquals(0.5f + 4.5f, mem.get(ValueLayout.JAVA_FLOAT_UNALIGNED, 1024));
    assertEquals(11f, mem.get(ValueLayout.JAVA_FLOAT_UNALIGNED, 1036));
    // c != 0: select keeps {1,2,3,4}; br_if carries it shifted left by 5 over the 99: lane 1 is 64.
    assertEquals(7 + 64, m.call(1, 1));
    // c == 0: select keeps {10,20,30,40}; br_if falls through, the block ends with $v: lane 1 20.
    assertEquals(7 + 20, m.call(1, 0));
    assertEquals(
        V128.ofBytes(new byte[] {3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, -1}),
        m.call(
            2,
            V128.ofBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}),
            V128.ofBytes(new byte[] {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, -17})));
    mem.set(ValueLayout.JAVA_INT_UNALIGNED, 2048 + 8, 41);
    assertEquals(42, m.call(3, 2048));
  }

  @Test
  void aWholeVectorStoreOutOfBoundsWritesNothing() {
    Compiled m =
        Compiled.of(
            """
            (module (memory 1)
              (func (param i32) (v128.store (local.get 0) (v128.const i64x2 -1 -1))))
            """);
    var mem = m.context.memory0;
    assertThrows(IndexOutOfBoundsException.class, () -> m.call(0, 65536 - 8));
    assertEquals(0L, mem.get(ValueLayout.JAVA_LONG_UNALIGNED, 65536 - 8));
    m.call(0, 65536 - 16);
    assertEquals(-1L, mem.get(ValueLayout.JAVA_LONG_UNALIGNED, 65536 - 8));
  }

  /**
   * Every lane helper is copied in place but the one with a loop (swizzle) and the lane loads and
   * stores (they read private layouts); the shuffle and the other memory instructions have their
   * own bytecode.
   */
  @Test
  void laneHelpersAreCopiedInPlace() {
    List<String> called = new ArrayList<>();
    for (Opcode op : Opcode.values()) {
      if (op.prefix() == Opcode.SIMD_PREFIX
          && op.code() < 0x100
          && op.immediate() != Immediate.V128
          && op.immediate() != Immediate.SHUFFLE
          && op.immediate() != Immediate.MEMARG
          && HelperInliner.expandedSize(SimdEmitter.helper(op)) < 0) {
        called.add(op.mnemonic());
      }
    }
    assertEquals(
        List.of(
            "i8x16.swizzle",
            "v128.load8_lane",
            "v128.load16_lane",
            "v128.load32_lane",
            "v128.load64_lane",
            "v128.store8_lane",
            "v128.store16_lane",
            "v128.store32_lane",
            "v128.store64_lane"),
        called);
  }

  private static long newV128s(ClassModel model, String method) {
    MethodModel m =
        model.methods().stream().filter(x -> x.methodName().equalsString(method)).findFirst().get();
    CodeModel code = m.code().get();
    return code.elementStream()
        .filter(e ->
            e instanceof NewObjectInstruction n && n.className().asSymbol().equals(JvmTypes.V128))
        .count();
  }
}

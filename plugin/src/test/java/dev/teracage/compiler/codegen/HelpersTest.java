package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.compiler.model.Opcode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every runtime helper generated code calls exists with exactly the type the emitter uses. */
class HelpersTest {

  @Test
  void everyHelperExistsWithItsExactType() {
    assertEquals(List.of(), missing(Helpers.all()));
    assertTrue(Helpers.all().size() > 60);
  }

  @Test
  void everySimdInstructionHasItsHelper() {
    List<Helpers.Helper> simd = new ArrayList<>();
    for (Opcode op : Opcode.values()) {
      if (op.prefix() == Opcode.SIMD_PREFIX && op.code() < 0x100 && op != Opcode.V128_CONST) {
        simd.add(SimdEmitter.helper(op));
      }
    }
    List<String> missing = missing(simd);
    assertEquals(
        List.of(), missing.subList(0, Math.min(5, missing.size())), missing.size() + " missing");
    assertEquals(235, simd.size());
  }

  @Test
  void simdMethodNamesFollowTheMnemonic() {
    assertEquals("i16x8ExtmulLowI8x16S", SimdEmitter.methodName("i16x8.extmul_low_i8x16_s"));
    assertEquals("v128Load8x8U", SimdEmitter.methodName("v128.load8x8_u"));
    assertEquals("i32x4TruncSatF64x2SZero", SimdEmitter.methodName("i32x4.trunc_sat_f64x2_s_zero"));
  }

  private List<String> missing(List<Helpers.Helper> helpers) {
    List<String> problems = new ArrayList<>();
    for (Helpers.Helper h : helpers) {
      String className = h.owner().packageName() + "." + h.owner().displayName();
      try {
        Class<?> type = Class.forName(className);
        MethodType mt =
            MethodType.fromMethodDescriptorString(
                h.type().descriptorString(), getClass().getClassLoader());
        MethodHandles.publicLookup().findStatic(type, h.name(), mt);
      } catch (ReflectiveOperationException e) {
        problems.add(className + "." + h.name() + h.type().descriptorString());
      }
    }
    return problems;
  }
}

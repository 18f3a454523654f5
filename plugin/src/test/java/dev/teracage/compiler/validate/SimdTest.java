package dev.teracage.compiler.validate;

import static dev.teracage.compiler.model.Opcode.*;
import static dev.teracage.compiler.validate.Code.assertInvalid;

import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.Module;
import org.junit.jupiter.api.Test;

class SimdTest {
  private static Module function(String signature, Code body) {
    Module.Builder b = Module.builder();
    b.memories.add(new MemoryType(Limits.of(1, Limits.NO_MAX)));
    Code.addFunction(b, signature, "", body);
    return b.build();
  }

  @Test
  void vectorInstructionsHaveFixedSignatures() {
    Validator.validate(function(":v", Code.of().v128().v128().op(I8X16_ADD).end()));
    Validator.validate(function(":v", Code.of().i32(1).op(I32X4_SPLAT).end()));
    Validator.validate(function(":v", Code.of().v128().i32(1).op(I16X8_SHL).end()));
    Validator.validate(function(":i", Code.of().v128().op(V128_ANY_TRUE).end()));
    Validator.validate(function(":v", Code.of().v128().v128().v128().op(V128_BITSELECT).end()));
    assertInvalid("type mismatch", function(":v", Code.of().v128().i32(1).op(I8X16_ADD).end()));
    assertInvalid("type mismatch", function(":v", Code.of().i64(1).op(I32X4_SPLAT).end()));
  }

  @Test
  void laneIndicesMustBeBelowTheLaneCount() {
    Validator.validate(function(":i", Code.of().v128().op(I8X16_EXTRACT_LANE_S).raw(15).end()));
    Validator.validate(function(":F", Code.of().v128().op(F64X2_EXTRACT_LANE).raw(1).end()));
    assertInvalid(
        "invalid lane index",
        function(":i", Code.of().v128().op(I8X16_EXTRACT_LANE_S).raw(16).end()));
    assertInvalid(
        "invalid lane index",
        function(":v", Code.of().v128().i64(0).op(I64X2_REPLACE_LANE).raw(2).end()));
  }

  @Test
  void shuffleLanesAreBelow32() {
    Code good = Code.of().v128().v128().op(I8X16_SHUFFLE);
    for (int i = 0; i < 16; i++) {
      good.raw(31 - i);
    }
    Validator.validate(function(":v", good.end()));
    Code bad = Code.of().v128().v128().op(I8X16_SHUFFLE);
    for (int i = 0; i < 16; i++) {
      bad.raw(i == 7 ? 32 : i);
    }
    assertInvalid("invalid lane index", function(":v", bad.end()));
  }

  @Test
  void vectorMemoryAccessChecksAlignmentAndLanes() {
    Validator.validate(function(":v", Code.of().i32(0).op(V128_LOAD).memarg(4, 0).end()));
    assertInvalid(
        "alignment must not be larger than natural",
        function(":v", Code.of().i32(0).op(V128_LOAD).memarg(5, 0).end()));
    assertInvalid(
        "alignment must not be larger than natural",
        function(":v", Code.of().i32(0).op(V128_LOAD8_SPLAT).memarg(1, 0).end()));
    Validator.validate(
        function(":v", Code.of().i32(0).v128().op(V128_LOAD32_LANE).memarg(2, 0).raw(3).end()));
    assertInvalid(
        "invalid lane index",
        function(":v", Code.of().i32(0).v128().op(V128_LOAD32_LANE).memarg(2, 0).raw(4).end()));
    assertInvalid(
        "invalid lane index",
        function(":", Code.of().i32(0).v128().op(V128_STORE64_LANE).memarg(3, 0).raw(2).end()));
  }
}

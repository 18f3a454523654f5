package dev.teracage.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teracage.compiler.InvalidException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Both contenders really validate: a module that decodes but has an ill-typed body fails. */
class ContenderTest {
  /** {@code (module (func (result i32) i64.const 0))}: decodes, but the body is ill-typed. */
  private static final byte[] ILL_TYPED =
      HexFormat.of()
          .parseHex("0061736d01000000" + "010501600001" + "7f" + "03020100" + "0a0601040042000b");

  /** The same module, well typed: {@code i32.const 0}. */
  private static final byte[] WELL_TYPED =
      HexFormat.of()
          .parseHex("0061736d01000000" + "010501600001" + "7f" + "03020100" + "0a0601040041000b");

  @Test
  void teracageValidatesBodies() {
    assertNotNull(Contender.TERACAGE.decodeAndValidate(WELL_TYPED));
    assertThrows(InvalidException.class, () -> Contender.TERACAGE.decodeAndValidate(ILL_TYPED));
  }

  @Test
  void chicoryValidatesBodies() {
    assertNotNull(Contender.CHICORY.decodeAndValidate(WELL_TYPED));
    assertThrows(
        com.dylibso.chicory.wasm.InvalidException.class,
        () -> Contender.CHICORY.decodeAndValidate(ILL_TYPED));
  }

  @Test
  void noneReturnsTheInput() {
    assertSame(WELL_TYPED, Contender.NONE.decodeAndValidate(WELL_TYPED));
  }
}

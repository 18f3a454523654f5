package dev.teracage.compiler;

import java.util.HexFormat;

/** Small binary modules for tests, spelled out byte by byte. */
public final class TestModules {
  private TestModules() {}

  /**
   * {@code (module (memory 1) (func (export "add") (param i32 i32) (result i32) local.get 0
   * local.get 1 i32.add))}.
   */
  public static final byte[] ADD =
      HexFormat.of()
          .parseHex(
              "0061736d01000000"
                  + "01070160027f7f017f"
                  + "03020100"
                  + "0503010001"
                  + "070701036164640000"
                  + "0a09010700200020016a0b");

  /** {@code (module (func (result i32)))}: the body leaves nothing, so "type mismatch". */
  public static final byte[] TYPE_MISMATCH =
      HexFormat.of()
          .parseHex("0061736d01000000" + "010501600001" + "7f" + "03020100" + "0a040102000b");

  /** The magic and a truncated version: "unexpected end". */
  public static final byte[] TRUNCATED = HexFormat.of().parseHex("0061736d010000");
}

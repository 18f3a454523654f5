package dev.teracage.runtime.layout;

/**
 * The value types of WebAssembly 2.0 as their one-byte binary codes, and the size of the arena slot
 * that holds a global of each type.
 *
 * <p>Images, signatures and the arena layout all speak these codes, so a value type is one small
 * {@code int} everywhere in the runtime. Reference values live in the arena as u32 handles, hence
 * their 4-byte slot.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/types.html#value-types">Binary
 *     format: value types</a>
 */
public final class ValueCode {
  /** {@code i32}. */
  public static final int I32 = 0x7F;

  /** {@code i64}. */
  public static final int I64 = 0x7E;

  /** {@code f32}. */
  public static final int F32 = 0x7D;

  /** {@code f64}. */
  public static final int F64 = 0x7C;

  /** {@code v128}. */
  public static final int V128 = 0x7B;

  /** {@code funcref}. */
  public static final int FUNCREF = 0x70;

  /** {@code externref}. */
  public static final int EXTERNREF = 0x6F;

  private ValueCode() {}

  /**
   * Tells whether {@code code} is one of the value type codes above.
   *
   * @param code a candidate code
   * @return true for a known value type
   */
  public static boolean isValid(int code) {
    return switch (code) {
      case I32, I64, F32, F64, V128, FUNCREF, EXTERNREF -> true;
      default -> false;
    };
  }

  /**
   * Tells whether {@code code} is a reference type.
   *
   * @param code a value type code
   * @return true for {@code funcref} and {@code externref}
   */
  public static boolean isReference(int code) {
    return code == FUNCREF || code == EXTERNREF;
  }

  /**
   * Returns the size in bytes of the arena slot of a global of this type, which is also its
   * alignment: 4 for {@code i32}, {@code f32} and references (u32 handles), 8 for {@code i64} and
   * {@code f64}, 16 for {@code v128}.
   *
   * @param code a value type code
   * @return the slot size in bytes
   * @throws IllegalArgumentException if the code is not a value type
   */
  public static int slotSize(int code) {
    return switch (code) {
      case I32, F32, FUNCREF, EXTERNREF -> 4;
      case I64, F64 -> 8;
      case V128 -> 16;
      default -> throw new IllegalArgumentException("not a value type code: " + hex(code));
    };
  }

  /**
   * Returns the text format name of a value type ({@code "i32"}), or the code in hex when unknown.
   *
   * @param code a value type code
   * @return its name
   */
  public static String name(int code) {
    return switch (code) {
      case I32 -> "i32";
      case I64 -> "i64";
      case F32 -> "f32";
      case F64 -> "f64";
      case V128 -> "v128";
      case FUNCREF -> "funcref";
      case EXTERNREF -> "externref";
      default -> hex(code);
    };
  }

  private static String hex(int code) {
    return "0x" + Integer.toHexString(code);
  }
}

package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads types: value, reference and heap types, function types, limits, table, memory and global
 * types. Besides the 2.0 encodings it reads the 3.0 ones that fit the model: {@code (ref null? ht)}
 * ({@code 0x63}/{@code 0x64}), the abstract reference shorthands ({@code 0x69}..{@code 0x74}), and
 * the memory64 / shared limits flags.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/types.html">Binary format: types</a>
 */
public final class TypeReader {
  private TypeReader() {}

  /**
   * Reads a value type.
   *
   * @param in the reader
   * @return the type
   */
  public static ValType valType(ByteReader in) {
    int start = in.position();
    int b = byte7(in);
    ValType numeric = ValType.ofNumeric(b);
    if (numeric != null) {
      return numeric;
    }
    ValType ref = refTypeAfter(b, in);
    if (ref == null) {
      throw in.error("malformed value type", start);
    }
    return ref;
  }

  /**
   * Reads a reference type.
   *
   * @param in the reader
   * @return the type
   */
  public static ValType refType(ByteReader in) {
    int start = in.position();
    ValType ref = refTypeAfter(byte7(in), in);
    if (ref == null) {
      throw in.error("malformed reference type", start);
    }
    return ref;
  }

  /**
   * Reads a one-byte code that the reference interpreter reads as a 7-bit LEB128 (type codes): a
   * continuation bit is "integer representation too long".
   *
   * @param in the reader
   * @return the byte, below 0x80
   */
  static int byte7(ByteReader in) {
    int b = in.u8();
    if (b >= 0x80) {
      throw in.error("integer representation too long");
    }
    return b;
  }

  /**
   * Decodes a reference type whose first byte has been read.
   *
   * @param b the first byte
   * @param in the reader, positioned after it
   * @return the type, or {@code null} when {@code b} does not start a reference type
   */
  static ValType refTypeAfter(int b, ByteReader in) {
    return switch (b) {
      case 0x70 -> ValType.FUNCREF;
      case 0x6F -> ValType.EXTERNREF;
      case 0x63 -> ValType.ref(true, heapType(in));
      case 0x64 -> ValType.ref(false, heapType(in));
      default -> isAbstractHeapType(b - 0x80) ? ValType.ref(true, b - 0x80) : null;
    };
  }

  /**
   * Returns whether a value is one of the abstract heap type constants of {@link ValType}.
   *
   * @param heapType a negative s33 value
   * @return true for {@code func}, {@code extern}, {@code any}, ... {@code noexn}
   */
  public static boolean isAbstractHeapType(long heapType) {
    return heapType >= ValType.EXN && heapType <= ValType.NOEXN;
  }

  /**
   * Reads a heap type: an abstract heap type or a type index (s33).
   *
   * @param in the reader
   * @return the abstract heap type constant (negative) or the type index; an index too large for an
   *     int is returned as {@link Integer#MAX_VALUE}, which no module can define
   */
  public static int heapType(ByteReader in) {
    int start = in.position();
    long v = in.s33();
    if (v >= 0) {
      return (int) Math.min(v, Integer.MAX_VALUE);
    }
    if (!isAbstractHeapType(v)) {
      throw in.error("malformed heap type", start);
    }
    return (int) v;
  }

  /**
   * Reads a function type ({@code 0x60}, parameters, results).
   *
   * @param in the reader
   * @return the type
   */
  public static FuncType funcType(ByteReader in) {
    int start = in.position();
    if (byte7(in) != 0x60) {
      throw in.error("malformed function type", start);
    }
    return new FuncType(valTypes(in), valTypes(in));
  }

  /**
   * Reads a vector of value types.
   *
   * @param in the reader
   * @return the types
   */
  public static List<ValType> valTypes(ByteReader in) {
    int n = in.length();
    if (n == 0) {
      return List.of();
    }
    List<ValType> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(valType(in));
    }
    return result;
  }

  /**
   * Reads limits: a flags byte (bit 0: maximum present; under 3.0 also bit 1: shared, bit 2:
   * 64-bit), the minimum, and the maximum when present. Other flags are "integer too large" under
   * 2.0 and "malformed limits flags" under 3.0, as each suite expects.
   *
   * @param in the reader
   * @param wasm3 whether the 3.0 flags are accepted
   * @return the limits
   */
  public static Limits limits(ByteReader in, boolean wasm3) {
    int start = in.position();
    int flags = in.u8();
    if (wasm3 && flags > 0x07) {
      throw in.error("malformed limits flags", start);
    }
    if (!wasm3 && (flags & 0x7F) > 1) {
      throw in.error("integer too large", start);
    }
    if (!wasm3 && flags > 1) {
      throw in.error("integer representation too long");
    }
    boolean is64 = (flags & 0x04) != 0;
    long min = bound(in, wasm3, is64);
    long max = Limits.NO_MAX;
    if ((flags & 0x01) != 0) {
      max = bound(in, wasm3, is64);
    }
    return new Limits(min, max, is64, (flags & 0x02) != 0);
  }

  /**
   * Reads a limit: a u32 under 2.0; a u64 under 3.0, "integer too large" above 2^32-1 unless
   * 64-bit.
   */
  private static long bound(ByteReader in, boolean wasm3, boolean is64) {
    if (!wasm3) {
      return Integer.toUnsignedLong(in.u32());
    }
    int at = in.position();
    long value = in.u64();
    if (!is64 && (value >>> 32) != 0) {
      throw in.error("integer too large", at);
    }
    return value;
  }

  /**
   * Reads a table type (reference type, limits).
   *
   * @param in the reader
   * @param wasm3 whether 3.0 limits flags are accepted
   * @return the type
   */
  public static TableType tableType(ByteReader in, boolean wasm3) {
    ValType element = refType(in);
    return new TableType(element, limits(in, wasm3));
  }

  /**
   * Reads a memory type (limits).
   *
   * @param in the reader
   * @param wasm3 whether 3.0 limits flags are accepted
   * @return the type
   */
  public static MemoryType memoryType(ByteReader in, boolean wasm3) {
    return new MemoryType(limits(in, wasm3));
  }

  /**
   * Reads a global type (value type, mutability byte 0 or 1).
   *
   * @param in the reader
   * @return the type
   */
  public static GlobalType globalType(ByteReader in) {
    ValType type = valType(in);
    int start = in.position();
    int mut = in.u8();
    if (mut > 1) {
      throw in.error("malformed mutability", start);
    }
    return new GlobalType(type, mut == 1);
  }
}

package dev.teracage.compiler.encode;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.ValType;
import java.util.List;

/**
 * Writes types in their canonical binary form: the one-byte shorthands for nullable abstract
 * reference types ({@code funcref} is {@code 0x70}), {@code 0x63}/{@code 0x64} with an s33 heap
 * type otherwise.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/types.html">Binary format: types</a>
 */
public final class TypeEncoder {
  private TypeEncoder() {}

  /**
   * Writes a value type.
   *
   * @param out the writer
   * @param type the type
   */
  public static void valType(ByteWriter out, ValType type) {
    if (!type.isRef()) {
      out.u8(type.code());
    } else if (type.nullable() && type.heapType() < 0) {
      out.u8(type.heapType() + 0x80);
    } else {
      out.u8(type.nullable() ? 0x63 : 0x64).s64(type.heapType());
    }
  }

  /**
   * Writes a vector of value types.
   *
   * @param out the writer
   * @param types the types
   */
  public static void valTypes(ByteWriter out, List<ValType> types) {
    out.u32(types.size());
    for (ValType t : types) {
      valType(out, t);
    }
  }

  /**
   * Writes a function type.
   *
   * @param out the writer
   * @param type the type
   */
  public static void funcType(ByteWriter out, FuncType type) {
    out.u8(0x60);
    valTypes(out, type.params());
    valTypes(out, type.results());
  }

  /**
   * Writes limits: flags (maximum present, shared, 64-bit), minimum, maximum.
   *
   * @param out the writer
   * @param limits the limits
   */
  public static void limits(ByteWriter out, Limits limits) {
    int flags = (limits.hasMax() ? 1 : 0) | (limits.shared() ? 2 : 0) | (limits.is64() ? 4 : 0);
    out.u8(flags).u64(limits.min());
    if (limits.hasMax()) {
      out.u64(limits.max());
    }
  }

  /**
   * Writes a table type.
   *
   * @param out the writer
   * @param type the type
   */
  public static void tableType(ByteWriter out, TableType type) {
    valType(out, type.elementType());
    limits(out, type.limits());
  }

  /**
   * Writes a global type.
   *
   * @param out the writer
   * @param type the type
   */
  public static void globalType(ByteWriter out, GlobalType type) {
    valType(out, type.valType());
    out.u8(type.mutable() ? 1 : 0);
  }
}

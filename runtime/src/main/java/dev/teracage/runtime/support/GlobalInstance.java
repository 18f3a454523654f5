package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;
import dev.teracage.runtime.layout.ArenaHeader;
import dev.teracage.runtime.layout.ValueCode;
import java.lang.foreign.MemorySegment;

/**
 * A global instance (spec: runtime structure): one value slot, normally in the owning instance's
 * arena (references as u32 handles into the owner's {@link ExternalTable}). Instances that import
 * the global share this object, so a mutable global is one cell for all of them.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#global-instances">Global
 *     instances</a>
 */
public final class GlobalInstance {
  private final int valueType;
  private final boolean mutable;
  private final MemorySegment slot;
  private final ExternalTable objects;

  /**
   * Creates a global over a slot.
   *
   * @param valueType the value type's code
   * @param mutable whether the global is mutable
   * @param slot the slot: {@link ValueCode#slotSize} bytes, aligned to its size
   * @param objects the external table reference handles refer to
   */
  public GlobalInstance(int valueType, boolean mutable, MemorySegment slot, ExternalTable objects) {
    this.valueType = valueType;
    this.mutable = mutable;
    this.slot = slot;
    this.objects = objects;
  }

  /**
   * Creates a global with a slot of its own, for the host to export.
   *
   * @param valueType the value type's code
   * @param mutable whether the global is mutable
   * @return the global, holding zero (or {@code null})
   */
  public static GlobalInstance standalone(int valueType, boolean mutable) {
    return new GlobalInstance(
        valueType,
        mutable,
        ArenaMemory.allocate(ValueCode.slotSize(valueType)),
        new ExternalTable(new Object[0]));
  }

  /**
   * Returns the value type.
   *
   * @return its code
   */
  public int valueType() {
    return valueType;
  }

  /**
   * Tells whether the global is mutable.
   *
   * @return true for {@code mut}
   */
  public boolean mutable() {
    return mutable;
  }

  /**
   * Reads an {@code i32}.
   *
   * @return the value
   */
  public int getI32() {
    return slot.get(ArenaHeader.U32, 0);
  }

  /**
   * Reads an {@code i64}.
   *
   * @return the value
   */
  public long getI64() {
    return slot.get(ArenaHeader.U64, 0);
  }

  /**
   * Reads an {@code f32}, bit pattern preserved.
   *
   * @return the value
   */
  public float getF32() {
    return Float.intBitsToFloat(getI32());
  }

  /**
   * Reads an {@code f64}, bit pattern preserved.
   *
   * @return the value
   */
  public double getF64() {
    return Double.longBitsToDouble(getI64());
  }

  /**
   * Reads a reference.
   *
   * @return the reference, or {@code null}
   */
  public Object getRef() {
    return objects.get(getI32());
  }

  /**
   * Writes an {@code i32} (or the bits of an {@code f32}).
   *
   * @param value the value
   */
  public void setI32(int value) {
    slot.set(ArenaHeader.U32, 0, value);
  }

  /**
   * Writes an {@code i64} (or the bits of an {@code f64}).
   *
   * @param value the value
   */
  public void setI64(long value) {
    slot.set(ArenaHeader.U64, 0, value);
  }

  /**
   * Writes an {@code f32}, bit pattern preserved.
   *
   * @param value the value
   */
  public void setF32(float value) {
    setI32(Float.floatToRawIntBits(value));
  }

  /**
   * Writes an {@code f64}, bit pattern preserved.
   *
   * @param value the value
   */
  public void setF64(double value) {
    setI64(Double.doubleToRawLongBits(value));
  }

  /**
   * Reads a {@code v128}.
   *
   * @return the value
   */
  public V128 getV128() {
    return new V128(getI64(), highBits());
  }

  /**
   * Writes a {@code v128}.
   *
   * @param value the value
   */
  public void setV128(V128 value) {
    setI64(value.low());
    setHighBits(value.high());
  }

  /**
   * Reads the high 64 bits of a {@code v128} ({@link #bits} has the low ones); 0 for other types.
   *
   * @return the bits
   */
  public long highBits() {
    return valueType == ValueCode.V128 ? slot.get(ArenaHeader.U64, 8) : 0;
  }

  /**
   * Writes the high 64 bits of a {@code v128} ({@link #setBits} writes the low ones); ignored for
   * other types.
   *
   * @param bits the bits
   */
  public void setHighBits(long bits) {
    if (valueType == ValueCode.V128) {
      slot.set(ArenaHeader.U64, 8, bits);
    }
  }

  /**
   * Writes a reference.
   *
   * @param value the reference, or {@code null}
   */
  public void setRef(Object value) {
    setI32(objects.handleOf(value));
  }

  /**
   * Reads a numeric value as raw bits: i32 and f32 zero-extended, i64 and f64 as is, the low half
   * of a v128 ({@link #highBits} has the rest).
   *
   * @return the bits
   */
  public long bits() {
    return ValueCode.slotSize(valueType) == 4 ? Integer.toUnsignedLong(getI32()) : getI64();
  }

  /**
   * Writes a numeric value from raw bits (the low 32 for i32 and f32).
   *
   * @param bits the bits
   */
  public void setBits(long bits) {
    if (ValueCode.slotSize(valueType) == 4) {
      setI32((int) bits);
    } else {
      setI64(bits);
    }
  }
}

package dev.teracage.runtime;

import dev.teracage.runtime.layout.ValueCode;
import dev.teracage.runtime.support.GlobalInstance;

/**
 * A global variable, exported by an instance or created by the host to be imported. Values are read
 * and written as their Java types, or as raw bits ({@code i32} and {@code f32} in the low 32 bits,
 * floats as their bit patterns).
 */
public final class Global {
  private final GlobalInstance global;

  Global(GlobalInstance global) {
    this.global = global;
  }

  /**
   * Creates a global for the host to provide as an import.
   *
   * @param valueType a {@link ValueCode}
   * @param mutable whether it is {@code mut}
   * @param bits the initial value as raw bits (ignored for references: they start {@code null})
   * @return the global
   */
  public static Global create(int valueType, boolean mutable, long bits) {
    GlobalInstance g = GlobalInstance.standalone(valueType, mutable);
    if (!ValueCode.isReference(valueType)) {
      g.setBits(bits);
    }
    return new Global(g);
  }

  /**
   * Creates a reference-typed global for the host to provide as an import.
   *
   * @param valueType {@link ValueCode#FUNCREF} or {@link ValueCode#EXTERNREF}
   * @param mutable whether it is {@code mut}
   * @param value the initial reference, or {@code null}
   * @return the global
   */
  public static Global createRef(int valueType, boolean mutable, Object value) {
    GlobalInstance g = GlobalInstance.standalone(valueType, mutable);
    g.setRef(value);
    return new Global(g);
  }

  GlobalInstance instance() {
    return global;
  }

  /**
   * Returns the value type.
   *
   * @return a {@link ValueCode}
   */
  public int valueType() {
    return global.valueType();
  }

  /**
   * Tells whether the global is mutable.
   *
   * @return true for {@code mut}
   */
  public boolean mutable() {
    return global.mutable();
  }

  /**
   * Returns a numeric value as raw bits (for a {@code v128}, the low half: use {@link #value}).
   *
   * @return the bits
   */
  public long bits() {
    return global.bits();
  }

  /**
   * Returns the value as a Java object: {@link Integer}, {@link Long}, {@link Float}, {@link
   * Double}, {@link V128}, or the reference itself.
   *
   * @return the value
   */
  public Object value() {
    return switch (global.valueType()) {
      case ValueCode.I32 -> global.getI32();
      case ValueCode.I64 -> global.getI64();
      case ValueCode.F32 -> global.getF32();
      case ValueCode.F64 -> global.getF64();
      case ValueCode.V128 -> global.getV128();
      default -> global.getRef();
    };
  }

  /**
   * Sets a numeric value from raw bits (the host may set even an immutable global it created).
   *
   * @param bits the bits
   */
  public void setBits(long bits) {
    global.setBits(bits);
  }

  /**
   * Sets a {@code v128} value (the host may set even an immutable global it created).
   *
   * @param value the value
   * @throws IllegalArgumentException if the global is not a {@code v128}
   */
  public void setV128(V128 value) {
    if (global.valueType() != ValueCode.V128) {
      throw new IllegalArgumentException(
          "setV128 on a " + ValueCode.name(global.valueType()) + " global");
    }
    global.setV128(value);
  }

  /**
   * Sets a reference value.
   *
   * @param value the reference, or {@code null}
   */
  public void setRef(Object value) {
    global.setRef(value);
  }
}

package dev.teracage.runtime.support;

import dev.teracage.runtime.V128;

/**
 * Global access that generated code does not do in its own arena: imported mutable globals (the
 * exporter's cell, shared) and reference-typed globals (handles in the arena, objects in the
 * external table), and {@code v128} globals (two halves in the slot). Defined and imported
 * immutable numeric globals are read and written in the arena directly at the layout's constant
 * offsets.
 *
 * <p>Not API.
 */
public final class Globals {
  private Globals() {}

  /**
   * Reads an {@code i32} global.
   *
   * @param ctx the context
   * @param global the global index
   * @return the value
   */
  public static int getI32(Context ctx, int global) {
    return ctx.globals[global].getI32();
  }

  /**
   * Writes an {@code i32} global.
   *
   * @param value the value
   * @param ctx the context
   * @param global the global index
   */
  public static void setI32(int value, Context ctx, int global) {
    ctx.globals[global].setI32(value);
  }

  /**
   * Reads an {@code i64} global.
   *
   * @param ctx the context
   * @param global the global index
   * @return the value
   */
  public static long getI64(Context ctx, int global) {
    return ctx.globals[global].getI64();
  }

  /**
   * Writes an {@code i64} global.
   *
   * @param value the value
   * @param ctx the context
   * @param global the global index
   */
  public static void setI64(long value, Context ctx, int global) {
    ctx.globals[global].setI64(value);
  }

  /**
   * Reads an {@code f32} global.
   *
   * @param ctx the context
   * @param global the global index
   * @return the value
   */
  public static float getF32(Context ctx, int global) {
    return ctx.globals[global].getF32();
  }

  /**
   * Writes an {@code f32} global.
   *
   * @param value the value
   * @param ctx the context
   * @param global the global index
   */
  public static void setF32(float value, Context ctx, int global) {
    ctx.globals[global].setF32(value);
  }

  /**
   * Reads an {@code f64} global.
   *
   * @param ctx the context
   * @param global the global index
   * @return the value
   */
  public static double getF64(Context ctx, int global) {
    return ctx.globals[global].getF64();
  }

  /**
   * Writes an {@code f64} global.
   *
   * @param value the value
   * @param ctx the context
   * @param global the global index
   */
  public static void setF64(double value, Context ctx, int global) {
    ctx.globals[global].setF64(value);
  }

  /**
   * Reads a reference global.
   *
   * @param ctx the context
   * @param global the global index
   * @return the value
   */
  public static Object getRef(Context ctx, int global) {
    return ctx.globals[global].getRef();
  }

  /**
   * Writes a reference global.
   *
   * @param value the value
   * @param ctx the context
   * @param global the global index
   */
  public static void setRef(Object value, Context ctx, int global) {
    ctx.globals[global].setRef(value);
  }

  /**
   * Reads a {@code v128} global.
   *
   * @param ctx the context
   * @param global the global index
   * @return the value
   */
  public static V128 getV128(Context ctx, int global) {
    return ctx.globals[global].getV128();
  }

  /**
   * Writes a {@code v128} global.
   *
   * @param value the value
   * @param ctx the context
   * @param global the global index
   */
  public static void setV128(V128 value, Context ctx, int global) {
    ctx.globals[global].setV128(value);
  }
}

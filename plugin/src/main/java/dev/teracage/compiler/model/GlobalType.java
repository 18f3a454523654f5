package dev.teracage.compiler.model;

/**
 * A global type: its value type and whether it is mutable.
 *
 * @param valType the value type
 * @param mutable whether {@code global.set} may change it
 */
public record GlobalType(ValType valType, boolean mutable) {}

package dev.teracage.compiler.model;

/**
 * A table type: the reference type of its elements and its limits.
 *
 * @param elementType a reference type
 * @param limits the limits, in elements
 */
public record TableType(ValType elementType, Limits limits) {}

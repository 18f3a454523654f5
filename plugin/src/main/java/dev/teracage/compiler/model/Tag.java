package dev.teracage.compiler.model;

/**
 * An exception tag defined by the module (WebAssembly 3.0).
 *
 * @param typeIndex index of the tag's function type (no results)
 */
public record Tag(int typeIndex) {}

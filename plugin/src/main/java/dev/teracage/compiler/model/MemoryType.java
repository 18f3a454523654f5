package dev.teracage.compiler.model;

/**
 * A memory type: limits in 64 KiB pages.
 *
 * @param limits the limits, in pages
 */
public record MemoryType(Limits limits) {}

package dev.teracage.compiler.model;

/**
 * An import: a two-level name and what it brings in.
 *
 * @param module the module name
 * @param name the field name
 * @param desc the imported entity's type
 */
public record Import(String module, String name, ImportDesc desc) {}

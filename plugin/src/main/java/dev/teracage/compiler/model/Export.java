package dev.teracage.compiler.model;

/**
 * An export: a name for one entity of the module.
 *
 * @param name the export name, unique in the module
 * @param kind what is exported
 * @param index the index in that kind's index space (imports first)
 */
public record Export(String name, ExternKind kind, int index) {}

package dev.teracage.compiler.model;

/**
 * A table defined by the module.
 *
 * @param type the table type
 * @param init the initial element expression (WebAssembly 3.0), or {@code null} for null references
 */
public record Table(TableType type, Expr init) {}

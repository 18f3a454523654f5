package dev.teracage.compiler.model;

/**
 * A global defined by the module.
 *
 * @param type the global type
 * @param init the constant initializer expression
 */
public record Global(GlobalType type, Expr init) {}

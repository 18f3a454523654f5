package dev.teracage.compiler.spec;

/**
 * The host reference a script writes as {@code (ref.extern n)}: equal when the numbers are.
 *
 * @param id the script's number
 */
record HostRef(long id) {}

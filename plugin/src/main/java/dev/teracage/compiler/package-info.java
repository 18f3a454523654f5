/**
 * The Teracage compiler: reads WebAssembly modules (binary or text), validates them, and (as later
 * work lands) compiles them to JVM classes and arena images. This package holds the facade and the
 * error types; it imports nothing from Maven, so it also serves as a library.
 */
package dev.teracage.compiler;

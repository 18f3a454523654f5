/**
 * Human-readable reports on a module: its imports and exports with their WebAssembly types, its
 * compiled code size and the layout of its instance arena, for the {@code inspect} goal and other
 * tools. Imports nothing from Maven.
 */
package dev.teracage.compiler.inspect;

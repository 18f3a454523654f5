/**
 * The command-line entry point of the plugin jar ({@code java -jar teracage-maven-plugin-*.jar}):
 * for now {@code validate FILE...}, which reads each module with {@link
 * dev.teracage.compiler.ModuleReader} and prints what it contains or why it is malformed or
 * invalid.
 */
package dev.teracage.compiler.cli;

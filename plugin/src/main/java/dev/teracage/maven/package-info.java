/**
 * The Maven goals: parameters, mapping the configuration onto the plain build classes of {@code
 * dev.teracage.compiler.build}, logging, and turning their errors into Maven build failures. The
 * only package of the plugin that imports Maven types.
 */
package dev.teracage.maven;

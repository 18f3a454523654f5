/**
 * Building a set of module files into a project's outputs, as the Maven plugin does it, without
 * Maven: naming (facade package and class from the file's place, or from settings), the up-to-date
 * check (a stamp per module holding a SHA-256 of everything that decides the outputs), and writing
 * the generated class, the image and the facade source. Imports nothing from Maven.
 *
 * <p>For a module file {@code <sourceDirectory>/com/acme/hello.wat} with no settings:
 *
 * <pre>
 * facade source   generated-sources/com/acme/Hello.java      class com.acme.Hello
 * generated class classes/com/acme/HelloWasm.class           the module's functions
 * image           classes/com/acme/HelloWasm.tcimg           read by Instance.load
 * stamp           state/stamps/com/acme/hello.wat.sha256     inputs of the last build
 * </pre>
 */
package dev.teracage.compiler.build;

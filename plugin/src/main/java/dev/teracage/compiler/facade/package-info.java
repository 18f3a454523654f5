/**
 * Typed Java facades for compiled modules: one Java source file per module, compiled by the
 * application's own {@code javac} step, so that IDEs and the compiler see typed methods instead of
 * method handles. Imports nothing from Maven.
 *
 * <p>A facade for module {@code M} with facade class {@code F} holds:
 *
 * <pre>
 * facade    = imports* results* loadMethods accessors exports* helpers
 * imports   = one nested interface per import module name, one method per import of that module:
 *             a typed method per function, a Memory / Table / Global supplier per other entity
 * results   = one nested record per function signature with several results
 * loadMethods = static F load(Imports...) and static F load(Imports): call Instance.load
 * exports   = a typed method per exported function, an accessor per memory, table, global
 * </pre>
 *
 * Names come from export and import names, made into Java identifiers by {@link
 * dev.teracage.compiler.facade.JavaNames}; collisions get {@code _2}, {@code _3} in module order.
 */
package dev.teracage.compiler.facade;

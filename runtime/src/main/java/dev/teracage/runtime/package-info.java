/**
 * The public API of the Teracage runtime: the exception hierarchy shared with the compiler, and (as
 * later work lands) opening images, binding imports and calling exports.
 */
package dev.teracage.runtime;

/**
 * WASI preview 1 ({@code wasi_snapshot_preview1}) for guests run by the Teracage runtime: {@link
 * dev.teracage.runtime.wasi.Wasi} builds one guest's environment and binds its host functions as
 * imports.
 *
 * <p>The package owns the guest's descriptor table and the sandbox. One file per area of functions
 * ({@code ArgsFunctions}, {@code ClockFunctions}, {@code FdIoFunctions}, {@code OpenFunctions},
 * ...); {@code Binder} turns their methods into imports. Every guest pointer and length is checked
 * against the caller's memory before use ({@code Guest}); bad input becomes an errno ({@link
 * dev.teracage.runtime.wasi.Errno}), never an exception out of the host. Only {@code proc_exit}
 * unwinds, as {@link dev.teracage.runtime.wasi.WasiExit}.
 *
 * <p>Sandbox ({@code PathResolver}): the guest sees only preopened directories. Paths are resolved
 * component by component inside the preopen with links read and followed by hand; absolute paths,
 * {@code ..} above the preopen and links leading out of it are {@link
 * dev.teracage.runtime.wasi.Errno#NOTCAPABLE}, more than 40 links on one path {@link
 * dev.teracage.runtime.wasi.Errno#LOOP}, renames and links between preopens {@link
 * dev.teracage.runtime.wasi.Errno#XDEV}. Rights are enforced as the witx {@code rights} define them
 * ({@link dev.teracage.runtime.wasi.Errno#NOTCAPABLE} when one is missing); a read-only preopen
 * grants no right that changes the file system.
 */
package dev.teracage.runtime.wasi;

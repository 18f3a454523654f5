package dev.teracage.runtime.wasi;

import java.nio.file.Path;

/**
 * A host directory made visible to the guest: the sandbox root every path below it stays inside.
 *
 * @param root the host directory, as a real path (no symbolic link in it)
 * @param guestPath the name the guest sees ({@code fd_prestat_dir_name})
 * @param readOnly whether the guest is refused every right that changes the file system
 */
record Preopen(Path root, String guestPath, boolean readOnly) {}

package dev.teracage.runtime.image;

import java.util.Objects;

/**
 * A memory type (memory32; memory64 later).
 *
 * @param limits the size limits in 64 KiB pages
 */
public record MemoryType(Limits limits) {
  /** Checks the type. */
  public MemoryType {
    Objects.requireNonNull(limits);
  }
}

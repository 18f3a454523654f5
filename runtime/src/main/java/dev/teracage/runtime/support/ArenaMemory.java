package dev.teracage.runtime.support;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where arenas come from (design P3): virtual reservations that cost nothing until written.
 *
 * <p>{@link #reserve} maps one shared, sparse, all-zero file {@link FileChannel.MapMode#PRIVATE
 * privately} (copy-on-write): untouched pages read as zero and take no memory, a written page is
 * materialized on first write and never reaches the file. The file is created once in the temporary
 * directory, deleted from the directory right away (the open channel keeps it), and lengthened to
 * the largest reservation seen. Mappings are released when their segments become unreachable.
 *
 * <p>When mapping is not possible (or disabled with the system property {@code
 * teracage.arena.map=false}) {@link #reserve} returns {@code null} and callers fall back to {@link
 * #allocate}: plain zeroed memory of the current need, copied when it grows.
 */
public final class ArenaMemory {
  /** Alignment of every reservation's base. */
  public static final long ALIGNMENT = 64 * 1024;

  private static volatile boolean map = !"false".equals(System.getProperty("teracage.arena.map"));
  private static FileChannel zeroFile;
  private static long zeroFileSize;
  private static boolean mappingFailed;

  private ArenaMemory() {}

  /**
   * Turns reservation by mapping on or off for arenas created from now on (off: every arena takes
   * the allocate-and-copy fallback). For embedders that cannot map files, and for tests.
   *
   * @param enabled whether {@link #reserve} may map
   */
  public static void useMapping(boolean enabled) {
    map = enabled;
  }

  /**
   * Returns whether arenas may be mapped (see {@link #useMapping}).
   *
   * @return whether mapping is on
   */
  public static boolean mappingEnabled() {
    return map;
  }

  /**
   * Reserves {@code bytes} of zeroed, writable memory, 64 KiB aligned, without committing it.
   *
   * @param bytes the size to reserve
   * @return the reservation, or {@code null} when memory cannot be reserved by mapping
   */
  public static MemorySegment reserve(long bytes) {
    if (!map || bytes < 0) {
      return null;
    }
    long mapped = bytes + ALIGNMENT;
    FileChannel channel;
    synchronized (ArenaMemory.class) {
      if (mappingFailed) {
        return null;
      }
      try {
        if (zeroFile == null) {
          Path file = Files.createTempFile("teracage-arena", ".zero");
          zeroFile = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
          try {
            Files.delete(file);
          } catch (IOException e) {
            file.toFile().deleteOnExit();
          }
        }
        if (zeroFileSize < mapped) {
          // Sparse: one zero byte at the end lengthens the file without writing the rest.
          if (zeroFile.size() < mapped) {
            zeroFile.write(java.nio.ByteBuffer.allocate(1), mapped - 1);
          }
          zeroFileSize = mapped;
        }
        channel = zeroFile;
      } catch (IOException | UnsupportedOperationException e) {
        mappingFailed = true;
        return null;
      }
    }
    try {
      MemorySegment segment = channel.map(FileChannel.MapMode.PRIVATE, 0, mapped, Arena.ofAuto());
      long skip = (ALIGNMENT - (segment.address() & (ALIGNMENT - 1))) & (ALIGNMENT - 1);
      return segment.asSlice(skip, bytes);
    } catch (IOException | UnsupportedOperationException | OutOfMemoryError e) {
      return null;
    }
  }

  /**
   * Allocates {@code bytes} of zeroed memory now, 16-byte aligned (the fallback).
   *
   * @param bytes the size
   * @return a fresh segment, freed when unreachable
   */
  public static MemorySegment allocate(long bytes) {
    return Arena.ofAuto().allocate(Math.max(bytes, 1), 16).asSlice(0, bytes);
  }
}

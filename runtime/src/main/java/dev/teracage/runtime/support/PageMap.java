package dev.teracage.runtime.support;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * Which pages of a mapping a process has written, from Linux's {@code /proc/self/pagemap}: a page
 * of a private file mapping that was never written is either not present or still the file's page;
 * a written one is present and anonymous (or swapped out). Capturing an arena that was reserved
 * from the all-zero file then reads only the written pages, instead of faulting in every page of a
 * gigabyte-sized memory that holds nothing.
 *
 * <p>Where the information is not available (not Linux, {@code /proc} not readable, an unknown page
 * size), {@link #writtenPages} returns {@code null} and callers read everything.
 */
public final class PageMap {
  private static final Path PAGEMAP = Path.of("/proc/self/pagemap");
  private static final Path AUXV = Path.of("/proc/self/auxv");
  private static final long AT_PAGESZ = 6;
  private static final long PRESENT = 1L << 63;
  private static final long SWAPPED = 1L << 62;
  private static final long FILE_OR_SHARED = 1L << 61;

  /** The page size, or -1 when unknown. */
  public static final long PAGE_SIZE = pageSize();

  private PageMap() {}

  private static long pageSize() {
    try {
      if (!Files.isReadable(AUXV)) {
        return -1;
      }
      ByteBuffer auxv = ByteBuffer.wrap(Files.readAllBytes(AUXV)).order(ByteOrder.nativeOrder());
      while (auxv.remaining() >= 16) {
        long type = auxv.getLong();
        long value = auxv.getLong();
        if (type == AT_PAGESZ) {
          return value > 0 && Long.bitCount(value) == 1 ? value : -1;
        }
        if (type == 0) {
          break;
        }
      }
    } catch (IOException | SecurityException e) {
      // unknown
    }
    return -1;
  }

  /**
   * Returns which pages of a segment may differ from the file it maps privately (written pages).
   *
   * @param segment a slice of a private file mapping
   * @return bit {@code i} set for each possibly written page {@code i} (counted from the page
   *     holding the segment's first byte), or {@code null} when unknown
   */
  public static BitSet writtenPages(MemorySegment segment) {
    if (PAGE_SIZE <= 0 || !segment.isNative() || segment.byteSize() == 0) {
      return null;
    }
    long first = segment.address() / PAGE_SIZE;
    long last = (segment.address() + segment.byteSize() - 1) / PAGE_SIZE;
    long pages = last - first + 1;
    if (pages > Integer.MAX_VALUE) {
      return null;
    }
    BitSet written = new BitSet((int) pages);
    try (FileChannel ch = FileChannel.open(PAGEMAP, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.nativeOrder());
      long page = 0;
      while (page < pages) {
        buf.clear();
        buf.limit((int) Math.min(buf.capacity(), (pages - page) * 8));
        int n = ch.read(buf, (first + page) * 8);
        if (n <= 0 || n % 8 != 0) {
          return null;
        }
        buf.flip();
        while (buf.hasRemaining()) {
          long entry = buf.getLong();
          if ((entry & SWAPPED) != 0 || (entry & PRESENT) != 0 && (entry & FILE_OR_SHARED) == 0) {
            written.set((int) page);
          }
          page++;
        }
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return null;
    }
    return written;
  }
}

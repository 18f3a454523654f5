package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A standard stream: a Java {@link InputStream} (standard input) or {@link OutputStream} (output
 * and error) chosen by the embedder. Not seekable ({@link Errno#SPIPE}); its filetype is {@code
 * unknown}, so a guest libc does not treat it as a terminal. Closing it does not close the Java
 * stream, which the embedder owns; output is flushed instead.
 */
final class StreamFd extends Descriptor {
  private final InputStream in;
  private final OutputStream out;
  private final byte[] scratch = new byte[16 * 1024];

  private StreamFd(InputStream in, OutputStream out, long rights) {
    super(rights, 0, 0);
    this.in = in;
    this.out = out;
  }

  static StreamFd input(InputStream in) {
    return new StreamFd(in, null, Rights.STDIN);
  }

  static StreamFd output(OutputStream out) {
    return new StreamFd(null, out, Rights.STDOUT);
  }

  boolean readable() {
    return in != null;
  }

  /** Bytes readable without blocking, as far as the stream knows. */
  int available() throws IOException {
    return in == null ? 0 : in.available();
  }

  /**
   * Reads into the guest's buffers until one is not filled, or nothing more is available without
   * blocking once something was read.
   *
   * @return bytes read, 0 at end of stream
   */
  long read(MemorySegment memory, Iovecs iovecs) throws IOException {
    if (in == null) {
      throw new Fault(Errno.BADF);
    }
    long total = 0;
    for (int i = 0; i < iovecs.offsets().length; i++) {
      long offset = iovecs.offsets()[i];
      long remaining = Integer.toUnsignedLong(iovecs.lengths()[i]);
      while (remaining > 0) {
        int n = in.read(scratch, 0, (int) Math.min(scratch.length, remaining));
        if (n <= 0) {
          return total;
        }
        // In bounds: Iovecs.read checked the buffer; n <= remaining.
        MemorySegment.copy(scratch, 0, memory, ValueLayout.JAVA_BYTE, offset, n);
        offset += n;
        remaining -= n;
        total += n;
        if (in.available() <= 0) {
          return total; // do not block for more once something was read
        }
      }
    }
    return total;
  }

  /** Writes every guest buffer whole and flushes. */
  long write(MemorySegment memory, Iovecs iovecs) throws IOException {
    if (out == null) {
      throw new Fault(Errno.BADF);
    }
    // The buffers go out gathered, up to the scratch's size per write: one write (one system
    // call, on an unbuffered stream) for the usual fd_write of a few buffers, like writev.
    int filled = 0;
    for (int i = 0; i < iovecs.offsets().length; i++) {
      long offset = iovecs.offsets()[i];
      long remaining = Integer.toUnsignedLong(iovecs.lengths()[i]);
      while (remaining > 0) {
        if (filled == scratch.length) {
          out.write(scratch, 0, filled);
          filled = 0;
        }
        int n = (int) Math.min(scratch.length - filled, remaining);
        // In bounds: Iovecs.read checked the buffer; n <= remaining.
        MemorySegment.copy(memory, ValueLayout.JAVA_BYTE, offset, scratch, filled, n);
        filled += n;
        offset += n;
        remaining -= n;
      }
    }
    if (filled > 0) {
      out.write(scratch, 0, filled);
    }
    out.flush();
    return iovecs.total();
  }

  @Override
  int filetype() {
    return Abi.FILETYPE_UNKNOWN;
  }

  @Override
  void close() throws IOException {
    if (out != null) {
      out.flush();
    }
  }
}

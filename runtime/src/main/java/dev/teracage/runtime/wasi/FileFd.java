package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * An open file: a {@link FileChannel} plus where it was opened (for {@code fd_filestat_*}, which
 * {@code java.nio} can only do by path). The position is the channel's; the {@code append} fdflag
 * is applied here, before each write, so {@code fd_fdstat_set_flags} can change it.
 */
final class FileFd extends Descriptor {
  final FileChannel channel;
  private final Preopen preopen;
  private final List<String> components;
  private final int filetype;

  FileFd(
      FileChannel channel,
      Preopen preopen,
      List<String> components,
      int filetype,
      long rightsBase,
      int fdflags) {
    super(rightsBase, 0, fdflags);
    this.channel = channel;
    this.preopen = preopen;
    this.components = List.copyOf(components);
    this.filetype = filetype;
  }

  /**
   * Returns the host path the file was opened at, its directories checked to be plain ones.
   *
   * @throws Fault {@link Errno#NOENT} when they no longer are ({@link PathResolver#checkedHost})
   */
  Path host() throws IOException {
    return PathResolver.checkedHost(preopen, components, components.size() - 1);
  }

  /** Reads at the position; returns 0 at end of file. */
  long read(ByteBuffer[] buffers) throws IOException {
    long n = channel.read(buffers);
    return Math.max(0, n);
  }

  /** Writes every buffer whole at the position (at the end with {@code append}). */
  long write(ByteBuffer[] buffers) throws IOException {
    if ((fdflags & Abi.FDFLAGS_APPEND) != 0) {
      channel.position(channel.size());
    }
    long wanted = 0;
    for (ByteBuffer buffer : buffers) {
      wanted += buffer.remaining();
    }
    // One gathering write (writev) for all the buffers, repeated if the channel took fewer bytes.
    long total = 0;
    while (total < wanted) {
      total += channel.write(buffers);
    }
    return total;
  }

  /** Reads at an offset without moving the position. */
  long pread(ByteBuffer[] buffers, long offset) throws IOException {
    long total = 0;
    for (ByteBuffer buffer : buffers) {
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, offset + total);
        if (n <= 0) {
          return total;
        }
        total += n;
      }
    }
    return total;
  }

  /** Writes at an offset without moving the position. */
  long pwrite(ByteBuffer[] buffers, long offset) throws IOException {
    long total = 0;
    for (ByteBuffer buffer : buffers) {
      while (buffer.hasRemaining()) {
        total += channel.write(buffer, offset + total);
      }
    }
    return total;
  }

  /** Extends the file with zeros to at least {@code size} bytes; never shrinks it. */
  void extend(long size) throws IOException {
    if (size > channel.size()) {
      channel.write(ByteBuffer.allocate(1), size - 1);
    }
  }

  /** Sets the size: truncates or extends with zeros. */
  void resize(long size) throws IOException {
    if (size < channel.size()) {
      channel.truncate(size);
    } else {
      extend(size);
    }
  }

  @Override
  int filetype() {
    return filetype;
  }

  @Override
  void close() throws IOException {
    channel.close();
  }
}

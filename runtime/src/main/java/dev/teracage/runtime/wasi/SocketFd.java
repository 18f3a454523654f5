package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A socket the embedder handed over ({@link Wasi.Builder#socket}), or one accepted from it: a
 * listening {@link ServerSocketChannel} or a connected {@link SocketChannel}. The {@code nonblock}
 * fdflag is the channel's blocking mode.
 */
final class SocketFd extends Descriptor {
  static final long LISTENER_RIGHTS =
      Rights.SOCK_ACCEPT | Rights.POLL_FD_READWRITE | Rights.FD_FDSTAT_SET_FLAGS;
  static final long STREAM_RIGHTS =
      Rights.FD_READ
          | Rights.FD_WRITE
          | Rights.SOCK_SHUTDOWN
          | Rights.POLL_FD_READWRITE
          | Rights.FD_FDSTAT_SET_FLAGS
          | Rights.FD_FILESTAT_GET;

  final ServerSocketChannel listener;
  final SocketChannel stream;

  private SocketFd(ServerSocketChannel listener, SocketChannel stream, long rights, int fdflags) {
    super(rights, rights, fdflags);
    this.listener = listener;
    this.stream = stream;
  }

  static SocketFd listener(ServerSocketChannel channel) {
    return new SocketFd(channel, null, LISTENER_RIGHTS, blocking(channel.isBlocking()));
  }

  static SocketFd stream(SocketChannel channel) {
    return new SocketFd(null, channel, STREAM_RIGHTS, blocking(channel.isBlocking()));
  }

  private static int blocking(boolean blocking) {
    return blocking ? 0 : Abi.FDFLAGS_NONBLOCK;
  }

  /** Applies the {@code nonblock} flag to the channel. */
  void setNonblocking(boolean nonblocking) throws IOException {
    if (listener != null) {
      listener.configureBlocking(!nonblocking);
    } else {
      stream.configureBlocking(!nonblocking);
    }
  }

  long read(ByteBuffer[] buffers) throws IOException {
    SocketChannel channel = connected();
    long n = channel.read(buffers);
    if (n == 0 && !channel.isBlocking() && remaining(buffers) > 0) {
      throw new Fault(Errno.AGAIN);
    }
    return Math.max(0, n);
  }

  long write(ByteBuffer[] buffers) throws IOException {
    SocketChannel channel = connected();
    long total = channel.write(buffers);
    if (channel.isBlocking()) {
      while (remaining(buffers) > 0) {
        total += channel.write(buffers);
      }
    } else if (total == 0 && remaining(buffers) > 0) {
      throw new Fault(Errno.AGAIN);
    }
    return total;
  }

  SocketChannel connected() {
    if (stream == null) {
      throw new Fault(Errno.NOTCONN);
    }
    return stream;
  }

  private static long remaining(ByteBuffer[] buffers) {
    long remaining = 0;
    for (ByteBuffer buffer : buffers) {
      remaining += buffer.remaining();
    }
    return remaining;
  }

  @Override
  int filetype() {
    return Abi.FILETYPE_SOCKET_STREAM;
  }

  @Override
  void close() throws IOException {
    if (listener != null) {
      listener.close();
    } else {
      stream.close();
    }
  }
}

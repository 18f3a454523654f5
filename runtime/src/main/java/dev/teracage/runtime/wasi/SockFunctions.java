package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * {@code sock_accept}, {@code sock_recv}, {@code sock_send} and {@code sock_shutdown} on sockets
 * the embedder handed over ({@link SocketFd}). A descriptor that is open but no socket is {@link
 * Errno#NOTSOCK}; one that is not open, {@link Errno#BADF}. Peeking ({@code recv_peek}) has no Java
 * counterpart on a stream channel and is {@link Errno#NOTSUP}.
 */
final class SockFunctions {
  private final WasiState state;

  SockFunctions(WasiState state) {
    this.state = state;
  }

  int sockAccept(int fd, int flags, int fdPtr, Context caller) throws IOException {
    SocketFd socket = socket(fd);
    socket.require(Rights.SOCK_ACCEPT);
    if ((flags & ~Abi.FDFLAGS_NONBLOCK) != 0) {
      throw new Fault(Errno.INVAL);
    }
    Guest.check(caller.memory0, fdPtr, 4);
    if (socket.listener == null) {
      throw new Fault(Errno.INVAL);
    }
    SocketChannel accepted = socket.listener.accept();
    if (accepted == null) {
      throw new Fault(Errno.AGAIN);
    }
    accepted.configureBlocking((flags & Abi.FDFLAGS_NONBLOCK) == 0);
    SocketFd opened = SocketFd.stream(accepted);
    state.fds.install(opened, caller.memory0, fdPtr);
    return Errno.SUCCESS;
  }

  int sockRecv(int fd, int iovs, int iovsLen, int flags, int lenPtr, int roflagsPtr, Context caller)
      throws IOException {
    SocketFd socket = socket(fd);
    socket.require(Rights.FD_READ);
    MemorySegment memory = caller.memory0;
    ByteBuffer[] buffers = Iovecs.read(memory, iovs, iovsLen).buffers(memory);
    Guest.check(memory, lenPtr, 4);
    Guest.check(memory, roflagsPtr, 2);
    if ((flags & ~(Abi.RIFLAGS_PEEK | Abi.RIFLAGS_WAITALL)) != 0) {
      throw new Fault(Errno.INVAL);
    }
    if ((flags & Abi.RIFLAGS_PEEK) != 0) {
      throw new Fault(Errno.NOTSUP);
    }
    long n = socket.read(buffers);
    if ((flags & Abi.RIFLAGS_WAITALL) != 0) {
      long more;
      while (remaining(buffers) > 0 && (more = socket.read(buffers)) > 0) {
        n += more;
      }
    }
    Guest.putU32(memory, lenPtr, (int) n);
    Guest.putU16(memory, roflagsPtr, 0);
    return Errno.SUCCESS;
  }

  int sockSend(int fd, int iovs, int iovsLen, int flags, int lenPtr, Context caller)
      throws IOException {
    SocketFd socket = socket(fd);
    socket.require(Rights.FD_WRITE);
    MemorySegment memory = caller.memory0;
    ByteBuffer[] buffers = Iovecs.read(memory, iovs, iovsLen).buffers(memory);
    Guest.check(memory, lenPtr, 4);
    if (flags != 0) {
      throw new Fault(Errno.INVAL);
    }
    Guest.putU32(memory, lenPtr, (int) socket.write(buffers));
    return Errno.SUCCESS;
  }

  int sockShutdown(int fd, int how, Context caller) throws IOException {
    SocketFd socket = socket(fd);
    socket.require(Rights.SOCK_SHUTDOWN);
    if (how == 0 || (how & ~(Abi.SDFLAGS_RD | Abi.SDFLAGS_WR)) != 0) {
      throw new Fault(Errno.INVAL);
    }
    SocketChannel channel = socket.connected();
    if ((how & Abi.SDFLAGS_RD) != 0) {
      channel.shutdownInput();
    }
    if ((how & Abi.SDFLAGS_WR) != 0) {
      channel.shutdownOutput();
    }
    return Errno.SUCCESS;
  }

  private SocketFd socket(int fd) {
    if (state.fds.get(fd) instanceof SocketFd socket) {
      return socket;
    }
    throw new Fault(Errno.NOTSOCK);
  }

  private static long remaining(ByteBuffer[] buffers) {
    long remaining = 0;
    for (ByteBuffer buffer : buffers) {
      remaining += buffer.remaining();
    }
    return remaining;
  }
}

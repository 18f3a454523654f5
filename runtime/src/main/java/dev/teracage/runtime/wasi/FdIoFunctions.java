package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * {@code fd_read}, {@code fd_write}, {@code fd_pread}, {@code fd_pwrite}, {@code fd_seek} and
 * {@code fd_tell}. Every iovec and the result pointer are checked before any byte moves, so a bad
 * pointer ({@link Errno#FAULT}) never consumes input or half-writes output.
 */
final class FdIoFunctions {
  /** Most iovecs in one call, as POSIX's {@code IOV_MAX} in wasi-libc. */
  static final int IOV_MAX = 1024;

  private final WasiState state;

  FdIoFunctions(WasiState state) {
    this.state = state;
  }

  int fdRead(int fd, int iovs, int iovsLen, int nreadPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    MemorySegment memory = caller.memory0;
    ByteBuffer[] buffers = iovecs(memory, iovs, iovsLen);
    Guest.check(memory, nreadPtr, 4);
    long n =
        switch (descriptor) {
          case StreamFd stream -> {
            descriptor.require(Rights.FD_READ);
            yield stream.read(buffers);
          }
          case FileFd file -> {
            descriptor.require(Rights.FD_READ);
            yield file.read(buffers);
          }
          case SocketFd socket -> {
            descriptor.require(Rights.FD_READ);
            yield socket.read(buffers);
          }
          case DirFd dir -> throw new Fault(Errno.ISDIR);
        };
    Guest.putU32(memory, nreadPtr, (int) n);
    return Errno.SUCCESS;
  }

  int fdWrite(int fd, int iovs, int iovsLen, int nwrittenPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    MemorySegment memory = caller.memory0;
    ByteBuffer[] buffers = iovecs(memory, iovs, iovsLen);
    Guest.check(memory, nwrittenPtr, 4);
    long n =
        switch (descriptor) {
          case StreamFd stream -> {
            descriptor.require(Rights.FD_WRITE);
            yield stream.write(buffers);
          }
          case FileFd file -> {
            descriptor.require(Rights.FD_WRITE);
            yield file.write(buffers);
          }
          case SocketFd socket -> {
            descriptor.require(Rights.FD_WRITE);
            yield socket.write(buffers);
          }
          case DirFd dir -> throw new Fault(Errno.ISDIR);
        };
    Guest.putU32(memory, nwrittenPtr, (int) n);
    return Errno.SUCCESS;
  }

  int fdPread(int fd, int iovs, int iovsLen, long offset, int nreadPtr, Context caller)
      throws IOException {
    FileFd file = seekable(fd, Rights.FD_READ | Rights.FD_SEEK);
    MemorySegment memory = caller.memory0;
    ByteBuffer[] buffers = iovecs(memory, iovs, iovsLen);
    Guest.check(memory, nreadPtr, 4);
    if (offset < 0) {
      throw new Fault(Errno.INVAL);
    }
    Guest.putU32(memory, nreadPtr, (int) file.pread(buffers, offset));
    return Errno.SUCCESS;
  }

  int fdPwrite(int fd, int iovs, int iovsLen, long offset, int nwrittenPtr, Context caller)
      throws IOException {
    FileFd file = seekable(fd, Rights.FD_WRITE | Rights.FD_SEEK);
    MemorySegment memory = caller.memory0;
    ByteBuffer[] buffers = iovecs(memory, iovs, iovsLen);
    Guest.check(memory, nwrittenPtr, 4);
    if (offset < 0 || offset + total(buffers) < 0) {
      throw new Fault(Errno.INVAL);
    }
    Guest.putU32(memory, nwrittenPtr, (int) file.pwrite(buffers, offset));
    return Errno.SUCCESS;
  }

  int fdSeek(int fd, long offset, int whence, int newOffsetPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    if (descriptor instanceof StreamFd || descriptor instanceof SocketFd) {
      throw new Fault(Errno.SPIPE);
    }
    descriptor.require(whence == Abi.WHENCE_CUR && offset == 0 ? Rights.FD_TELL : Rights.FD_SEEK);
    if (!(descriptor instanceof FileFd file)) {
      throw new Fault(Errno.BADF);
    }
    Guest.check(caller.memory0, newOffsetPtr, 8);
    long base =
        switch (whence) {
          case Abi.WHENCE_SET -> 0;
          case Abi.WHENCE_CUR -> file.channel.position();
          case Abi.WHENCE_END -> file.channel.size();
          default -> throw new Fault(Errno.INVAL);
        };
    long position;
    try {
      position = Math.addExact(base, offset);
    } catch (ArithmeticException e) {
      throw new Fault(Errno.INVAL);
    }
    if (position < 0) {
      throw new Fault(Errno.INVAL);
    }
    file.channel.position(position);
    Guest.putU64(caller.memory0, newOffsetPtr, position);
    return Errno.SUCCESS;
  }

  int fdTell(int fd, int offsetPtr, Context caller) throws IOException {
    FileFd file = seekable(fd, Rights.FD_TELL);
    Guest.check(caller.memory0, offsetPtr, 8);
    Guest.putU64(caller.memory0, offsetPtr, file.channel.position());
    return Errno.SUCCESS;
  }

  private FileFd seekable(int fd, long rights) {
    Descriptor descriptor = state.fds.get(fd);
    return switch (descriptor) {
      case StreamFd stream -> throw new Fault(Errno.SPIPE);
      case SocketFd socket -> throw new Fault(Errno.SPIPE);
      case DirFd dir -> throw new Fault(Errno.ISDIR);
      case FileFd file -> {
        file.require(rights);
        yield file;
      }
    };
  }

  /**
   * Reads and checks an iovec array: the array itself and every buffer inside memory ({@link
   * Errno#FAULT}), at most {@link #IOV_MAX} entries and at most 2^32-1 bytes in all (else {@link
   * Errno#INVAL}, the total must fit the u32 result).
   */
  static ByteBuffer[] iovecs(MemorySegment memory, int iovs, int iovsLen) {
    long count = Integer.toUnsignedLong(iovsLen);
    Guest.check(memory, iovs, count * Abi.IOVEC_SIZE);
    if (count > IOV_MAX) {
      throw new Fault(Errno.INVAL);
    }
    ByteBuffer[] buffers = new ByteBuffer[(int) count];
    long total = 0;
    for (int i = 0; i < buffers.length; i++) {
      int at = iovs + i * Abi.IOVEC_SIZE;
      int ptr = Guest.u32(memory, at);
      int len = Guest.u32(memory, at + 4);
      total += Integer.toUnsignedLong(len);
      buffers[i] = Guest.buffer(memory, ptr, len);
    }
    if (total > 0xFFFF_FFFFL) {
      throw new Fault(Errno.INVAL);
    }
    return buffers;
  }

  private static long total(ByteBuffer[] buffers) {
    long total = 0;
    for (ByteBuffer buffer : buffers) {
      total += buffer.remaining();
    }
    return total;
  }
}

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
  private final WasiState state;

  FdIoFunctions(WasiState state) {
    this.state = state;
  }

  int fdRead(int fd, int iovs, int iovsLen, int nreadPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    MemorySegment memory = caller.memory0;
    Iovecs iovecs = Iovecs.read(memory, iovs, iovsLen);
    Guest.check(memory, nreadPtr, 4);
    long n =
        switch (descriptor) {
          case StreamFd stream -> {
            descriptor.require(Rights.FD_READ);
            yield stream.read(memory, iovecs);
          }
          case FileFd file -> {
            descriptor.require(Rights.FD_READ);
            yield file.read(iovecs.buffers(memory));
          }
          case SocketFd socket -> {
            descriptor.require(Rights.FD_READ);
            yield socket.read(iovecs.buffers(memory));
          }
          case DirFd dir -> throw new Fault(Errno.ISDIR);
        };
    Guest.putU32(memory, nreadPtr, (int) n);
    return Errno.SUCCESS;
  }

  int fdWrite(int fd, int iovs, int iovsLen, int nwrittenPtr, Context caller) throws IOException {
    Descriptor descriptor = state.fds.get(fd);
    MemorySegment memory = caller.memory0;
    Iovecs iovecs = Iovecs.read(memory, iovs, iovsLen);
    Guest.check(memory, nwrittenPtr, 4);
    long n =
        switch (descriptor) {
          case StreamFd stream -> {
            descriptor.require(Rights.FD_WRITE);
            yield stream.write(memory, iovecs);
          }
          case FileFd file -> {
            descriptor.require(Rights.FD_WRITE);
            yield file.write(iovecs.buffers(memory));
          }
          case SocketFd socket -> {
            descriptor.require(Rights.FD_WRITE);
            yield socket.write(iovecs.buffers(memory));
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
    ByteBuffer[] buffers = Iovecs.read(memory, iovs, iovsLen).buffers(memory);
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
    ByteBuffer[] buffers = Iovecs.read(memory, iovs, iovsLen).buffers(memory);
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

  private static long total(ByteBuffer[] buffers) {
    long total = 0;
    for (ByteBuffer buffer : buffers) {
      total += buffer.remaining();
    }
    return total;
  }
}

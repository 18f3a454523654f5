package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import dev.teracage.runtime.support.FuncRef;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test support: a {@link Wasi} whose bound host functions are called directly, as generated code
 * would call them, with a one-page memory as the caller's memory 0.
 */
final class Harness {
  static final int PAGE = 65536;
  private static final ValueLayout.OfInt U32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong U64 =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  final Wasi wasi;
  final Map<String, MethodHandle> functions;
  final MemorySegment memory;
  final Context caller;

  Harness(Wasi.Builder builder) {
    this.wasi = builder.build();
    this.functions = wasi.handles();
    this.memory = Arena.ofAuto().allocate(PAGE, 16);
    this.caller =
        new Context(memory, new MemorySegment[] {memory}, new FuncRef[0], 1, new Object[0], null);
  }

  /** Calls a host function; returns its errno. */
  int call(String name, Object... args) {
    List<Object> all = new ArrayList<>(List.of(args));
    all.add(caller);
    try {
      return (int) functions.get(name).invokeWithArguments(all);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** Writes UTF-8 at an offset; returns the byte length. */
  int put(int at, String text) {
    return put(at, text.getBytes(StandardCharsets.UTF_8));
  }

  int put(int at, byte[] bytes) {
    MemorySegment.copy(bytes, 0, memory, ValueLayout.JAVA_BYTE, at, bytes.length);
    return bytes.length;
  }

  void putU32(int at, int value) {
    memory.set(U32, at, value);
  }

  void putU64(int at, long value) {
    memory.set(U64, at, value);
  }

  /** Writes an iovec {buf, len} at {@code at}. */
  void iovec(int at, int buf, int len) {
    putU32(at, buf);
    putU32(at + 4, len);
  }

  int u32(int at) {
    return memory.get(U32, at);
  }

  long u64(int at) {
    return memory.get(U64, at);
  }

  int u8(int at) {
    return memory.get(ValueLayout.JAVA_BYTE, at) & 0xFF;
  }

  int u16(int at) {
    return u8(at) | u8(at + 1) << 8;
  }

  String string(int at, int len) {
    byte[] bytes = new byte[len];
    MemorySegment.copy(memory, ValueLayout.JAVA_BYTE, at, bytes, 0, len);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Opens {@code path} below {@code dirFd}; returns the new fd or throws with the errno. */
  int open(int dirFd, String path, int oflags, long rights, int fdflags) {
    int len = put(1000, path);
    int errno =
        call("path_open", dirFd, 1, 1000, len, oflags, rights, rights | Rights.FILE, fdflags, 996);
    if (errno != Errno.SUCCESS) {
      throw new AssertionError("path_open " + path + ": " + Errno.name(errno));
    }
    return u32(996);
  }

  /** Calls a function taking (fd, path, path_len) with the path at offset 1000. */
  int pathCall(String name, int fd, String path) {
    return call(name, fd, 1000, put(1000, path));
  }

  /** Writes text to an fd through one iovec; returns the errno. */
  int write(int fd, String text) {
    int len = put(2000, text);
    iovec(1900, 2000, len);
    return call("fd_write", fd, 1900, 1, 1896);
  }

  /** Reads up to {@code max} bytes from an fd through one iovec. */
  String read(int fd, int max) {
    iovec(1900, 4000, max);
    int errno = call("fd_read", fd, 1900, 1, 1896);
    if (errno != Errno.SUCCESS) {
      throw new AssertionError("fd_read: " + Errno.name(errno));
    }
    return string(4000, u32(1896));
  }
}

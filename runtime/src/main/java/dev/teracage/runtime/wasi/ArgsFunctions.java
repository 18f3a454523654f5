package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * {@code args_get}, {@code args_sizes_get}, {@code environ_get}, {@code environ_sizes_get}: the
 * strings are NUL-terminated UTF-8, environment entries {@code KEY=value}.
 */
final class ArgsFunctions {
  private final WasiState state;

  ArgsFunctions(WasiState state) {
    this.state = state;
  }

  int argsSizesGet(int countPtr, int sizePtr, Context caller) {
    return sizes(state.args, countPtr, sizePtr, caller.memory0);
  }

  int argsGet(int pointersPtr, int bufferPtr, Context caller) {
    return strings(state.args, pointersPtr, bufferPtr, caller.memory0);
  }

  int environSizesGet(int countPtr, int sizePtr, Context caller) {
    return sizes(state.env, countPtr, sizePtr, caller.memory0);
  }

  int environGet(int pointersPtr, int bufferPtr, Context caller) {
    return strings(state.env, pointersPtr, bufferPtr, caller.memory0);
  }

  private static int sizes(List<byte[]> strings, int countPtr, int sizePtr, MemorySegment memory) {
    long size = 0;
    for (byte[] string : strings) {
      size += string.length + 1;
    }
    Guest.check(memory, countPtr, 4);
    Guest.check(memory, sizePtr, 4);
    Guest.putU32(memory, countPtr, strings.size());
    Guest.putU32(memory, sizePtr, (int) size);
    return Errno.SUCCESS;
  }

  private static int strings(
      List<byte[]> strings, int pointersPtr, int bufferPtr, MemorySegment memory) {
    long size = 0;
    for (byte[] string : strings) {
      size += string.length + 1;
    }
    Guest.check(memory, pointersPtr, 4L * strings.size());
    Guest.check(memory, bufferPtr, size);
    int next = bufferPtr;
    for (int i = 0; i < strings.size(); i++) {
      byte[] string = strings.get(i);
      Guest.putU32(memory, pointersPtr + 4 * i, next);
      Guest.write(memory, next, string, 0, string.length);
      Guest.putU8(memory, next + string.length, 0);
      next += string.length + 1;
    }
    return Errno.SUCCESS;
  }
}

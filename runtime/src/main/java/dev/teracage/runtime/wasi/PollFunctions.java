package dev.teracage.runtime.wasi;

import dev.teracage.runtime.support.Context;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poll_oneoff} with clock and fd subscriptions. Regular files are always ready (POSIX {@code
 * poll} says so; a read event carries the bytes left after the position); standard output and error
 * are always writable; standard input is readable when its stream has bytes available; handed-over
 * sockets are reported ready, and a read then blocks as the channel's mode says. A subscription on
 * a descriptor that is not open, or lacks {@code poll_fd_readwrite}, gives an event carrying that
 * errno. When nothing is ready the call sleeps until the earliest clock deadline, watching standard
 * input meanwhile; with no clock to bound the wait, standard input is reported ready so the guest's
 * next read blocks instead (a stream cannot tell it is at its end without being read).
 */
final class PollFunctions {
  private static final long POLL_INTERVAL_NANOS = 1_000_000L;

  private final WasiState state;

  PollFunctions(WasiState state) {
    this.state = state;
  }

  /** One subscription's outcome: ready with an error and byte count, or pending. */
  private record Sub(long userdata, int type, int fd, long remainingNanos) {}

  int pollOneoff(int inPtr, int outPtr, int count, int neventsPtr, Context caller)
      throws IOException {
    MemorySegment memory = caller.memory0;
    long n = Integer.toUnsignedLong(count);
    if (n == 0) {
      throw new Fault(Errno.INVAL);
    }
    Guest.check(memory, inPtr, n * Abi.SUBSCRIPTION_SIZE);
    Guest.check(memory, outPtr, n * Abi.EVENT_SIZE);
    Guest.check(memory, neventsPtr, 4);
    if (n > FdTable.LIMIT * 4L) {
      throw new Fault(Errno.INVAL);
    }
    List<Sub> clocks = new ArrayList<>();
    List<Sub> stdin = new ArrayList<>();
    int events = 0;
    for (int i = 0; i < n; i++) {
      int at = inPtr + i * Abi.SUBSCRIPTION_SIZE;
      long userdata = Guest.u64(memory, at);
      int type = Guest.u8(memory, at + 8);
      switch (type) {
        case Abi.EVENT_CLOCK -> {
          int clockId = Guest.u32(memory, at + 16);
          long timeout = Guest.u64(memory, at + 24);
          int flags = Guest.u16(memory, at + 40);
          if (clockId < 0 || clockId > WasiClock.THREAD_CPUTIME || (flags & ~1) != 0) {
            events = event(memory, outPtr, events, userdata, Errno.INVAL, type, 0);
            continue;
          }
          long remaining =
              (flags & Abi.SUBCLOCK_ABSTIME) != 0 ? timeout - state.clock.now(clockId) : timeout;
          clocks.add(new Sub(userdata, type, -1, remaining < 0 ? 0 : remaining));
        }
        case Abi.EVENT_FD_READ, Abi.EVENT_FD_WRITE -> {
          int fd = Guest.u32(memory, at + 16);
          Descriptor descriptor = state.fds.find(fd);
          if (descriptor == null) {
            events = event(memory, outPtr, events, userdata, Errno.BADF, type, 0);
          } else if ((descriptor.rightsBase & Rights.POLL_FD_READWRITE) == 0) {
            events = event(memory, outPtr, events, userdata, Errno.NOTCAPABLE, type, 0);
          } else if (descriptor instanceof StreamFd stream && type == Abi.EVENT_FD_READ) {
            int available = stream.readable() ? stream.available() : 0;
            if (!stream.readable()) {
              events = event(memory, outPtr, events, userdata, Errno.BADF, type, 0);
            } else if (available > 0) {
              events = event(memory, outPtr, events, userdata, Errno.SUCCESS, type, available);
            } else {
              stdin.add(new Sub(userdata, type, fd, 0));
            }
          } else {
            events =
                event(
                    memory, outPtr, events, userdata, Errno.SUCCESS, type, bytes(descriptor, type));
          }
        }
        default -> throw new Fault(Errno.INVAL);
      }
    }
    if (events == 0) {
      events = waitFor(memory, outPtr, clocks, stdin);
    }
    Guest.putU32(memory, neventsPtr, events);
    return Errno.SUCCESS;
  }

  private int waitFor(MemorySegment memory, int outPtr, List<Sub> clocks, List<Sub> stdin)
      throws IOException {
    int events = 0;
    if (clocks.isEmpty()) {
      for (Sub sub : stdin) {
        events = event(memory, outPtr, events, sub.userdata, Errno.SUCCESS, sub.type, 0);
      }
      return events;
    }
    long wait = Long.MAX_VALUE;
    for (Sub clock : clocks) {
      wait = Math.min(wait, clock.remainingNanos);
    }
    long start = System.nanoTime();
    while (true) {
      for (Sub sub : stdin) {
        int available = ((StreamFd) state.fds.get(sub.fd)).available();
        if (available > 0) {
          events = event(memory, outPtr, events, sub.userdata, Errno.SUCCESS, sub.type, available);
        }
      }
      long elapsed = System.nanoTime() - start;
      if (events > 0) {
        return events;
      }
      if (elapsed >= wait) {
        break;
      }
      long sleep = wait - elapsed;
      if (!stdin.isEmpty()) {
        sleep = Math.min(sleep, POLL_INTERVAL_NANOS);
      }
      try {
        Thread.sleep(sleep / 1_000_000L, (int) (sleep % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Fault(Errno.INTR);
      }
    }
    for (Sub clock : clocks) {
      if (clock.remainingNanos <= wait) {
        events = event(memory, outPtr, events, clock.userdata, Errno.SUCCESS, clock.type, 0);
      }
    }
    return events;
  }

  private static long bytes(Descriptor descriptor, int type) throws IOException {
    if (type == Abi.EVENT_FD_READ && descriptor instanceof FileFd file) {
      return Math.max(0, file.channel.size() - file.channel.position());
    }
    return 0;
  }

  /** Writes event number {@code index} and returns the count after it. */
  private static int event(
      MemorySegment memory,
      int outPtr,
      int index,
      long userdata,
      int errno,
      int type,
      long nbytes) {
    int at = outPtr + index * Abi.EVENT_SIZE;
    Guest.putU64(memory, at, userdata);
    Guest.putU64(memory, at + 8, (errno & 0xFFFFL) | ((long) (type & 0xFF) << 16));
    Guest.putU64(memory, at + 16, nbytes);
    Guest.putU64(memory, at + 24, 0);
    return index + 1;
  }
}

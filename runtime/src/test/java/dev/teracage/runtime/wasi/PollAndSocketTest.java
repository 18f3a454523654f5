package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code poll_oneoff} subscriptions and sockets handed over by the embedder. */
class PollAndSocketTest {
  private static final int IN = 20_000;
  private static final int OUT = 30_000;

  private static void clock(Harness h, int index, long userdata, int id, long timeout, int flags) {
    int at = IN + index * Abi.SUBSCRIPTION_SIZE;
    h.putU64(at, userdata);
    h.putU64(at + 8, Abi.EVENT_CLOCK);
    h.putU32(at + 16, id);
    h.putU64(at + 24, timeout);
    h.putU64(at + 32, 0);
    h.putU64(at + 40, flags);
  }

  private static void fd(Harness h, int index, long userdata, int type, int fd) {
    int at = IN + index * Abi.SUBSCRIPTION_SIZE;
    h.putU64(at, userdata);
    h.putU64(at + 8, type);
    h.putU32(at + 16, fd);
  }

  private static String event(Harness h, int index) {
    int at = OUT + index * Abi.EVENT_SIZE;
    return h.u64(at) + ":" + Errno.name(h.u16(at + 8)) + ":" + h.u8(at + 10) + ":" + h.u64(at + 16);
  }

  @Test
  void relativeClockSleepsAtLeastItsTimeout() {
    Harness h = new Harness(Wasi.builder());
    clock(h, 0, 11, WasiClock.MONOTONIC, 30_000_000L, 0);
    clock(h, 1, 12, WasiClock.MONOTONIC, 5_000_000_000L, 0);
    long start = System.nanoTime();
    assertEquals(Errno.SUCCESS, h.call("poll_oneoff", IN, OUT, 2, 8));
    assertTrue(System.nanoTime() - start >= 30_000_000L);
    assertEquals(1, h.u32(8));
    assertEquals("11:success:0:0", event(h, 0));
  }

  @Test
  void absoluteClockInThePastFiresAtOnce() {
    Harness h = new Harness(Wasi.builder());
    clock(h, 0, 5, WasiClock.REALTIME, 1L, Abi.SUBCLOCK_ABSTIME);
    assertEquals(Errno.SUCCESS, h.call("poll_oneoff", IN, OUT, 1, 8));
    assertEquals(1, h.u32(8));
    assertEquals("5:success:0:0", event(h, 0));
  }

  @Test
  void readyDescriptorsAndErrorsComeBackWithoutWaiting(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("f.txt"), "0123456789");
    Harness h =
        new Harness(Wasi.builder().preopen(dir, "/", false).stdout(new ByteArrayOutputStream()));
    int file = h.open(3, "f.txt", 0, Rights.FD_READ | Rights.POLL_FD_READWRITE | Rights.FD_SEEK, 0);
    assertEquals(Errno.SUCCESS, h.call("fd_seek", file, 4L, Abi.WHENCE_SET, 8));
    fd(h, 0, 1, Abi.EVENT_FD_READ, file);
    fd(h, 1, 2, Abi.EVENT_FD_WRITE, 1);
    fd(h, 2, 3, Abi.EVENT_FD_READ, 77);
    clock(h, 3, 4, WasiClock.MONOTONIC, 10_000_000_000L, 0);
    fd(h, 4, 5, Abi.EVENT_FD_READ, 3); // a directory has no poll right
    clock(h, 5, 6, 9, 0, 0); // no such clock
    long start = System.nanoTime();
    assertEquals(Errno.SUCCESS, h.call("poll_oneoff", IN, OUT, 6, 8));
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
    assertEquals(5, h.u32(8));
    assertEquals("1:success:1:6", event(h, 0));
    assertEquals("2:success:2:0", event(h, 1));
    assertEquals("3:badf:1:0", event(h, 2));
    assertEquals("5:notcapable:1:0", event(h, 3));
    assertEquals("6:inval:0:0", event(h, 4));
  }

  @Test
  void standardInputIsReadyOnceBytesArrive() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    Harness h = new Harness(Wasi.builder().stdin(new PipedInputStream(feed)));
    fd(h, 0, 1, Abi.EVENT_FD_READ, 0);
    clock(h, 1, 2, WasiClock.MONOTONIC, 20_000_000L, 0);
    assertEquals(Errno.SUCCESS, h.call("poll_oneoff", IN, OUT, 2, 8));
    assertEquals(1, h.u32(8));
    assertEquals("2:success:0:0", event(h, 0)); // timed out, nothing to read
    Thread writer =
        Thread.ofPlatform()
            .start(() -> {
              try {
                Thread.sleep(30);
                feed.write("abc".getBytes(StandardCharsets.UTF_8));
                feed.flush();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    clock(h, 1, 2, WasiClock.MONOTONIC, 10_000_000_000L, 0);
    assertEquals(Errno.SUCCESS, h.call("poll_oneoff", IN, OUT, 2, 8));
    writer.join();
    assertEquals(1, h.u32(8));
    assertEquals("1:success:1:3", event(h, 0));
  }

  @Test
  void badSubscriptionArraysAreEfaultOrEinval() {
    Harness h = new Harness(Wasi.builder());
    assertEquals(Errno.INVAL, h.call("poll_oneoff", IN, OUT, 0, 8));
    assertEquals(Errno.FAULT, h.call("poll_oneoff", Harness.PAGE - 40, OUT, 1, 8));
    assertEquals(Errno.FAULT, h.call("poll_oneoff", IN, Harness.PAGE - 16, 1, 8));
    assertEquals(Errno.FAULT, h.call("poll_oneoff", IN, OUT, 1, -4));
    assertEquals(Errno.FAULT, h.call("poll_oneoff", IN, OUT, 100_000, 8));
    h.putU64(IN + 8, 3); // no such event type
    assertEquals(Errno.INVAL, h.call("poll_oneoff", IN, OUT, 1, 8));
  }

  @Test
  void socketsHandedOverAcceptReceiveSendAndShutDown() throws Exception {
    try (ServerSocketChannel listener = ServerSocketChannel.open()) {
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Harness h = new Harness(Wasi.builder().socket(listener));
      assertEquals(Errno.SUCCESS, h.call("fd_fdstat_get", 3, 8));
      assertEquals(Abi.FILETYPE_SOCKET_STREAM, h.u8(8));
      assertEquals(Errno.SUCCESS, h.call("fd_fdstat_set_flags", 3, Abi.FDFLAGS_NONBLOCK));
      assertEquals(Errno.AGAIN, h.call("sock_accept", 3, 0, 8)); // no client waits
      try (SocketChannel client = SocketChannel.open(listener.getLocalAddress())) {
        assertEquals(Errno.SUCCESS, h.call("fd_fdstat_set_flags", 3, 0));
        assertEquals(Errno.SUCCESS, h.call("sock_accept", 3, 0, 8));
        int conn = h.u32(8);
        client.write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.UTF_8)));
        h.iovec(100, 200, 4);
        assertEquals(Errno.SUCCESS, h.call("sock_recv", conn, 100, 1, Abi.RIFLAGS_WAITALL, 8, 12));
        assertEquals(4, h.u32(8));
        assertEquals("ping", h.string(200, 4));
        assertEquals(Errno.NOTSUP, h.call("sock_recv", conn, 100, 1, Abi.RIFLAGS_PEEK, 8, 12));
        h.put(300, "pong");
        h.iovec(100, 300, 4);
        assertEquals(Errno.SUCCESS, h.call("sock_send", conn, 100, 1, 0, 8));
        assertEquals(4, h.u32(8));
        ByteBuffer reply = ByteBuffer.allocate(4);
        while (reply.hasRemaining()) {
          client.read(reply);
        }
        assertEquals("pong", new String(reply.array(), StandardCharsets.UTF_8));
        assertEquals(Errno.SUCCESS, h.call("sock_shutdown", conn, Abi.SDFLAGS_WR));
        assertEquals(-1, client.read(ByteBuffer.allocate(1)));
        assertEquals(Errno.INVAL, h.call("sock_shutdown", conn, 0));
        assertEquals(Errno.NOTCAPABLE, h.call("sock_shutdown", 3, Abi.SDFLAGS_RD)); // a listener
        assertEquals(Errno.SPIPE, h.call("fd_seek", conn, 0L, 0, 8));
        assertEquals(Errno.SUCCESS, h.call("fd_close", conn));
      }
    }
  }
}

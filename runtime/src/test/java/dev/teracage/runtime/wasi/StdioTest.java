package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard streams, iovec checks and descriptor bookkeeping. */
class StdioTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Harness h =
      new Harness(
          Wasi.builder()
              .stdin(
                  new ByteArrayInputStream("line one\nline two\n".getBytes(StandardCharsets.UTF_8)))
              .stdout(out)
              .stderr(err));

  @Test
  void writesGatherIovecs() {
    h.put(100, "Hello, ");
    h.put(200, "world\n");
    h.iovec(0, 100, 7);
    h.iovec(8, 200, 6);
    h.iovec(16, 300, 0);
    assertEquals(Errno.SUCCESS, h.call("fd_write", 1, 0, 3, 40));
    assertEquals(13, h.u32(40));
    assertEquals("Hello, world\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(Errno.SUCCESS, h.write(2, "oops"));
    assertEquals("oops", err.toString(StandardCharsets.UTF_8));
  }

  /** A stream that records the length of every write it is given. */
  private static final class RecordingStream extends OutputStream {
    final List<Integer> writes = new ArrayList<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      writes.add(1);
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes.add(len);
      bytes.write(b, off, len);
    }
  }

  @Test
  void gatheredBuffersReachTheStreamInOneWrite() {
    RecordingStream stream = new RecordingStream();
    Harness g = new Harness(Wasi.builder().stdout(stream));
    g.put(100, "Hello, ");
    g.put(200, "world\n");
    g.iovec(0, 100, 7);
    g.iovec(8, 200, 6);
    assertEquals(Errno.SUCCESS, g.call("fd_write", 1, 0, 2, 40));
    // One write for both buffers: on an unbuffered stream, one system call, as writev makes.
    assertEquals(List.of(13), stream.writes);
    assertEquals("Hello, world\n", stream.bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesLargerThanTheScratchArriveWholeAndInOrder() {
    RecordingStream stream = new RecordingStream();
    Harness g = new Harness(Wasi.builder().stdout(stream));
    byte[] first = new byte[20_000];
    byte[] second = new byte[30_000];
    Arrays.fill(first, (byte) 'a');
    Arrays.fill(second, (byte) 'b');
    first[first.length - 1] = 'A';
    second[0] = 'B';
    g.put(1_000, first);
    g.put(21_000, second);
    g.iovec(0, 1_000, first.length);
    g.iovec(8, 21_000, second.length);
    assertEquals(Errno.SUCCESS, g.call("fd_write", 1, 0, 2, 40));
    assertEquals(50_000, g.u32(40));
    byte[] expected = new byte[50_000];
    System.arraycopy(first, 0, expected, 0, first.length);
    System.arraycopy(second, 0, expected, first.length, second.length);
    assertArrayEquals(expected, stream.bytes.toByteArray());
    // Full scratch-sized writes, then the rest: no write is split at a buffer boundary.
    assertEquals(List.of(16_384, 16_384, 16_384, 848), stream.writes);
  }

  @Test
  void readsScatterAndEndOfStreamIsZero() {
    h.iovec(0, 100, 4);
    h.iovec(8, 200, 100);
    assertEquals(Errno.SUCCESS, h.call("fd_read", 0, 0, 2, 40));
    assertEquals(18, h.u32(40));
    assertEquals("line", h.string(100, 4));
    assertEquals(" one\nline two\n", h.string(200, 14));
    assertEquals(Errno.SUCCESS, h.call("fd_read", 0, 0, 2, 40));
    assertEquals(0, h.u32(40));
  }

  @Test
  void outOfRangeIovecsAreEfaultAndMoveNothing() {
    h.iovec(0, 100, 5);
    h.iovec(8, Harness.PAGE - 4, 5); // second buffer crosses the end
    assertEquals(Errno.FAULT, h.call("fd_write", 1, 0, 2, 40));
    assertEquals(Errno.FAULT, h.call("fd_read", 0, 0, 2, 40));
    assertEquals(0, out.size());
    h.iovec(8, 200, 5);
    assertEquals(Errno.FAULT, h.call("fd_write", 1, Harness.PAGE - 8, 2, 40)); // array crosses
    assertEquals(Errno.FAULT, h.call("fd_write", 1, 0, -1, 40)); // count overflows
    assertEquals(Errno.FAULT, h.call("fd_write", 1, 0, 2, Harness.PAGE - 2)); // result pointer
    assertEquals(Errno.FAULT, h.call("fd_read", 0, 0, 2, -1));
    assertEquals(0, out.size());
    assertEquals("line one", h.read(0, 8)); // nothing was consumed
  }

  @Test
  void tooManyIovecsAreEinval() {
    assertEquals(Errno.INVAL, h.call("fd_write", 1, 0, Iovecs.IOV_MAX + 1, 40000));
  }

  @Test
  void invalidDescriptorsAreEbadf() {
    h.iovec(0, 100, 1);
    for (int fd : new int[] {3, 99, -1, Integer.MAX_VALUE}) {
      assertEquals(Errno.BADF, h.call("fd_write", fd, 0, 1, 40));
      assertEquals(Errno.BADF, h.call("fd_read", fd, 0, 1, 40));
      assertEquals(Errno.BADF, h.call("fd_close", fd));
      assertEquals(Errno.BADF, h.call("fd_fdstat_get", fd, 40));
      assertEquals(Errno.BADF, h.call("fd_prestat_get", fd, 40));
      assertEquals(Errno.BADF, h.call("fd_seek", fd, 0L, 0, 40));
      assertEquals(Errno.BADF, h.call("sock_shutdown", fd, 1));
    }
  }

  @Test
  void streamsAreNotSeekableAndHaveDirectionalRights() {
    assertEquals(Errno.SPIPE, h.call("fd_seek", 1, 0L, Abi.WHENCE_CUR, 40));
    assertEquals(Errno.SPIPE, h.call("fd_tell", 0, 40));
    assertEquals(Errno.NOTCAPABLE, h.write(0, "x"));
    h.iovec(0, 100, 1);
    assertEquals(Errno.NOTCAPABLE, h.call("fd_read", 1, 0, 1, 40));
    assertEquals(Errno.SUCCESS, h.call("fd_fdstat_get", 1, 40));
    assertEquals(Abi.FILETYPE_UNKNOWN, h.u8(40));
    assertEquals(Rights.STDOUT, h.u64(48));
    assertEquals(Errno.NOTSOCK, h.call("sock_shutdown", 1, 1));
    assertEquals(Errno.NOTSOCK, h.call("sock_accept", 0, 0, 40));
  }

  @Test
  void closeRenumberAndRights() {
    assertEquals(Errno.SUCCESS, h.call("fd_renumber", 2, 1)); // stderr now answers as fd 1
    assertEquals(Errno.SUCCESS, h.write(1, "to err"));
    assertEquals("to err", err.toString(StandardCharsets.UTF_8));
    assertEquals(Errno.BADF, h.write(2, "gone"));
    assertEquals(Errno.BADF, h.call("fd_renumber", 1, 2));
    assertEquals(Errno.SUCCESS, h.call("fd_fdstat_set_rights", 1, Rights.FD_WRITE, 0L));
    assertEquals(Errno.NOTCAPABLE, h.call("fd_fdstat_set_rights", 1, Rights.FD_READ, 0L));
    assertEquals(Errno.NOTCAPABLE, h.call("fd_fdstat_set_flags", 1, 0));
    assertEquals(Errno.SUCCESS, h.call("fd_close", 1));
    assertEquals(Errno.BADF, h.call("fd_close", 1));
  }
}

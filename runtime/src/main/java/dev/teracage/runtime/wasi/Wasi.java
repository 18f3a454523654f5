package dev.teracage.runtime.wasi;

import dev.teracage.runtime.ExportedFunction;
import dev.teracage.runtime.Imports;
import dev.teracage.runtime.Instance;
import dev.teracage.runtime.trap.TrapException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One guest's WASI preview 1 environment: arguments, environment variables, preopened directories,
 * standard streams, sockets, clocks and randomness. Built once per guest with {@link #builder()},
 * bound as the {@code wasi_snapshot_preview1} imports with {@link #bindTo(Imports)}, and run with
 * {@link #run(Instance)}:
 *
 * {@snippet :
 * Wasi wasi = Wasi.builder().args("prog", "in.txt").preopen(dir, "/data", false).build();
 * Instance instance = Instance.instantiate(image, type, wasi.bindTo(new Imports()));
 * int status = wasi.run(instance);
 * }
 *
 * <p>Descriptors 0, 1 and 2 are the standard streams, then come the preopened directories in the
 * order they were added, then the sockets. Not thread-safe: one guest thread calls it.
 */
public final class Wasi implements AutoCloseable {
  private final WasiState state;
  private final Object[] areas;

  private Wasi(WasiState state) {
    this.state = state;
    this.areas =
        new Object[] {
          new ArgsFunctions(state),
          new ClockFunctions(state),
          new ProcFunctions(state),
          new FdFunctions(state),
          new FdIoFunctions(state),
          new FilestatFunctions(state),
          new OpenFunctions(state),
          new EntryFunctions(state),
          new ReaddirFunctions(state),
          new PollFunctions(state),
          new SockFunctions(state)
        };
  }

  /**
   * Starts a builder with no arguments, no environment, no preopens, the process's own standard
   * streams, the system clock and a {@link java.security.SecureRandom}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds every {@code wasi_snapshot_preview1} function.
   *
   * @param imports where to bind them
   * @return {@code imports}
   */
  public Imports bindTo(Imports imports) {
    Binder.bind(imports, areas);
    return imports;
  }

  /** Returns the bound host functions by name, for tests. */
  Map<String, MethodHandle> handles() {
    return Binder.handles(areas);
  }

  /**
   * Returns fresh imports holding every {@code wasi_snapshot_preview1} function.
   *
   * @return the imports
   */
  public Imports imports() {
    return bindTo(new Imports());
  }

  /**
   * Runs a command module's {@code _start} export like a {@code main}: returns 0 when it returns
   * and the status it passes to {@code proc_exit} when it exits.
   *
   * @param instance an instance whose imports came from this environment
   * @return the exit status
   * @throws IllegalArgumentException if the instance exports no {@code _start} of type {@code [] ->
   *     []}
   * @throws TrapException if the guest traps
   */
  public int run(Instance instance) {
    ExportedFunction start = instance.function("_start");
    if (start == null || !start.handle().type().equals(MethodType.methodType(void.class))) {
      throw new IllegalArgumentException("no _start export of type [] -> [] in " + instance);
    }
    MethodHandle handle = start.handle();
    try {
      handle.invokeExact();
      return 0;
    } catch (WasiExit exit) {
      return exit.status();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * Closes every descriptor still open: files, directories and sockets, including sockets the
   * embedder handed over. The standard streams are flushed, not closed.
   *
   * @throws UncheckedIOException if closing one fails
   */
  @Override
  public void close() {
    try {
      state.fds.closeAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link Wasi}. */
  public static final class Builder {
    private final List<byte[]> args = new ArrayList<>();
    private final List<byte[]> env = new ArrayList<>();
    private final List<Preopen> preopens = new ArrayList<>();
    private final List<Object> sockets = new ArrayList<>();
    private InputStream stdin = System.in;
    private OutputStream stdout = System.out;
    private OutputStream stderr = System.err;
    private WasiClock clock = WasiClock.system();
    private RandomGenerator random;

    private Builder() {}

    /**
     * Adds program arguments; the first is conventionally the program name.
     *
     * @param values the arguments
     * @return this
     */
    public Builder args(String... values) {
      for (String value : values) {
        args.add(utf8(value, "argument"));
      }
      return this;
    }

    /**
     * Adds program arguments.
     *
     * @param values the arguments
     * @return this
     */
    public Builder args(List<String> values) {
      return args(values.toArray(String[]::new));
    }

    /**
     * Adds an environment variable.
     *
     * @param name the name, without {@code =}
     * @param value the value
     * @return this
     * @throws IllegalArgumentException if the name is empty or holds {@code =} or NUL
     */
    public Builder env(String name, String value) {
      if (name.isEmpty() || name.indexOf('=') >= 0) {
        throw new IllegalArgumentException("environment variable name " + name);
      }
      env.add(utf8(name + "=" + value, "environment variable"));
      return this;
    }

    /**
     * Adds environment variables, in the map's iteration order.
     *
     * @param variables names to values
     * @return this
     */
    public Builder env(Map<String, String> variables) {
      variables.forEach(this::env);
      return this;
    }

    /**
     * Makes a host directory visible to the guest: the guest sees it as {@code guestPath}, and
     * nothing outside it (design of the sandbox: {@link PathResolver}).
     *
     * @param hostPath an existing host directory
     * @param guestPath the name the guest sees, for example {@code "/"} or {@code "/data"}
     * @param readOnly whether to refuse the guest every change to the file system under it
     * @return this
     * @throws UncheckedIOException if the directory cannot be resolved
     * @throws IllegalArgumentException if it is no directory
     */
    public Builder preopen(Path hostPath, String guestPath, boolean readOnly) {
      Path root;
      try {
        root = hostPath.toRealPath();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("not a directory: " + hostPath);
      }
      utf8(guestPath, "guest path");
      preopens.add(new Preopen(root, guestPath, readOnly));
      return this;
    }

    /**
     * Hands a listening socket to the guest, which accepts connections with {@code sock_accept}.
     *
     * @param listener a bound server socket channel
     * @return this
     */
    public Builder socket(ServerSocketChannel listener) {
      sockets.add(Objects.requireNonNull(listener));
      return this;
    }

    /**
     * Hands a connected socket to the guest.
     *
     * @param stream a connected socket channel
     * @return this
     */
    public Builder socket(SocketChannel stream) {
      sockets.add(Objects.requireNonNull(stream));
      return this;
    }

    /**
     * Sets standard input (descriptor 0).
     *
     * @param in the stream; never closed by the guest
     * @return this
     */
    public Builder stdin(InputStream in) {
      this.stdin = Objects.requireNonNull(in);
      return this;
    }

    /**
     * Sets standard output (descriptor 1).
     *
     * @param out the stream; flushed after each write, never closed by the guest
     * @return this
     */
    public Builder stdout(OutputStream out) {
      this.stdout = Objects.requireNonNull(out);
      return this;
    }

    /**
     * Sets standard error (descriptor 2).
     *
     * @param err the stream; flushed after each write, never closed by the guest
     * @return this
     */
    public Builder stderr(OutputStream err) {
      this.stderr = Objects.requireNonNull(err);
      return this;
    }

    /**
     * Sets the clocks.
     *
     * @param clock the clocks the guest reads and waits on
     * @return this
     */
    public Builder clock(WasiClock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * Sets the source of {@code random_get}, for example a seeded generator for reproducible runs.
     *
     * @param random the generator
     * @return this
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    /**
     * Builds the environment and opens its descriptors.
     *
     * @return the environment
     */
    public Wasi build() {
      WasiState state = new WasiState(args, env, clock, random);
      state.fds.add(StreamFd.input(stdin));
      state.fds.add(StreamFd.output(stdout));
      state.fds.add(StreamFd.output(stderr));
      for (Preopen preopen : preopens) {
        long base = Rights.DIRECTORY;
        long inheriting = Rights.DIRECTORY | Rights.FILE;
        if (preopen.readOnly()) {
          base &= ~Rights.MUTATING;
          inheriting &= ~Rights.MUTATING;
        }
        state.fds.add(new DirFd(preopen, List.of(), true, base, inheriting));
      }
      for (Object socket : sockets) {
        state.fds.add(
            socket instanceof ServerSocketChannel listener
                ? SocketFd.listener(listener)
                : SocketFd.stream((SocketChannel) socket));
      }
      return new Wasi(state);
    }

    private static byte[] utf8(String value, String what) {
      if (value.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(what + " holds a NUL character: " + value);
      }
      return value.getBytes(StandardCharsets.UTF_8);
    }
  }
}

package dev.teracage.runtime.trap;

import dev.teracage.runtime.WasmException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;

/**
 * A WebAssembly trap: execution stopped because an instruction cannot complete ("integer divide by
 * zero", "out of bounds memory access", ...). {@link #getMessage()} and {@link #reason()} are the
 * specification's message alone; {@link #kind()} names the trap; {@link #wasmStackTrace()} gives
 * the WebAssembly frames (module, function index and name, byte offset in the body), computed on
 * first use from the JVM stack trace of the generated code (see {@link WasmFrames}).
 *
 * <p>For Java developers, {@link #toString()} adds the innermost WebAssembly frame, and {@link
 * #printStackTrace()} prints the WebAssembly stack right after the first line, before the JVM
 * frames:
 *
 * <pre>
 * dev.teracage.runtime.trap.TrapException: integer divide by zero (at calc.func[3] "div" +0x1a)
 *   wasm stack:
 *     0: calc.func[3] "div" +0x1a
 *     1: calc.func[7] "main" +0x5
 * 	at wasm.m0.Module.f3(calc:26)
 * 	...
 * </pre>
 */
public final class TrapException extends WasmException {
  private static final long serialVersionUID = 1L;

  private final TrapKind kind;
  private transient volatile List<WasmFrame> wasmStackTrace;

  /**
   * Creates a trap of the given kind, its stack trace being the current one.
   *
   * @param kind the kind of trap
   */
  public TrapException(TrapKind kind) {
    this(kind, (Throwable) null);
  }

  /**
   * Creates a trap of the given kind caused by a JVM error.
   *
   * @param kind the kind of trap
   * @param cause the JVM exception or error that stands for the trap, or {@code null}
   */
  public TrapException(TrapKind kind, Throwable cause) {
    super(Objects.requireNonNull(kind, "kind").message(), "", cause);
    this.kind = kind;
  }

  /**
   * Creates a trap of the given kind whose reason adds a detail after the spec's message, as the
   * reference interpreter does (for example {@code "uninitialized element 2"}).
   *
   * @param kind the kind of trap
   * @param detail what to append, such as the element index
   */
  public TrapException(TrapKind kind, String detail) {
    super(Objects.requireNonNull(kind, "kind").message() + " " + detail, "", null);
    this.kind = kind;
  }

  /**
   * Returns the kind of trap.
   *
   * @return the kind
   */
  public TrapKind kind() {
    return kind;
  }

  /**
   * Returns the WebAssembly stack trace, innermost frame first, computed once from {@link
   * #getStackTrace()}.
   *
   * @return the frames of generated functions; empty if the trap did not happen in generated code
   */
  public List<WasmFrame> wasmStackTrace() {
    List<WasmFrame> frames = wasmStackTrace;
    if (frames == null) {
      frames = WasmFrames.of(getStackTrace());
      wasmStackTrace = frames;
    }
    return frames;
  }

  @Override
  public void setStackTrace(StackTraceElement[] stackTrace) {
    super.setStackTrace(stackTrace);
    wasmStackTrace = null;
  }

  /**
   * Converts what generated code threw into a trap, at the boundary between WebAssembly and Java.
   *
   * <ul>
   *   <li>a {@code TrapException} is returned unchanged;
   *   <li>a {@link StackOverflowError} becomes "call stack exhausted";
   *   <li>an {@link IndexOutOfBoundsException} (a {@code MemorySegment} bounds check) becomes "out
   *       of bounds memory access", and an {@link ArithmeticException} (JVM division by zero)
   *       "integer divide by zero", when raised by generated code or by the runtime's support
   *       helpers: the first frame outside the JDK is a {@linkplain WasmFrames#register registered}
   *       class or in {@code dev.teracage.runtime.support}, or the trace is empty (the JIT's
   *       preallocated exceptions have none);
   *   <li>anything else (for example an exception of a host function) is not a trap: {@code null}.
   * </ul>
   *
   * The trap takes the stack trace of the converted throwable, which becomes its cause.
   *
   * @param thrown what generated code threw
   * @return the trap, or {@code null} if {@code thrown} is not one
   */
  public static TrapException from(Throwable thrown) {
    return switch (thrown) {
      case TrapException trap -> trap;
      case StackOverflowError error -> convert(TrapKind.CALL_STACK_EXHAUSTED, error);
      case IndexOutOfBoundsException e when fromGeneratedCode(e) ->
          convert(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, e);
      case ArithmeticException e when fromGeneratedCode(e) ->
          convert(TrapKind.INTEGER_DIVIDE_BY_ZERO, e);
      case null, default -> null;
    };
  }

  private static TrapException convert(TrapKind kind, Throwable cause) {
    TrapException trap = new TrapException(kind, cause);
    trap.setStackTrace(cause.getStackTrace());
    return trap;
  }

  private static boolean fromGeneratedCode(Throwable thrown) {
    for (StackTraceElement element : thrown.getStackTrace()) {
      String className = element.getClassName();
      if (className.startsWith("java.")
          || className.startsWith("jdk.")
          || className.startsWith("sun.")) {
        continue;
      }
      return WasmFrames.isRegistered(className)
          || className.startsWith("dev.teracage.runtime.support.");
    }
    return thrown.getStackTrace().length == 0;
  }

  /**
   * Returns the class name and message, followed by the innermost WebAssembly frame if any: {@code
   * ...TrapException: unreachable (at m.func[2] "f" +0x3)}.
   */
  @Override
  public String toString() {
    List<WasmFrame> frames = wasmStackTrace();
    String text = super.toString();
    return frames.isEmpty() ? text : text + " (at " + frames.getFirst() + ")";
  }

  /**
   * Renders the WebAssembly stack, one indented numbered frame a line.
   *
   * @return the rendering, empty if there are no WebAssembly frames
   */
  public String wasmStackTraceText() {
    List<WasmFrame> frames = wasmStackTrace();
    if (frames.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("  wasm stack:").append(System.lineSeparator());
    for (int i = 0; i < frames.size(); i++) {
      sb.append("    ").append(i).append(": ").append(frames.get(i));
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  @Override
  public void printStackTrace(PrintStream s) {
    s.print(withWasmStack());
  }

  @Override
  public void printStackTrace(PrintWriter s) {
    s.print(withWasmStack());
  }

  private String withWasmStack() {
    StringWriter out = new StringWriter();
    super.printStackTrace(new PrintWriter(out));
    String text = out.toString();
    String wasm = wasmStackTraceText();
    int firstLineEnd = text.indexOf(System.lineSeparator());
    if (wasm.isEmpty() || firstLineEnd < 0) {
      return text;
    }
    int split = firstLineEnd + System.lineSeparator().length();
    return text.substring(0, split) + wasm + text.substring(split);
  }
}

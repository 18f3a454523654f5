package dev.teracage.runtime.trap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns JVM stack traces into WebAssembly stack traces.
 *
 * <p>Generated code follows three conventions: each generated class is {@linkplain #register
 * registered} under its binary name with the {@link DebugInfo} of its module; a defined function
 * {@code i} is a method named {@code f<i>} (a suffix starting with a non-digit, such as {@code
 * f12$part2} for split functions, is allowed); and the method's line numbers are the byte offsets
 * of the instructions inside the function body. A {@link StackTraceElement} of a registered class
 * and such a method becomes a {@link WasmFrame}; every other element (host functions, the runtime,
 * the JDK) is skipped.
 *
 * <p>Class names are the registry's keys, so generated class names must be unique among the modules
 * in use (registering a name again replaces its information).
 */
public final class WasmFrames {
  private static final ConcurrentHashMap<String, DebugInfo> REGISTRY = new ConcurrentHashMap<>();

  private WasmFrames() {}

  /**
   * Registers a generated class.
   *
   * @param className the class's binary name, as {@link StackTraceElement#getClassName()} shows it
   * @param info the debug information of the module the class implements
   */
  public static void register(String className, DebugInfo info) {
    REGISTRY.put(Objects.requireNonNull(className, "className"), Objects.requireNonNull(info));
  }

  /**
   * Removes a generated class from the registry (when its module is discarded).
   *
   * @param className the class's binary name
   */
  public static void unregister(String className) {
    REGISTRY.remove(className);
  }

  /**
   * Tells whether a class is a registered generated class.
   *
   * @param className a binary class name
   * @return {@code true} if registered
   */
  public static boolean isRegistered(String className) {
    return REGISTRY.containsKey(className);
  }

  /**
   * Returns the WebAssembly frames of a JVM stack trace, innermost first.
   *
   * @param trace a stack trace, for example {@link Throwable#getStackTrace()}
   * @return the frames of generated functions, in the trace's order; empty if none
   */
  public static List<WasmFrame> of(StackTraceElement[] trace) {
    List<WasmFrame> frames = new ArrayList<>();
    for (StackTraceElement element : trace) {
      WasmFrame frame = frameOf(element);
      if (frame != null) {
        frames.add(frame);
      }
    }
    return List.copyOf(frames);
  }

  /**
   * Returns the WebAssembly frame of one JVM stack trace element.
   *
   * @param element a stack trace element
   * @return the frame, or {@code null} if the element is not a generated function
   */
  public static WasmFrame frameOf(StackTraceElement element) {
    DebugInfo info = REGISTRY.get(element.getClassName());
    if (info == null) {
      return null;
    }
    int functionIndex = functionIndex(element.getMethodName());
    if (functionIndex < 0) {
      return null;
    }
    int line = element.getLineNumber();
    return info.frame(functionIndex, line >= 0 ? line : -1);
  }

  /**
   * Parses the function index from a generated method name {@code f<index>[suffix]}.
   *
   * @param methodName a method name
   * @return the function index, or {@code -1} if the name does not follow the convention
   */
  static int functionIndex(String methodName) {
    int length = methodName.length();
    if (length < 2 || methodName.charAt(0) != 'f') {
      return -1;
    }
    long index = 0;
    int i = 1;
    for (; i < length; i++) {
      char c = methodName.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      index = index * 10 + (c - '0');
      if (index > Integer.MAX_VALUE) {
        return -1;
      }
    }
    if (i == 1 || (methodName.charAt(1) == '0' && i > 2)) {
      return -1;
    }
    return (int) index;
  }
}

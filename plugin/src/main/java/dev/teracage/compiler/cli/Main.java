package dev.teracage.compiler.cli;

import dev.teracage.compiler.ModuleException;
import dev.teracage.compiler.ModuleReader;
import dev.teracage.runtime.WasmException;
import dev.teracage.runtime.trap.TrapException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code java -jar teracage-maven-plugin-*.jar validate FILE...}: reads and validates each module
 * (binary {@code .wasm} or text {@code .wat}) and prints one line per file: its summary on standard
 * output, or the error (source, place, spec wording) on standard error. {@code run FILE EXPORT
 * ARGS...} compiles a module, instantiates it and calls an export. Exits with 0 on success, 1 when
 * a module is not valid, cannot be read, fails to link or traps, 2 on a usage error.
 */
public final class Main {
  /** Every module valid. */
  public static final int OK = 0;

  /** A module is malformed, invalid or unreadable. */
  public static final int FAILED = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT =
      """
      usage: java -jar teracage-maven-plugin.jar validate FILE...
             java -jar teracage-maven-plugin.jar run FILE EXPORT [ARG...]

      Commands:
        validate FILE...   decode (or parse) and validate each WebAssembly module, binary (.wasm)
                           or text (.wat), and print what it contains or why it is not valid
        run FILE EXPORT [ARG...]
                           compile the module to a JVM class and an image, instantiate it (it
                           must have no imports) and call EXPORT with numeric ARGs; print results

      Exit status: 0 on success, 1 if a module is not valid or a call fails, 2 on a usage error.\
      """;

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where summaries go
   * @param err where errors and usage errors go
   * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (args.length == 0) {
      return usage(err, "no command given");
    }
    if (args[0].equals("run")) {
      if (args.length < 3) {
        return usage(err, "run needs a FILE and an EXPORT");
      }
      return run(args[1], args[2], Arrays.copyOfRange(args, 3, args.length), out, err);
    }
    if (!args[0].equals("validate")) {
      return usage(err, "unknown command: " + args[0]);
    }
    if (args.length == 1) {
      return usage(err, "validate needs at least one FILE");
    }
    int status = OK;
    for (String file : Arrays.copyOfRange(args, 1, args.length)) {
      if (!validate(file, out, err)) {
        status = FAILED;
      }
    }
    return status;
  }

  private static boolean validate(String file, PrintStream out, PrintStream err) {
    try {
      out.println(file + ": " + Summary.of(ModuleReader.read(Path.of(file))));
      return true;
    } catch (ModuleException e) {
      err.println(e.getMessage());
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
    } catch (InvalidPathException e) {
      err.println(file + ": invalid path: " + e.getReason());
    } catch (RuntimeException e) {
      // A bug in Teracage, not in the module: say so, with the trace for the report.
      err.println(file + ": internal error: " + e);
      e.printStackTrace(err);
    }
    return false;
  }

  private static int run(
      String file, String export, String[] values, PrintStream out, PrintStream err) {
    try {
      out.println(Runner.run(ModuleReader.read(Path.of(file)), export, values));
      return OK;
    } catch (TrapException e) {
      err.println(file + ": trap: " + e.getMessage());
      err.print(e.wasmStackTraceText());
    } catch (WasmException e) {
      err.println(file + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      err.println(file + ": " + e.getMessage());
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
    }
    return FAILED;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("error: " + problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }
}

package com.example;

/**
 * The quick start application. {@code Hello} is the facade the Teracage plugin generated from
 * {@code src/main/wasm/com/example/hello.wat}: {@code load} maps the module's image (built into the
 * jar) and binds the module's imports; each export is a typed method.
 */
public final class Main {
  private Main() {}

  /**
   * Loads the module, lets it report the first Fibonacci numbers through its import, then calls its
   * {@code fib} export directly.
   *
   * @param args optionally n for the last line, default 90
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 90;
    Hello hello = Hello.load((i, value) -> System.out.println("fib(" + i + ") = " + value));
    hello.reportFirst(5);
    System.out.println("fib(" + n + ") = " + hello.fib(n));
  }
}

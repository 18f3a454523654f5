package com.example;

/** Loads the compiled module's image at start-up and prints a result. */
public final class Main {
  private Main() {}

  /**
   * Prints fib(n).
   *
   * @param args n, default 90
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 90;
    Fib fib = Fib.load();
    System.out.println("fib(" + n + ") = " + fib.fib(n));
  }
}

package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloTest {
  @Test
  void callsTheExportThroughTheFacade() {
    Hello hello = Hello.load((i, value) -> {});
    assertEquals(2880067194370816120L, hello.fib(90));
  }

  @Test
  void theModuleCallsTheHostThroughItsImport() {
    List<String> reported = new ArrayList<>();
    Hello hello = Hello.load((i, value) -> reported.add(i + "=" + value));
    hello.reportFirst(5);
    assertEquals(List.of("0=0", "1=1", "2=1", "3=2", "4=3"), reported);
  }
}

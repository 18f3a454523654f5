package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HelloTest {
  @Test
  void addsThroughTheFacade() {
    Hello hello = Hello.load((address, length) -> {});
    assertEquals(42, hello.add(40, 2));
  }

  @Test
  void theHostPrintsFromTheModulesMemory() {
    StringBuilder out = new StringBuilder();
    Hello[] self = new Hello[1];
    self[0] =
        Hello.load(
            (address, length) ->
                out.append(
                    new String(self[0].memory().read(address, length), StandardCharsets.UTF_8)));
    self[0].hello();
    assertEquals("Hello, WebAssembly!", out.toString());
  }
}

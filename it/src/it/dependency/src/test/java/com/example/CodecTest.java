package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.Codec;
import org.junit.jupiter.api.Test;

class CodecTest {
  @Test
  void theDependencysModuleRunsThroughItsFacade() {
    assertEquals(12_586_269_025L, Codec.load().fib(50));
  }
}

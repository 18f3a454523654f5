package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SquaresTest {
  @Test
  void theInitializersWorkIsInTheImage() {
    Squares squares = Squares.load();
    assertEquals(1, (int) squares.ready().value(), "init ran once, at build time");
    assertEquals(65535 * 65535, squares.square(65535));
    assertEquals(42, squares.apply(1, 21), "the funcref table was filled by init");
  }
}

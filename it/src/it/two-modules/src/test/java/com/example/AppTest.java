package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.Imports;
import org.junit.jupiter.api.Test;

class AppTest {
  @Test
  void importsThroughTheTypedInterface() {
    Lib lib = Lib.load();
    App app = App.load(lib::square);
    assertEquals(25L, app.sumOfSquares(3L, 4L));
  }

  @Test
  void importsAWholeInstance() {
    Lib lib = Lib.load();
    App app = App.load(new Imports().instance("lib", lib.instance()));
    assertEquals(169L, app.sumOfSquares(5L, 12L));
  }
}

package dev.teracage.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every runtime helper generated code calls exists with exactly the type the emitter uses. */
class HelpersTest {

  @Test
  void everyHelperExistsWithItsExactType() {
    List<String> problems = new ArrayList<>();
    for (Helpers.Helper h : Helpers.all()) {
      String className = h.owner().packageName() + "." + h.owner().displayName();
      try {
        Class<?> type = Class.forName(className);
        MethodType mt =
            MethodType.fromMethodDescriptorString(
                h.type().descriptorString(), getClass().getClassLoader());
        MethodHandles.publicLookup().findStatic(type, h.name(), mt);
      } catch (ReflectiveOperationException e) {
        problems.add(className + "." + h.name() + h.type().descriptorString());
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(Helpers.all().size() > 60);
  }
}

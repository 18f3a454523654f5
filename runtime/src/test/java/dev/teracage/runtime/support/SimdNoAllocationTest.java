package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.V128;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SIMD helpers' calling contract as a whole ({@link SimdV128}): no helper takes or returns a
 * {@link V128}, a {@link Context} is only ever the last parameter of a helper returning the low
 * half of a v128, and no method of the helper classes allocates anything.
 */
class SimdNoAllocationTest {
  private static final List<Class<?>> HELPERS =
      List.of(SimdV128.class, SimdI8I16.class, SimdI32I64.class, SimdF32F64.class);

  @Test
  void noHelperTakesOrReturnsAV128AndTheContextComesLast() {
    int count = 0;
    for (Class<?> helpers : HELPERS) {
      for (Method m : helpers.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        count++;
        String name = helpers.getSimpleName() + "." + m.getName();
        assertTrue(Modifier.isStatic(m.getModifiers()), name);
        assertTrue(m.getReturnType() != V128.class, name);
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          assertTrue(types[i] != V128.class, name);
          assertTrue(types[i] != Context.class || i == types.length - 1, name);
        }
        if (types.length > 0 && types[types.length - 1] == Context.class) {
          assertEquals(long.class, m.getReturnType(), name);
        }
      }
    }
    assertEquals(29 + 83 + 69 + 54, count);
  }

  /**
   * No {@code new}, no array creation, no {@code invokedynamic} (string concatenation, lambdas).
   */
  @Test
  void noMethodOfTheHelperClassesAllocates() throws IOException {
    List<String> allocating = new ArrayList<>();
    List<Class<?>> classes = new ArrayList<>(HELPERS);
    classes.add(SimdSwar.class);
    for (Class<?> helpers : classes) {
      byte[] bytes;
      try (InputStream in = helpers.getResourceAsStream(helpers.getSimpleName() + ".class")) {
        bytes = in.readAllBytes();
      }
      for (MethodModel method : ClassFile.of().parse(bytes).methods()) {
        if (method.methodName().stringValue().equals("<init>")
            || method.methodName().stringValue().equals("<clinit>")) {
          continue; // the private constructor and the constants, not the helpers
        }
        method
            .code()
            .ifPresent(code -> {
              for (CodeElement e : code) {
                if (e instanceof java.lang.classfile.Instruction i
                    && (allocates(i.opcode()) || i instanceof InvokeDynamicInstruction)) {
                  allocating.add(helpers.getSimpleName() + "." + method.methodName());
                }
              }
            });
      }
    }
    assertEquals(List.of(), allocating);
  }

  private static boolean allocates(Opcode opcode) {
    return opcode == Opcode.NEW
        || opcode == Opcode.NEWARRAY
        || opcode == Opcode.ANEWARRAY
        || opcode == Opcode.MULTIANEWARRAY;
  }
}
